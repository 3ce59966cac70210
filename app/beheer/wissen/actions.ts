"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { eraseRequestSchema, fieldErrorsOf } from "@/lib/schemas/admin";
import { eraseCase } from "@/lib/server/privacy/erase-case";
import { eraseReservationPersonalData } from "@/lib/server/privacy/erase-reservation-personal-data";
import { eraseWaitlistEntryPersonalData } from "@/lib/server/privacy/erase-waitlist-entry-personal-data";

export interface EraseFormState {
  errors?: Record<string, string[]>;
  message?: string;
}

/** Carries out the erasure the administrator confirmed, then shows the proof from the audit log. */
export async function eraseAction(_state: EraseFormState, formData: FormData): Promise<EraseFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const parsed = eraseRequestSchema.safeParse({
    referentie: formData.get("referentie") ?? "",
    soort: formData.get("soort") ?? "",
    bevestigd: formData.get("bevestigd") ?? "",
  });
  if (!parsed.success) {
    return { errors: fieldErrorsOf(parsed.error), message: "Er is nog niets gewist. Kijk hieronder wat er nog moet gebeuren." };
  }

  let reference: string;
  try {
    const { referentie, soort } = parsed.data;
    if (soort === "case") ({ reference } = await eraseCase({ actor, reference: referentie }));
    else if (soort === "reservation") ({ reference } = await eraseReservationPersonalData({ actor, reference: referentie }));
    else ({ reference } = await eraseWaitlistEntryPersonalData({ actor, reference: referentie }));
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) return { message: error.message };
    throw error;
  }
  revalidatePath("/beheer/wissen");
  redirect(`/beheer/wissen?gewist=${encodeURIComponent(reference)}`);
}
