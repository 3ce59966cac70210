/**
 * zod schemas for the municipality administration (/beheer): audit-log filters, erasure requests, session ids.
 * Messages are Dutch (B1) and shown beside the field.
 */
import { z } from "zod";
import { normaliseCode } from "@/lib/util/codes";

/** Turns an empty form field into undefined, so "not filled in" and "absent" mean the same. */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Vul een datum in, bijvoorbeeld 2026-11-23." })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2999-12-31";
  }, { error: "Deze datum bestaat niet." });

/** Ids made by Prisma (cuid) or the seed (uuid): letters, digits and dashes only. */
export const recordIdSchema = z
  .string({ error: "Onbekend." })
  .trim()
  .min(1, { error: "Onbekend." })
  .max(64, { error: "Onbekend." })
  .regex(/^[A-Za-z0-9-]+$/, { error: "Onbekend." });

/** Audit action codes look like "case.view" or "session.revoke_all". */
export const auditActionSchema = z.string().trim().max(60).regex(/^[a-z_]+(\.[a-z_]+)+$/, { error: "Kies een handeling uit de lijst." });

/**
 * The filter of the audit log, from the page's query string (names are the Dutch field names of the form).
 * `referentie` is what the administrator types: a reference or code of a record, or a record id.
 */
export const auditFilterSchema = z
  .object({
    actie: z.preprocess(emptyToUndefined, auditActionSchema.optional()),
    van: z.preprocess(emptyToUndefined, day.optional()),
    tot: z.preprocess(emptyToUndefined, day.optional()),
    referentie: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(64, { error: "Gebruik hoogstens 64 tekens." }).regex(/^[A-Za-z0-9 -]+$/, { error: "Gebruik alleen letters, cijfers en streepjes." }).optional(),
    ),
    gemeente: z.preprocess(emptyToUndefined, recordIdSchema.optional()),
    na: z.preprocess(emptyToUndefined, recordIdSchema.optional()),
  })
  .superRefine((value, ctx) => {
    if (value.van && value.tot && value.van > value.tot) {
      ctx.addIssue({ code: "custom", path: ["tot"], message: "De einddatum ligt vóór de begindatum. Kies een latere einddatum." });
    }
  });

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** The reference of a conversation, reservation or waiting-list entry, as a resident or consultant reads it aloud. */
export const erasureReferenceSchema = z
  .string({ error: "Vul de referentie in." })
  .transform((v) => normaliseCode(v.slice(0, 80)))
  .pipe(
    z
      .string()
      .min(1, { error: "Vul de referentie in." })
      .regex(/^[0-9A-Z]{6,20}$/, { error: "Een referentie heeft 8 tekens, zoals KX7M-2QPD." }),
  );

export const eraseRequestSchema = z.object({
  referentie: erasureReferenceSchema,
  soort: z.enum(["case", "reservation", "waitlist"], { error: "Zoek eerst de referentie op." }),
  bevestigd: z.literal("ja", { error: "Vink aan dat u heeft gecontroleerd dat dit het goede gesprek of de goede reservering is." }),
});

/** Turns zod issues into the `{ field: [messages] }` shape the forms show. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The first value of a query-string parameter (Next gives string | string[] | undefined). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
