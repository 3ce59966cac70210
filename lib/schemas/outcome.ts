/**
 * zod schemas for an outcome of a loan: the desk's two clicks and the resident's link. Dutch messages per field.
 */
import "./zod-setup";
import { z } from "zod";
import { DESK_RESULTS, OUTCOME_REASON_CODES, reasonFits, type OutcomeReasonCode } from "@/lib/learning/outcome-codes";

export const outcomeInputSchema = z
  .object({
    result: z.enum(DESK_RESULTS, { error: "Kies eerst wat er met het hulpmiddel gebeurt." }),
    reason: z.enum(OUTCOME_REASON_CODES as [OutcomeReasonCode, ...OutcomeReasonCode[]], { error: "Kies een reden." }),
  })
  .superRefine((v, ctx) => {
    if (!reasonFits(v.reason, v.result)) ctx.addIssue({ code: "custom", path: ["reason"], message: "Deze reden past niet bij het antwoord. Kies een andere reden." });
  });
export type OutcomeInput = z.infer<typeof outcomeInputSchema>;

export function outcomeFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
