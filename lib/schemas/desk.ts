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

/**
 * The product's own checklist (Product.checklist) as the form sends it: one checkbox per point, named "item-<n>",
 * whose value is the point's text; the API and tests may send `items: [text, ...]` directly. Only ticked points arrive.
 */
const tickedItems = z.array(z.string().trim().min(1).max(200)).max(50, { error: "Te veel punten op de checklist." });

function collectItems(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const o = input as Record<string, unknown>;
  if (Array.isArray(o.items)) return o;
  const items = Object.entries(o)
    .filter(([key, value]) => /^item-\d{1,3}$/.test(key) && typeof value === "string" && value !== "")
    .map(([, value]) => value);
  return { ...o, items };
}

/** Hand over: every point of the product's list is ticked, the use is explained and an ID was seen. */
export const checkoutChecklistSchema = z.preprocess(
  collectItems,
  z
    .object({
      items: tickedItems,
      explained: checkbox,
      idChecked: checkbox,
    })
    .superRefine((c, ctx) => {
      if (!c.explained) ctx.addIssue({ code: "custom", path: ["explained"], message: "Leg eerst uit hoe het hulpmiddel werkt." });
      if (!c.idChecked) ctx.addIssue({ code: "custom", path: ["idChecked"], message: "Bekijk eerst een identiteitsbewijs." });
    }),
);
export type CheckoutChecklist = z.output<typeof checkoutChecklistSchema>;

export const handOverSchema = z.object({ reservationId: id("De reservering"), checklist: checkoutChecklistSchema });

/** Take back: which points of the product's list came back; with damage the unit goes to repair. */
export const checkinChecklistSchema = z.preprocess(
  collectItems,
  z.object({
    items: tickedItems,
    needsCleaning: checkbox,
    damage: checkbox,
    note: notesSchema,
  }),
);
export type CheckinChecklist = z.output<typeof checkinChecklistSchema>;

export const takeBackSchema = z.object({ loanId: id("De uitleen"), checklist: checkinChecklistSchema });

/** One point of a product's checklist and whether it was ticked, as stored with the loan. */
export type ChecklistResult = { text: string; ok: boolean };

/** The product's points with ticked or not, and field errors ("checklist.item-<n>") for the points not ticked. */
export function matchChecklist(productItems: readonly string[], ticked: readonly string[]): { results: ChecklistResult[]; missing: Record<string, string[]> } {
  const set = new Set(ticked.map((t) => t.trim()));
  const results = productItems.map((text) => ({ text, ok: set.has(text.trim()) }));
  const missing: Record<string, string[]> = {};
  results.forEach((r, i) => {
    if (!r.ok) missing[`checklist.item-${i}`] = [`Controleer dit punt: ${r.text}.`];
  });
  return { results, missing };
}

/** What the desk checks for a product without its own list. */
export const FALLBACK_CHECKLIST = ["Compleet: alle onderdelen zijn er", "Werkt en is heel"] as const;

/** The list to use for a product (its own, or the fallback when it has none). */
export function productChecklist(items: readonly string[] | null | undefined): string[] {
  return items && items.length ? [...items] : [...FALLBACK_CHECKLIST];
}

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
