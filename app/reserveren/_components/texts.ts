/**
 * The resident's reservation and waiting-list forms in the resident's language (issue 12). Server only: pages build
 * the few strings a client form needs and pass them as props (no message catalogue in the browser); server actions
 * turn the Dutch errors of the zod schemas and of data access (which the API keeps) into the resident's language.
 */
import "server-only";
import { AppError, appErrorText } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { betweenTimes, capitalize, dayLong } from "@/lib/i18n/lending-format";
import { loadMessages } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import { RESERVATION_CONSENT_VERSION, WAITLIST_CONSENT_VERSION } from "@/lib/server/lending/consent-text";
import type { PickupDay } from "@/lib/server/lending/rules";

export type { FormTexts, PickupDayOption } from "./form-texts";
import type { FormTexts, PickupDayOption } from "./form-texts";

export async function formTexts(locale?: Locale): Promise<FormTexts> {
  const l = locale ?? (await getRequestLocale());
  const r = loadMessages(l).reservation as { form: Record<string, string>; fields: Record<string, string> };
  const f = r.form;
  return {
    yourDetails: f.yourDetails!,
    name: f.name!,
    contactHint: f.contactHint!,
    phone: f.phone!,
    phoneHint: f.phoneHint!,
    email: f.email!,
    emailHint: f.emailHint!,
    pickupLegend: f.pickupLegend!,
    pickupHint: f.pickupHint!,
    consentTitle: f.consentTitle!,
    waitlistConsentTitle: f.waitlistConsentTitle!,
    waitlistTitle: f.waitlistTitle!,
    joinWaitlist: f.joinWaitlist!,
    reserve: f.reserve!,
    busy: f.busy!,
    checkTitle: f.checkTitle!,
    failedTitle: f.failedTitle!,
    monitoringLead: f.monitoringLead!,
    monitoringYes: f.monitoringYes!,
    monitoringNo: f.monitoringNo!,
    fields: { ...r.fields },
  };
}

export function pickupDayOptions(days: PickupDay[], locale: Locale): PickupDayOption[] {
  return days.map((d) => ({ day: d.day, label: capitalize(dayLong(d.day, locale), locale), times: capitalize(betweenTimes(d.slots, locale), locale) }));
}

/** The storage consent in the resident's language; the version stays the Dutch text's (what is stored with the Consent row). */
export function consentTextFor(kind: "reservation" | "waitlist", retentionDays: number, locale: Locale): ConsentText {
  const t = translatorFor(locale, "reservation");
  const days = retentionDays;
  return {
    version: kind === "reservation" ? RESERVATION_CONSENT_VERSION : WAITLIST_CONSENT_VERSION,
    points: [
      { question: t("consent.whatQ"), answer: t(`consent.${kind}What`) },
      { question: t("consent.whyQ"), answer: t(`consent.${kind}Why`) },
      { question: t("consent.whoQ"), answer: t("consent.who") },
      { question: t("consent.howLongQ"), answer: t(`consent.${kind}HowLong`, { days }) },
    ],
    agree: t("consent.agree"),
  };
}

/** Dutch error sentence -> its message key (the Dutch message file holds the same sentences the schemas use). */
let dutchErrors: Map<string, string> | null = null;
function keyOfDutch(message: string): string | undefined {
  if (!dutchErrors) {
    const errors = (loadMessages(DEFAULT_LOCALE).reservation as { errors: Record<string, string> }).errors;
    dutchErrors = new Map(Object.entries(errors).map(([key, text]) => [text, key]));
  }
  return dutchErrors.get(message);
}

/** When a sentence is not one we know: the field's own plain message. */
const FIELD_FALLBACK: Record<string, string> = {
  pickupDate: "pickupInvalid",
  name: "nameMissing",
  phone: "phoneInvalid",
  email: "emailInvalid",
  consent: "needConsent",
  waitlistConsent: "needConsent",
  monitoringAgreed: "monitoringChoose",
  code: "codeUnknown",
  result: "outcomeBoth",
  reason: "outcomeBoth",
};

/** Field errors (Dutch, from zod or data access) in the resident's language; Dutch stays exactly as it was. */
export function localizeFieldErrors(errors: Record<string, string[]>, locale: Locale): Record<string, string[]> {
  if (locale === DEFAULT_LOCALE) return errors;
  const t = translatorFor(locale, "reservation");
  const out: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(errors)) {
    out[field] = [...new Set(list.map((message) => t(`errors.${keyOfDutch(message) ?? FIELD_FALLBACK[field] ?? "field"}`)))];
  }
  return out;
}

/** One error sentence for the whole form; Dutch stays as it was. */
export function localizeMessage(message: string, locale: Locale, fallbackKey = "general"): string {
  if (locale === DEFAULT_LOCALE) return message;
  return translatorFor(locale, "reservation")(`errors.${keyOfDutch(message) ?? fallbackKey}`);
}

/** The sentence for a data-access error, by its code and reason (the Dutch message for Dutch). */
export function appErrorMessage(error: AppError, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return error.message;
  // an error with a resident catalogue key (lib/errors, messages/<locale>/errors.json) is translated exactly
  if (error.key?.startsWith("resident.")) return appErrorText(error, locale);
  const t = translatorFor(locale, "reservation");
  if (error.code === "CONFLICT") return t(error.details?.reason === "available_now" ? "errors.availableNow" : "errors.notAvailable");
  if (error.code === "RATE_LIMITED") return t("errors.tooMany");
  if (error.code === "GONE") return t("errors.offerGone");
  if (error.code === "NOT_FOUND") return t("errors.notFound");
  return t(`errors.${keyOfDutch(error.message) ?? "general"}`);
}

/** The rate limit's sentence in the resident's language (Dutch as the limiter says it). */
export function rateLimitMessage(dutch: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? dutch : translatorFor(locale, "reservation")("errors.tooMany");
}
