"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors, reservationFormSchema, waitlistFormSchema } from "@/lib/schemas/reservation";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { joinWaitlist } from "@/lib/server/lending/waitlist/join-waitlist";
import { residentAccessForCentre } from "@/lib/server/municipalities/resident-access";
import type { ResidentFormState } from "./_components/form-state";
import { actionRateLimit } from "@/lib/api/rate-limit";
import type { Locale } from "@/lib/i18n/config";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { appErrorMessage, localizeFieldErrors, rateLimitMessage } from "./_components/texts";

/** A paused municipality or a closed centre takes no reservations and no waiting-list entries. */
async function blockedMessage(centreSlug: string, locale: Locale): Promise<string | null> {
  const t = translatorFor(locale, "reservation");
  const access = await residentAccessForCentre({ centreSlug });
  if (!access) return t("errors.unknownCentre");
  if (access.state === "paused") return t("errors.paused", { municipality: access.municipalityName });
  if (access.state === "closed") return t("errors.centreClosed");
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
const monitoringChoose = (locale: Locale) => translatorFor(locale, "reservation")("errors.monitoringChoose");
const monitoringDeclined = (locale: Locale) => translatorFor(locale, "reservation")("errors.monitoringDeclined");

/** The resident's answer for an error of data access (Dutch as data access says it); anything unexpected is thrown on (the error page shows it). */
function fromAppError(error: unknown, values: Record<string, string>, locale: Locale): ResidentFormState {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "INVALID") return { errors: localizeFieldErrors(error.fields ?? {}, locale), message: error.fields ? undefined : appErrorMessage(error, locale), values };
  if (error.code === "CONFLICT") return { message: appErrorMessage(error, locale), values, conflict: error.details?.reason === "not_available" };
  return { message: appErrorMessage(error, locale), values };
}

async function joinWith(productSlug: string, centreSlug: string, formData: FormData, consentField: "consent" | "waitlistConsent"): Promise<ResidentFormState | string> {
  const values = valuesOf(formData);
  const locale = await getRequestLocale();
  const blocked = await blockedMessage(centreSlug, locale);
  if (blocked) return { message: blocked, values };
  const asked = formData.get("monitoringQuestion") === "1";
  if (asked && values.monitoringAgreed === "no") return { message: monitoringDeclined(locale), values };
  const parsed = waitlistFormSchema.safeParse({ ...values, monitoringAgreed: values.monitoringAgreed || undefined, consent: formData.get(consentField) ?? undefined });
  const monitoringMissing: Record<string, string[]> = asked && !values.monitoringAgreed ? { monitoringAgreed: [monitoringChoose(locale)] } : {};
  if (!parsed.success || Object.keys(monitoringMissing).length) {
    const errors = { ...monitoringMissing, ...(parsed.success ? {} : renameConsent(localizeFieldErrors(fieldErrors(parsed.error), locale), consentField)) };
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
      locale,
      // the advice it came from (best effort): an accepted offer's loan is learned from like a direct reservation
      adviceCode: typeof formData.get("advies") === "string" ? (formData.get("advies") as string).slice(0, 20) : null,
    });
    return joined.reference;
  } catch (error) {
    const state = fromAppError(error, values, locale);
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
  const limited = await actionRateLimit("reserve");
  if (limited) return { message: rateLimitMessage(limited, await getRequestLocale()), values: valuesOf(formData) };
  if (formData.get("intent") === "waitlist") {
    const result = await joinWith(productSlug, centreSlug, formData, "waitlistConsent");
    if (typeof result === "string") redirect(`/wachtlijst/${result}?nieuw=1`);
    return result;
  }
  const values = valuesOf(formData);
  const locale = await getRequestLocale();
  const blocked = await blockedMessage(centreSlug, locale);
  if (blocked) return { message: blocked, values };
  const asked = formData.get("monitoringQuestion") === "1";
  // "no" after the explanation ends it here: nothing else on the form matters then
  if (asked && values.monitoringAgreed === "no") return { message: monitoringDeclined(locale), values };
  const parsed = reservationFormSchema.safeParse({
    ...values,
    monitoringAgreed: values.monitoringAgreed || undefined,
    consent: formData.get("consent") ?? undefined,
  });
  const monitoringMissing: Record<string, string[]> = asked && !values.monitoringAgreed ? { monitoringAgreed: [monitoringChoose(locale)] } : {};
  if (!parsed.success) return { errors: { ...monitoringMissing, ...localizeFieldErrors(fieldErrors(parsed.error as z.ZodError), locale) }, values };
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
      locale,
    });
    reference = created.reference;
  } catch (error) {
    return fromAppError(error, values, locale);
  }
  redirect(`/reservering/${reference}?nieuw=1`);
}

/** The waiting-list form (shown when nothing is free). */
export async function joinWaitlistAction(productSlug: string, centreSlug: string, _state: ResidentFormState, formData: FormData): Promise<ResidentFormState> {
  const limited = await actionRateLimit("waitlist");
  if (limited) return { message: rateLimitMessage(limited, await getRequestLocale()), values: valuesOf(formData) };
  const result = await joinWith(productSlug, centreSlug, formData, "consent");
  if (typeof result === "string") redirect(`/wachtlijst/${result}?nieuw=1`);
  return result;
}
