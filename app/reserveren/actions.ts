"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors, reservationFormSchema, waitlistFormSchema } from "@/lib/schemas/reservation";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { joinWaitlist } from "@/lib/server/lending/waitlist/join-waitlist";
import { municipalityPausedMessage } from "@/lib/server/municipalities/paused-message";
import { residentAccessForCentre } from "@/lib/server/municipalities/resident-access";
import type { ResidentFormState } from "./_components/form-state";
import { actionRateLimit } from "@/lib/api/rate-limit";
import { getRequestLocale } from "@/lib/i18n/server";

/** A paused municipality or a closed centre takes no reservations and no waiting-list entries. */
async function blockedMessage(centreSlug: string): Promise<string | null> {
  const access = await residentAccessForCentre({ centreSlug });
  if (!access) return "Dit uitleenpunt kennen wij niet.";
  if (access.state === "paused") return municipalityPausedMessage(access.municipalityName);
  if (access.state === "closed") return "Dit uitleenpunt is gesloten. Hier kunt u niets meer reserveren.";
  return null;
}

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

function valuesOf(formData: FormData): Record<string, string> {
  return {
    pickupDate: text(formData, "pickupDate"),
    name: text(formData, "name"),
    phone: text(formData, "phone"),
    email: text(formData, "email"),
    monitoringAgreed: text(formData, "monitoringAgreed"),
  };
}

/** The page of a monitoring product asks for an explicit yes or no after the explanation (a hidden field says so). */
const MONITORING_CHOOSE = "Kies ja of nee: vindt u het goed dat dit hulpmiddel dit bijhoudt?";
const MONITORING_DECLINED =
  "U koos nee. Dan reserveren wij dit niet. Dat is goed: kijk in uw advies naar iets anders, of vraag het uitleenpunt om raad.";

/** The Dutch answer for an error of data access; anything unexpected is thrown on (the error page shows it). */
function fromAppError(error: unknown, values: Record<string, string>): ResidentFormState {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "INVALID") return { errors: error.fields ?? {}, message: error.fields ? undefined : error.message, values };
  if (error.code === "CONFLICT") return { message: error.message, values, conflict: error.details?.reason === "not_available" };
  return { message: error.message, values };
}

async function joinWith(productSlug: string, centreSlug: string, formData: FormData, consentField: "consent" | "waitlistConsent"): Promise<ResidentFormState | string> {
  const values = valuesOf(formData);
  const blocked = await blockedMessage(centreSlug);
  if (blocked) return { message: blocked, values };
  const asked = formData.get("monitoringQuestion") === "1";
  if (asked && values.monitoringAgreed === "no") return { message: MONITORING_DECLINED, values };
  const parsed = waitlistFormSchema.safeParse({ ...values, monitoringAgreed: values.monitoringAgreed || undefined, consent: formData.get(consentField) ?? undefined });
  const monitoringMissing: Record<string, string[]> = asked && !values.monitoringAgreed ? { monitoringAgreed: [MONITORING_CHOOSE] } : {};
  if (!parsed.success || Object.keys(monitoringMissing).length) {
    const errors = { ...monitoringMissing, ...(parsed.success ? {} : renameConsent(fieldErrors(parsed.error), consentField)) };
    return { errors, values, conflict: consentField === "waitlistConsent" };
  }
  try {
    const joined = await joinWaitlist({
      productSlug,
      centreSlug,
      name: parsed.data.name,
      phone: parsed.data.phone,
      email: parsed.data.email,
      consent: true,
      // enforced in joinWaitlist for a monitoring product: an offer later becomes a reservation without asking again
      monitoringAgreed: parsed.data.monitoringAgreed === "yes",
      // the messages about this place come in the resident's language
      locale: await getRequestLocale(),
    });
    return joined.reference;
  } catch (error) {
    const state = fromAppError(error, values);
    const freeNow = error instanceof AppError && error.details?.reason === "available_now";
    // still in the "last one was taken" part of the reserve form, unless one is free again: then reserve as usual
    return consentField === "waitlistConsent" && !freeNow ? { ...state, conflict: true, errors: renameConsent(state.errors ?? {}, consentField) } : { ...state, conflict: false };
  }
}

function renameConsent(errors: Record<string, string[]>, field: string): Record<string, string[]> {
  if (field === "consent" || !errors.consent) return errors;
  const { consent, ...rest } = errors;
  return { ...rest, [field]: consent };
}

/** The reserve form: reserve (intent "reserve"), or join the waiting list when the last unit was just taken. */
export async function reserveAction(productSlug: string, centreSlug: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const limited = await actionRateLimit("reserve"); if (limited) return { message: limited, values: valuesOf(formData) };
  if (formData.get("intent") === "waitlist") {
    const result = await joinWith(productSlug, centreSlug, formData, "waitlistConsent");
    if (typeof result === "string") redirect(`/wachtlijst/${result}?nieuw=1`);
    return result;
  }
  const values = valuesOf(formData);
  const blocked = await blockedMessage(centreSlug);
  if (blocked) return { message: blocked, values };
  const asked = formData.get("monitoringQuestion") === "1";
  // "no" after the explanation ends it here: nothing else on the form matters then
  if (asked && values.monitoringAgreed === "no") return { message: MONITORING_DECLINED, values };
  const parsed = reservationFormSchema.safeParse({
    ...values,
    monitoringAgreed: values.monitoringAgreed || undefined,
    consent: formData.get("consent") ?? undefined,
  });
  const monitoringMissing: Record<string, string[]> = asked && !values.monitoringAgreed ? { monitoringAgreed: [MONITORING_CHOOSE] } : {};
  if (!parsed.success) return { errors: { ...monitoringMissing, ...fieldErrors(parsed.error as z.ZodError) }, values };
  if (asked && !values.monitoringAgreed) return { errors: monitoringMissing, values };
  let reference: string;
  try {
    const created = await reserveUnit({
      productSlug,
      centreSlug,
      pickupDate: parsed.data.pickupDate,
      name: parsed.data.name,
      phone: parsed.data.phone,
      email: parsed.data.email,
      consent: true,
      // enforced in reserveUnit for a monitoring product: only an explicit "yes" on this page counts
      monitoringAgreed: parsed.data.monitoringAgreed === "yes",
      // the advice it came from (a random code, best effort: never blocks the reservation)
      adviceCode: typeof formData.get("advies") === "string" ? (formData.get("advies") as string).slice(0, 20) : null,
      // the confirmation and the reminders come in the resident's language
      locale: await getRequestLocale(),
    });
    reference = created.reference;
  } catch (error) {
    return fromAppError(error, values);
  }
  redirect(`/reservering/${reference}?nieuw=1`);
}

/** The waiting-list form (shown when nothing is free). */
export async function joinWaitlistAction(productSlug: string, centreSlug: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const limited = await actionRateLimit("waitlist"); if (limited) return { message: limited, values: valuesOf(formData) };
  const result = await joinWith(productSlug, centreSlug, formData, "consent");
  if (typeof result === "string") redirect(`/wachtlijst/${result}?nieuw=1`);
  return result;
}
