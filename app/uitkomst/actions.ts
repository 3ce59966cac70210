"use server";

import { redirect } from "next/navigation";
import { actionRateLimit, lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { recordResidentOutcome } from "@/lib/server/outcomes/resident-outcome";
import type { ResidentFormState } from "../reserveren/_components/form-state";

/** The resident answers "how did it go?" through the link in the message (no account; the token is the key). */
export async function residentOutcomeAction(token: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const values = { result: String(formData.get("result") ?? ""), reason: String(formData.get("reason") ?? "") };
  const limited = await actionRateLimit("outcome");
  if (limited) return { message: limited, values };
  try {
    await lookupByCode(
      () => recordResidentOutcome({ token, result: values.result || undefined, reason: values.reason || undefined }),
      { mode: "page" },
    );
  } catch (error) {
    if (error instanceof AppError) return { message: error.code === "INVALID" ? "Kies een antwoord bij beide vragen." : error.message, errors: error.fields, values };
    console.error("[uitkomst] antwoord niet bewaard:", error instanceof Error ? error.name : typeof error);
    return { message: "Er ging iets mis. Probeer het opnieuw.", values };
  }
  redirect(`/uitkomst/${token}?bedankt=1`);
}
