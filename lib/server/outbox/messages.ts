/**
 * The texts of the messages residents get, in the resident's language (stored with the reservation or the
 * waiting-list entry; Dutch when unknown). The sentences live in messages/<locale>/messages.json (B1 Dutch is the
 * source: short sentences, plain words, "u"); days, clock times and the loan period come from lib/i18n/lending-format.
 * Pure: plain data in, subject and body out; unit-tested beside this file. An e-mail gets the full text; a text
 * message (sms) a short one. Links keep the language (?taal=<locale>, the app's shareable-link parameter).
 */
import { DEFAULT_LOCALE, LOCALE_QUERY, parseLocale, type Locale } from "@/lib/i18n/config";
import { betweenTimes, dayLong, holdUntil, isolate, loanPeriod, moment } from "@/lib/i18n/lending-format";
import { translatorFor } from "@/lib/i18n/translator";
import { formatCode } from "@/lib/util/codes";

export type MessageKind = "reservation_confirmation" | "pickup_reminder" | "return_reminder" | "waitlist_confirmation" | "waitlist_offer";
export type Channel = "email" | "sms";

export interface CentreInfo {
  name: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
}

export interface Composed {
  subject: string;
  body: string;
}

interface Base {
  channel: Channel;
  name: string;
  productName: string;
  centre: CentreInfo;
  appUrl: string;
  /** the centre's municipality: links go to its own address, /<slug>/reservering/... (its look); absent: /reservering/... */
  municipalitySlug?: string;
  /** the resident's language, stored with the reservation or waiting-list entry; absent or unknown: Dutch */
  locale?: string | null;
}

export type MessageInput =
  | (Base & {
      kind: "reservation_confirmation";
      reference: string;
      pickupDay: string;
      slots: { opens: string; closes: string }[];
      loanPeriodDays: number;
      /** the last moment to pick up (closing time of the last day of the hold) */
      holdUntil?: Date;
    })
  | (Base & { kind: "pickup_reminder"; reference: string; pickupDay: string; slots: { opens: string; closes: string }[] })
  | (Base & {
      kind: "return_reminder";
      dueDay: string;
      /** the resident's "how did it go?" link (/uitkomst/<random token>, no personal data); absent: no question */
      outcomePath?: string;
    })
  | (Base & { kind: "waitlist_confirmation"; reference: string; position: number })
  | (Base & { kind: "waitlist_offer"; reference: string; offerExpiresAt: Date });

/** An absolute link; in the municipality's own address when given, and with ?taal= for a resident who chose another language. */
export function messageLink(appUrl: string, path: string, locale: Locale, municipalitySlug?: string): string {
  const url = new URL(municipalitySlug ? `/${municipalitySlug}${path}` : path, appUrl);
  if (locale !== DEFAULT_LOCALE) url.searchParams.set(LOCALE_QUERY, locale);
  return url.toString();
}

const address = (c: CentreInfo) => `${c.street}, ${c.postcode} ${c.city}`;

/** Subject and body for one message. */
export function composeMessage(input: MessageInput): Composed {
  const locale = parseLocale(input.locale) ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "messages");
  const r = translatorFor(locale, "reservation");
  const sms = input.channel === "sms";
  // Dutch names, addresses, phone numbers and codes keep their order inside an Arabic sentence
  const v = (value: string) => isolate(value, locale);
  const product = v(input.productName);
  const centre = v(input.centre.name);
  const phone = v(input.centre.phone);
  const hello = t("greeting", { name: v(input.name) });
  const signOff = t("signOff", { centre, phone });
  const where = t("address", { address: v(address(input.centre)) });
  const bring = `${t("bring")}\n${[r("bring.id"), r("bring.code")].map((item) => `- ${item}`).join("\n")}`;
  const link = (path: string, own = true) => messageLink(input.appUrl, path, locale, own ? input.municipalitySlug : undefined);
  switch (input.kind) {
    case "reservation_confirmation": {
      const url = link(`/reservering/${input.reference}`);
      const code = v(formatCode(input.reference));
      const day = dayLong(input.pickupDay, locale);
      const times = betweenTimes(input.slots, locale);
      if (sms) return { subject: t("confirmation.smsSubject"), body: t("confirmation.sms", { product, centre, code, day, times, url }) };
      return {
        subject: t("confirmation.subject", { product }),
        body: [
          hello,
          t("confirmation.intro", { product, centre, code }),
          [t("confirmation.pickup", { day, times }), ...(input.holdUntil ? [t("confirmation.hold", { until: holdUntil(input.holdUntil, locale) })] : []), where].join("\n"),
          bring,
          t("confirmation.loan", { period: loanPeriod(input.loanPeriodDays, locale) }),
          t("confirmation.manage", { url }),
          signOff,
        ].join("\n\n"),
      };
    }
    case "pickup_reminder": {
      const url = link(`/reservering/${input.reference}`);
      const code = v(formatCode(input.reference));
      const times = betweenTimes(input.slots, locale);
      if (sms) return { subject: t("pickupReminder.smsSubject"), body: t("pickupReminder.sms", { product, centre, times, code, url }) };
      return {
        subject: t("pickupReminder.subject", { product }),
        body: [
          hello,
          `${t("pickupReminder.intro", { day: dayLong(input.pickupDay, locale), product, centre, times })}\n${where}`,
          `${bring}\n${t("pickupReminder.code", { code })}`,
          t("pickupReminder.cancel", { url }),
          signOff,
        ].join("\n\n"),
      };
    }
    case "return_reminder": {
      const day = dayLong(input.dueDay, locale);
      // the outcome link is the app's own (/uitkomst/<token>), not the municipality's address
      const outcomeUrl = input.outcomePath ? link(input.outcomePath, false) : null;
      if (sms) {
        const body = t("returnReminder.sms", { product, day, centre, phone });
        return { subject: t("returnReminder.smsSubject"), body: outcomeUrl ? `${body} ${t("returnReminder.smsOutcome", { url: outcomeUrl })}` : body };
      }
      return {
        subject: t("returnReminder.subject", { product }),
        body: [
          hello,
          `${t("returnReminder.intro", { product, centre, day })}\n${where}`,
          t("returnReminder.clean"),
          t("returnReminder.longer", { phone }),
          ...(outcomeUrl ? [t("returnReminder.outcome", { product, url: outcomeUrl })] : []),
          signOff,
        ].join("\n\n"),
      };
    }
    case "waitlist_confirmation": {
      const url = link(`/wachtlijst/${input.reference}`);
      const code = v(formatCode(input.reference));
      const position = String(input.position);
      if (sms) return { subject: t("waitlistConfirmation.smsSubject"), body: t("waitlistConfirmation.sms", { product, centre, position, code, url }) };
      return {
        subject: t("waitlistConfirmation.subject", { product }),
        body: [hello, t("waitlistConfirmation.intro", { product, centre, position, code }), t("waitlistConfirmation.next"), t("waitlistConfirmation.manage", { url }), signOff].join("\n\n"),
      };
    }
    case "waitlist_offer": {
      const url = link(`/wachtlijst/${input.reference}`);
      const until = moment(input.offerExpiresAt, locale);
      if (sms) return { subject: t("waitlistOffer.smsSubject"), body: t("waitlistOffer.sms", { product, centre, until, url }) };
      return {
        subject: t("waitlistOffer.subject", { product }),
        body: [hello, t("waitlistOffer.intro", { product, centre, until }), t("waitlistOffer.how", { url }), t("waitlistOffer.late"), signOff].join("\n\n"),
      };
    }
  }
}

