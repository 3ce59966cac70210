/**
 * zod schemas for the Wmo consultant's workspace (cases, notes, choices, steps, outcomes, the resident's response).
 * Shared by the server actions and data access. Messages are Dutch (B1) and shown beside the field.
 * Privacy by design: only the name (or initials) is required; everything else is optional.
 */
import "./zod-setup";
import { OUTCOME_RESULTS, OUTCOME_RESULT_LABELS } from "@/lib/learning/outcome-codes";
import { z } from "zod";
import { DIFFICULTY_GROUPS } from "@/lib/questions/questionnaire";

/** Note topics: the questionnaire's difficulty groups plus "Algemeen". */
export const CASE_TOPICS: readonly { id: string; title: string }[] = [
  ...DIFFICULTY_GROUPS.map((g) => ({ id: g.id, title: g.title })),
  { id: "algemeen", title: "Algemeen" },
];
export const CASE_TOPIC_IDS = CASE_TOPICS.map((t) => t.id);

export function topicTitle(id: string): string {
  return CASE_TOPICS.find((t) => t.id === id)?.title ?? "Algemeen";
}

export const CASE_STATUSES = ["OPEN", "FOLLOW_UP", "CLOSED"] as const;
export type CaseStatusValue = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatusValue, string> = {
  OPEN: "Open",
  FOLLOW_UP: "Nazorg",
  CLOSED: "Afgesloten",
};

export const HELPED_VALUES = ["yes", "partly", "no"] as const;
export type Helped = (typeof HELPED_VALUES)[number];
export const HELPED_LABELS: Record<Helped, string> = { yes: "Ja", partly: "Een beetje", no: "Nee" };

/** One outcome vocabulary for cases and loans (lib/learning/outcome-codes.ts); the consultant may choose any of them. */
export const RESULT_VALUES = OUTCOME_RESULTS;
export type OutcomeResult = (typeof RESULT_VALUES)[number];
export const RESULT_LABELS: Record<OutcomeResult, string> = {
  ...OUTCOME_RESULT_LABELS,
  kept: "De inwoner houdt het (blijft lenen of gebruiken)",
  returned: "Teruggebracht",
};

export const MONITORING_DECISIONS = ["agreed", "declined"] as const;
export type MonitoringDecision = (typeof MONITORING_DECISIONS)[number];

/** Text from a form: trimmed; an empty field becomes undefined. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((v) => (v ? v : undefined));

/** A calendar day "YYYY-MM-DD" that exists. */
export const daySchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Vul een datum in, bijvoorbeeld 2026-12-03." })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { error: "Deze datum bestaat niet." });

const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(daySchema.optional());

export const residentNameSchema = z
  .string({ error: "Vul een naam of initialen in." })
  .trim()
  .min(1, { error: "Vul een naam of initialen in. Initialen zijn genoeg." })
  .max(80, { error: "Gebruik hoogstens 80 tekens. Initialen zijn genoeg." });

export const residentContactSchema = optionalText(120, "Gebruik hoogstens 120 tekens.");

export const startCaseSchema = z.object({
  residentName: residentNameSchema,
  residentContact: residentContactSchema,
  consentVersion: z.string().min(1).max(40),
});

export const updateCaseSchema = z.object({
  residentName: residentNameSchema,
  residentContact: residentContactSchema,
  status: z.enum(CASE_STATUSES, { error: "Kies een status." }),
  followUpDue: optionalDay,
  hasApplication: z.boolean(),
});
export type UpdateCaseInput = z.input<typeof updateCaseSchema>;

export const caseNoteSchema = z.object({
  topic: z.enum(CASE_TOPIC_IDS as [string, ...string[]], { error: "Kies een onderwerp." }),
  text: z
    .string()
    .trim()
    .min(1, { error: "Schrijf eerst iets op." })
    .max(2000, { error: "Gebruik hoogstens 2000 tekens." }),
});

export const caseStepSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: "Schrijf op wat er moet gebeuren." })
    .max(300, { error: "Gebruik hoogstens 300 tekens." }),
  who: z
    .string()
    .trim()
    .min(1, { error: "Schrijf op wie het doet." })
    .max(80, { error: "Gebruik hoogstens 80 tekens." }),
  dueDate: optionalDay,
});

export const productSlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, { error: "Onbekend hulpmiddel." });

export const caseOutcomeSchema = z.object({
  productSlug: productSlugSchema,
  helped: z.enum(HELPED_VALUES, { error: "Kies of het hielp." }),
  result: z.enum(RESULT_VALUES, { error: "Kies wat er met het hulpmiddel is gebeurd." }),
  why: optionalText(1000, "Gebruik hoogstens 1000 tekens."),
});

export const residentResponseSchema = z.object({
  response: z
    .string()
    .trim()
    .min(1, { error: "Schrijf eerst uw reactie." })
    .max(4000, { error: "Gebruik hoogstens 4000 tekens." }),
});

export const caseSearchSchema = z.object({
  query: z.string().trim().max(80, { error: "Gebruik hoogstens 80 tekens." }).optional(),
  status: z.enum(CASE_STATUSES).optional(),
});

/** Turns zod issues into the `{ field: [messages] }` shape the forms show. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
