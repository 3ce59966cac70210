"use server";

import { redirect } from "next/navigation";
import { AppError, appErrorFields, appErrorText } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { acceptOffer } from "@/lib/server/lending/waitlist/accept-offer";
import { cancelWaitlistEntry } from "@/lib/server/lending/waitlist/cancel-waitlist-entry";
import type { ResidentFormState } from "../reserveren/_components/form-state";
import { lookupByCode } from "@/lib/api/rate-limit";

/** Yes to the offer, with a pickup day: the reservation page follows. */
export async function acceptOfferAction(reference: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const pickupDate = String(formData.get("pickupDate") ?? "");
  if (!pickupDate) return { errors: { pickupDate: ["Kies een dag om het hulpmiddel op te halen."] } };
  let reservation: string;
  try {
    reservation = (await lookupByCode(() => acceptOffer({ reference, pickupDate }), { mode: "page" })).reference;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "INVALID") return { errors: appErrorFields(error, await getRequestLocale()), values: { pickupDate } };
    return { message: appErrorText(error, await getRequestLocale()) };
  }
  redirect(`/reservering/${reservation}?nieuw=1`);
}

/** Off the waiting list (an open offer goes to the next in line). */
export async function leaveWaitlistAction(reference: string, _state: ResidentFormState): Promise<ResidentFormState> {
  try {
    await lookupByCode(() => cancelWaitlistEntry({ reference }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError) return { message: appErrorText(error, await getRequestLocale()) };
    throw error;
  }
  redirect(`/wachtlijst/${reference}?afgemeld=1`);
}
