/**
 * zod schemas for the lending-centre desk: the forms' server actions and the desk's data access share them.
 * Messages are Dutch (B1) and are shown next to the field.
 */
import { z } from "zod";

/** A checkbox from a form: "on" when ticked, missing when not; booleans pass through (tests, API). */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const id = (what: string) => z.string({ error: `${what} ontbreekt.` }).trim().min(1, { error: `${what} ontbreekt.` }).max(64, { error: `${what} klopt niet.` });

export const centreSlugSchema = z
  .string({ error: "Het uitleenpunt ontbreekt." })
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/, { error: "Het uitleenpunt klopt niet." });

export const unitCodeSchema = z
  .string({ error: "Vul de code op het etiket in." })
  .trim()
  .toUpperCase()
  .min(3, { error: "De code is te kort: gebruik minstens 3 tekens." })
  .max(40, { error: "De code is te lang: gebruik hoogstens 40 tekens." })
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, { error: "Gebruik in de code alleen letters, cijfers en streepjes (zonder spaties)." });

const notesSchema = z
  .string()
  .trim()
  .max(500, { error: "Gebruik hoogstens 500 tekens." })
  .optional()
  .transform((v) => v ?? "");

export const createUnitSchema = z.object({
  centreSlug: centreSlugSchema,
  productId: z.string({ error: "Kies een hulpmiddel." }).trim().min(1, { error: "Kies een hulpmiddel." }).max(64, { error: "Kies een hulpmiddel." }),
  code: unitCodeSchema,
  notes: notesSchema,
});
export type CreateUnitInput = z.input<typeof createUnitSchema>;

export const updateUnitSchema = z.object({
  unitId: id("Het exemplaar"),
  code: unitCodeSchema,
  notes: notesSchema,
});
export type UpdateUnitInput = z.input<typeof updateUnitSchema>;

/** Hand over: every point must be ticked before the resident takes the item home. */
export const checkoutChecklistSchema = z
  .object({
    complete: checkbox,
    explained: checkbox,
    idChecked: checkbox,
  })
  .superRefine((c, ctx) => {
    if (!c.complete) ctx.addIssue({ code: "custom", path: ["complete"], message: "Controleer of alles compleet is, met oplader en handleiding." });
    if (!c.explained) ctx.addIssue({ code: "custom", path: ["explained"], message: "Leg eerst uit hoe het hulpmiddel werkt." });
    if (!c.idChecked) ctx.addIssue({ code: "custom", path: ["idChecked"], message: "Bekijk eerst een identiteitsbewijs." });
  });
export type CheckoutChecklist = z.output<typeof checkoutChecklistSchema>;

export const handOverSchema = z.object({ reservationId: id("De reservering"), checklist: checkoutChecklistSchema });

/** Take back: what came back. With damage the unit goes to repair instead of cleaning; then say what is wrong. */
export const checkinChecklistSchema = z
  .object({
    complete: checkbox,
    needsCleaning: checkbox,
    damage: checkbox,
    note: notesSchema,
  })
  .superRefine((c, ctx) => {
    if (c.damage && !c.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Schrijf kort op wat er kapot is." });
    else if (!c.complete && !c.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Schrijf kort op wat er ontbreekt." });
  });
export type CheckinChecklist = z.output<typeof checkinChecklistSchema>;

export const takeBackSchema = z.object({ loanId: id("De uitleen"), checklist: checkinChecklistSchema });

/** A status button on a unit's page, with an optional note. */
export const unitStatusActionSchema = z.object({
  unitId: id("Het exemplaar"),
  note: notesSchema,
});

/** Send to repair: what is wrong is required; the expected end is optional ("YYYY-MM-DD"). */
export const sendToRepairSchema = z.object({
  unitId: id("Het exemplaar"),
  note: z
    .string({ error: "Schrijf kort op wat er kapot is." })
    .trim()
    .min(1, { error: "Schrijf kort op wat er kapot is." })
    .max(500, { error: "Gebruik hoogstens 500 tekens." }),
  until: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Vul een datum in als dag-maand-jaar." }).optional()),
});
export type SendToRepairInput = z.input<typeof sendToRepairSchema>;

/** Ids of records in hidden form fields (cuid / uuid): nothing else may end up in a redirect path. */
export const recordIdSchema = z
  .string({ error: "Er ontbreekt een gegeven. Laad de pagina opnieuw." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Er ontbreekt een gegeven. Laad de pagina opnieuw." });

/** "I am sure": required before retiring a unit or cancelling a reservation. */
export const confirmSchema = checkbox.refine((v) => v, { error: "Vink aan dat u het zeker weet." });

/** zod issues as { field: [messages] } for a form (nested paths joined with "."). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
