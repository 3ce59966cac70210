"use server";

import { redirect } from "next/navigation";
import { actionRateLimit, lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { recordResidentOutcome } from "@/lib/server/outcomes/resident-outcome";
import type { ResidentFormState } from "../reserveren/_components/form-state";
import { appErrorMessage, localizeFieldErrors, rateLimitMessage } from "../reserveren/_components/texts";

/** The resident answers "how did it go?" through the link in the message (no account; the token is the key). */
export async function residentOutcomeAction(token: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const values = { result: String(formData.get("result") ?? ""), reason: String(formData.get("reason") ?? "") };
  const locale = await getRequestLocale();
  const t = translatorFor(locale, "reservation");
  const limited = await actionRateLimit("outcome");
  if (limited) return { message: rateLimitMessage(limited, locale), values };
  try {
    await lookupByCode(
      () => recordResidentOutcome({ token, result: values.result || undefined, reason: values.reason || undefined }),
      { mode: "page" },
    );
  } catch (error) {
    if (error instanceof AppError)
      return { message: error.code === "INVALID" ? t("errors.outcomeBoth") : appErrorMessage(error, locale), errors: error.fields ? localizeFieldErrors(error.fields, locale) : undefined, values };
    console.error("[uitkomst] antwoord niet bewaard:", error instanceof Error ? error.name : typeof error);
    return { message: t("errors.somethingWrong"), values };
  }
  redirect(`/uitkomst/${token}?bedankt=1`);
}
