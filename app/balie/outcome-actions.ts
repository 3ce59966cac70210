"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { DeskActionState } from "@/components/desk/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { centreSlugSchema, recordIdSchema } from "@/lib/schemas/desk";
import { recordLoanOutcome } from "@/lib/server/outcomes/record-loan-outcome";

const refSchema = z.object({ centreSlug: centreSlugSchema, loanId: recordIdSchema, unitId: recordIdSchema });

/**
 * The desk records the outcome of a loan (lib/server/outcomes/record-loan-outcome.ts authorizes and scopes). The
 * choices are validated there with zod; a wrong or missing choice comes back to the form in Dutch.
 */
export async function recordOutcomeAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const user = await getCurrentUser();
  if (!user || user.role !== "CENTRE_STAFF") return { message: "U bent niet (meer) ingelogd als medewerker van een uitleenpunt. Log opnieuw in." };
  const values = { result: String(formData.get("result") ?? ""), reason: String(formData.get("reason") ?? "") };
  const ref = refSchema.safeParse({ centreSlug: formData.get("centreSlug"), loanId: formData.get("loanId"), unitId: formData.get("unitId") });
  if (!ref.success) return { message: "Deze uitleen bestaat niet, of hij hoort niet bij uw uitleenpunt.", values };
  try {
    await recordLoanOutcome({ actor: user, loanId: ref.data.loanId, result: values.result || undefined, reason: values.reason || undefined });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, errors: error.fields, values };
    console.error("[balie] uitkomst niet bewaard:", error instanceof Error ? error.name : typeof error);
    return { message: "Er ging iets mis. Probeer het opnieuw.", values };
  }
  redirect(`/balie/${ref.data.centreSlug}/voorraad/${ref.data.unitId}?gedaan=uitkomst`);
}
