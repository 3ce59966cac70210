import "@/lib/schemas/zod-setup";
import { z } from "zod";

/** What the resident types to see the nearest lending centres: a full postcode or its 4 digits; kept: the 4 digits. */
export const nearestFormSchema = z.object({
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, { error: "Vul uw postcode in, bijvoorbeeld 2514 JS of alleen 2514." })
    .max(10, { error: "Vul een postcode in zoals 2514 JS of alleen 2514." })
    .regex(/^[1-9][0-9]{3}( ?[A-Z]{2})?$/, { error: "Vul een postcode in zoals 2514 JS of alleen 2514." })
    .transform((p) => p.slice(0, 4)),
});

/** The 4-digit area in the address of the page (?pc4=2514); anything else is ignored. */
export const pc4ParamSchema = z.string().regex(/^[1-9][0-9]{3}$/);

export interface NearestFormState {
  error?: string;
  /** what was typed, shown again with the error (never put in a URL) */
  value?: string;
}
