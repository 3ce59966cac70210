"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { acceptOffer } from "@/lib/server/lending/waitlist/accept-offer";
import { cancelWaitlistEntry } from "@/lib/server/lending/waitlist/cancel-waitlist-entry";
import type { ResidentFormState } from "../reserveren/_components/form-state";
import { appErrorMessage, localizeFieldErrors } from "../reserveren/_components/texts";
import { lookupByCode } from "@/lib/api/rate-limit";

/** Yes to the offer, with a pickup day: the reservation page follows. Errors in the resident's language. */
export async function acceptOfferAction(reference: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const locale = await getRequestLocale();
  const pickupDate = String(formData.get("pickupDate") ?? "");
  if (!pickupDate) return { errors: { pickupDate: [translatorFor(locale, "reservation")("errors.pickupMissing")] } };
  let reservation: string;
  try {
    reservation = (await lookupByCode(() => acceptOffer({ reference, pickupDate }), { mode: "page" })).reference;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "INVALID") return { errors: localizeFieldErrors(error.fields ?? {}, locale), values: { pickupDate } };
    return { message: appErrorMessage(error, locale) };
  }
  redirect(`/reservering/${reservation}?nieuw=1`);
}

/** Off the waiting list (an open offer goes to the next in line). */
export async function leaveWaitlistAction(reference: string, _state: ResidentFormState): Promise<ResidentFormState> {
  try {
    await lookupByCode(() => cancelWaitlistEntry({ reference }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError) return { message: appErrorMessage(error, await getRequestLocale()) };
    throw error;
  }
  redirect(`/wachtlijst/${reference}?afgemeld=1`);
}
