"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { findReference } from "@/lib/server/lending/find-reference";
import type { ResidentFormState } from "../reserveren/_components/form-state";
import { appErrorMessage } from "../reserveren/_components/texts";
import { lookupByCode } from "@/lib/api/rate-limit";

/** "Type your code": to the reservation or the waiting-list page, or a clear message in the resident's language. */
export async function findCodeAction(_state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const t = translatorFor(await getRequestLocale(), "reservation");
  const code = String(formData.get("code") ?? "").trim();
  if (!code) return { errors: { code: [t("errors.codeMissing")] }, values: { code } };
  const found = await lookupByCode(() => findReference({ code }), { mode: "page" });
  if (!found) return { errors: { code: [t("errors.codeUnknown")] }, values: { code } };
  redirect(found.kind === "reservation" ? `/reservering/${found.reference}` : `/wachtlijst/${found.reference}`);
}

/** The resident confirmed: cancel the reservation with its reference. */
export async function cancelAction(reference: string, _state: ResidentFormState): Promise<ResidentFormState> {
  try {
    await lookupByCode(() => cancelReservation({ reference }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError) return { message: appErrorMessage(error, await getRequestLocale()) };
    throw error;
  }
  redirect(`/reservering/${reference}?geannuleerd=1`);
}
