/**
 * The zod and data-access errors of the resident's forms reach the resident in their language (issue 12): every
 * message the reservation and waiting-list schemas can give is a known sentence (not the per-field fallback), Dutch
 * stays exactly the schema's sentence, and the other languages never show the Dutch.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", () => ({ getRequestLocale: async () => "nl" }));

import { AppError } from "@/lib/errors";
import { LOCALES, TRANSLATED_LOCALES } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { fieldErrors, reservationFormSchema, waitlistFormSchema } from "@/lib/schemas/reservation";
const NOT_AVAILABLE = "Dit hulpmiddel is niet meer beschikbaar bij dit uitleenpunt. U kunt op de wachtlijst.";
import { appErrorMessage, consentTextFor, localizeFieldErrors } from "./texts";

const BAD_FORMS: [string, Record<string, unknown>][] = [
  ["empty", {}],
  ["blank name, no contact, no consent", { name: " ", pickupDate: "" }],
  ["bad phone and e-mail", { name: "A", phone: "12", email: "geen-adres", consent: "on", pickupDate: "2026-11-24" }],
  ["too long", { name: "x".repeat(101), phone: "0".repeat(31), email: `${"x".repeat(200)}@a.nl`, consent: "on", pickupDate: "24-11-2026" }],
];

const errorsOf = (locale: (typeof LOCALES)[number]) => Object.values((loadMessages(locale).reservation as { errors: Record<string, string> }).errors);

describe("form errors in the resident's language", () => {
  it.each(BAD_FORMS)("Dutch keeps the schema's sentences (%s)", (_name, form) => {
    for (const schema of [reservationFormSchema, waitlistFormSchema]) {
      const parsed = schema.safeParse(form);
      expect(parsed.success).toBe(false);
      if (parsed.success) continue;
      const dutch = fieldErrors(parsed.error);
      expect(localizeFieldErrors(dutch, "nl")).toEqual(dutch);
      // every sentence the schemas give is one the message file knows, so no language falls back to a vague one
      for (const list of Object.values(dutch)) for (const message of list) expect(errorsOf("nl"), message).toContain(message);
    }
  });

  it.each(TRANSLATED_LOCALES.flatMap((locale) => BAD_FORMS.map(([name, form]) => [locale, name, form] as const)))("%s: %s", (locale, _name, form) => {
    const parsed = reservationFormSchema.safeParse(form);
    if (parsed.success) throw new Error("expected errors");
    const dutch = fieldErrors(parsed.error);
    const localized = localizeFieldErrors(dutch, locale);
    expect(Object.keys(localized).sort()).toEqual(Object.keys(dutch).sort());
    const known = errorsOf(locale);
    const dutchSentences = errorsOf("nl");
    for (const list of Object.values(localized)) {
      for (const message of list) {
        expect(known).toContain(message);
        expect(dutchSentences).not.toContain(message);
      }
    }
  });

  it.each(TRANSLATED_LOCALES)("%s: data-access errors by code and reason", (locale) => {
    const t = (loadMessages(locale).reservation as { errors: Record<string, string> }).errors;
    expect(appErrorMessage(new AppError("CONFLICT", NOT_AVAILABLE, {}, { reason: "not_available" }), locale)).toBe(t.notAvailable);
    expect(appErrorMessage(new AppError("CONFLICT", "x", {}, { reason: "available_now" }), locale)).toBe(t.availableNow);
    expect(appErrorMessage(new AppError("GONE", "x"), locale)).toBe(t.offerGone);
    expect(appErrorMessage(new AppError("NOT_FOUND", "x"), locale)).toBe(t.notFound);
    expect(appErrorMessage(new AppError("INVALID", "iets onbekends"), locale)).toBe(t.general);
    expect(appErrorMessage(new AppError("CONFLICT", NOT_AVAILABLE, {}, { reason: "not_available" }), "nl")).toBe(NOT_AVAILABLE);
  });
});

describe("consent text", () => {
  it.each(LOCALES)("%s: four questions with answers, the retention period filled in", (locale) => {
    for (const kind of ["reservation", "waitlist"] as const) {
      const text = consentTextFor(kind, 90, locale);
      expect(text.points).toHaveLength(4);
      expect(text.points.map((p) => p.answer).join(" ")).toContain("90");
      expect(JSON.stringify(text)).not.toContain("{days}");
    }
  });

  it("Dutch is the text data access stores the version of", async () => {
    const { reservationConsentText, waitlistConsentText } = await import("@/lib/server/lending/consent-text");
    expect(consentTextFor("reservation", 90, "nl")).toEqual(reservationConsentText(90));
    expect(consentTextFor("waitlist", 30, "nl")).toEqual(waitlistConsentText(30));
  });
});
