/**
 * Every message in every language (issue 12): no ICU placeholder left unfilled, no "undefined", the resident's
 * language really used (not Dutch), links that keep the language (?taal=), and short enough for a text message.
 */
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { composeMessage, type Channel, type MessageInput } from "./messages";

const centre = { name: "Zorginnovatiehub Leyweg", street: "Leyweg 299", postcode: "2545 GH", city: "Den Haag", phone: "070 353 00 00" };
const base = { name: "Mevrouw De Vries", productName: "robotstofzuiger", centre, appUrl: "https://ttv.example.nl", municipalitySlug: "den-haag" };
const slots = [
  { opens: "09:00", closes: "12:00" },
  { opens: "13:00", closes: "17:00" },
];

type WithoutChannel<T> = T extends unknown ? Omit<T, "channel" | "locale"> : never;
const inputs: [string, WithoutChannel<MessageInput>][] = [
  ["reservation_confirmation", { ...base, kind: "reservation_confirmation", reference: "KX7M2QPD", pickupDay: "2026-11-24", slots, loanPeriodDays: 28, holdUntil: new Date("2026-11-26T16:00:00Z") }],
  ["reservation_confirmation (10 days, midnight hold)", { ...base, kind: "reservation_confirmation", reference: "KX7M2QPD", pickupDay: "2026-11-24", slots: [], loanPeriodDays: 10, holdUntil: new Date("2026-11-25T23:00:00Z") }],
  ["pickup_reminder", { ...base, kind: "pickup_reminder", reference: "KX7M2QPD", pickupDay: "2026-11-24", slots }],
  ["return_reminder", { ...base, kind: "return_reminder", dueDay: "2026-12-22", outcomePath: "/uitkomst/AbCdEfGhIjKlMnOpQrStUv" }],
  ["return_reminder (no question)", { ...base, kind: "return_reminder", dueDay: "2026-12-22" }],
  ["waitlist_confirmation", { ...base, kind: "waitlist_confirmation", reference: "HFNTR5HD", position: 3 }],
  ["waitlist_offer", { ...base, kind: "waitlist_offer", reference: "HFNTR5HD", offerExpiresAt: new Date("2026-11-25T13:00:00Z") }],
];

/** A word of the Dutch template that must not show up in another language's message. */
const DUTCH = /\b(Beste|Met vriendelijke groet|Ophalen|Neem mee|reservering|wachtlijst|hulpmiddel|tussen|uiterlijk|Morgen)\b/;
/** What the same message says in each language (one greeting per language proves it is not the Dutch fallback). */
const GREETING: Record<Locale, RegExp> = { nl: /^Beste /, en: /^Dear /, tr: /^Sayın /, ar: /^عزيزي/, pl: /^Dzień dobry / };

const cases = LOCALES.flatMap((locale) => inputs.flatMap(([name, input]) => (["email", "sms"] as Channel[]).map((channel) => [locale, name, channel, input] as const)));

describe("composeMessage in every language", () => {
  it.each(cases)("%s: %s by %s is complete", (locale, _name, channel, input) => {
    const { subject, body } = composeMessage({ ...input, channel, locale } as MessageInput);
    const text = `${subject}\n${body}`;
    expect(subject.trim().length).toBeGreaterThan(3);
    // no unfilled ICU placeholder, no missing value, no raw message key
    expect(text).not.toMatch(/[{}]|undefined|null|NaN|\[object|\b(confirmation|pickupReminder|returnReminder|waitlistConfirmation|waitlistOffer|time)\.[a-zA-Z]+/);
    expect(body).toContain(input.productName);
    if (!("outcomePath" in input && channel === "sms")) expect(body).toContain(centre.name);
    if ("reference" in input) expect(body).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}|\/(reservering|wachtlijst)\/[A-Z0-9]{8}/);
    // links keep the language (Dutch is the default and needs no parameter)
    for (const url of body.match(/https:\/\/\S+/g) ?? []) {
      if (locale === "nl") expect(url).not.toContain("taal=");
      else expect(url).toMatch(new RegExp(`[?&]taal=${locale}$`));
    }
    if (channel === "email") {
      expect(body).toMatch(GREETING[locale]);
      expect(body).toContain(centre.phone);
    } else expect(body.length).toBeLessThanOrEqual(locale === "nl" ? 320 : 400);
    if (locale !== "nl") expect(text.replace(/https:\/\/\S+/g, "")).not.toMatch(DUTCH);
  });

  it("falls back to Dutch for a missing or unknown language", () => {
    const [, input] = inputs[0]!;
    const dutch = composeMessage({ ...input, channel: "email", locale: "nl" } as MessageInput);
    expect(composeMessage({ ...input, channel: "email" } as MessageInput)).toEqual(dutch);
    expect(composeMessage({ ...input, channel: "email", locale: "xx" } as MessageInput)).toEqual(dutch);
  });

  it.each([
    ["tr", /24 Kasım 2026 Salı|Salı 24 Kasım 2026|24 Kasım 2026/, /09:00 ile 12:00 arası/],
    ["en", /Tuesday,? 24 November 2026/, /between 09:00 and 12:00 or between 13:00 and 17:00/],
    ["ar", /2026/, /بين 09:00 و12:00/],
    ["pl", /24 listopada 2026/, /między 09:00 a 12:00/],
    ["nl", /dinsdag 24 november 2026/, /tussen 9\.00 en 12\.00 uur of tussen 13\.00 en 17\.00 uur/],
  ] as const)("%s writes the day and the opening times in its own way", (locale, day, times) => {
    const [, input] = inputs[0]!;
    const { body } = composeMessage({ ...input, channel: "email", locale } as MessageInput);
    expect(body).toMatch(day);
    expect(body).toMatch(times);
  });
});
