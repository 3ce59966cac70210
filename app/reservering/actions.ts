"use server";

import { redirect } from "next/navigation";
import { AppError, appErrorText } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { findReference } from "@/lib/server/lending/find-reference";
import type { ResidentFormState } from "../reserveren/_components/form-state";
import { lookupByCode } from "@/lib/api/rate-limit";

/** "Type your code": to the reservation or the waiting-list page, or a clear message. */
export async function findCodeAction(_state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const code = String(formData.get("code") ?? "").trim();
  if (!code) return { errors: { code: ["Vul uw code in. U vindt hem in de bevestiging."] }, values: { code } };
  const found = await lookupByCode(() => findReference({ code }), { mode: "page" });
  if (!found) return { errors: { code: ["Deze code kennen wij niet. Kijk of u hem goed hebt overgenomen."] }, values: { code } };
  redirect(found.kind === "reservation" ? `/reservering/${found.reference}` : `/wachtlijst/${found.reference}`);
}

/** The resident confirmed: cancel the reservation with its reference. */
export async function cancelAction(reference: string, _state: ResidentFormState): Promise<ResidentFormState> {
  try {
    await lookupByCode(() => cancelReservation({ reference }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError) return { message: appErrorText(error, await getRequestLocale()) };
    throw error;
  }
  redirect(`/reservering/${reference}?geannuleerd=1`);
}
