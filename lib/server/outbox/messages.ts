/**
 * The texts of the messages residents get (B1 Dutch: short sentences, plain words, "u"). Pure: plain data in,
 * subject and body out; unit-tested beside this file. An e-mail gets the full text; a text message (sms) a short one.
 */
import { formatCode } from "@/lib/util/codes";
import { formatDayLong, formatMoment } from "@/lib/util/dates";
import { betweenTimes } from "@/lib/util/opening-times";
import { holdUntilText } from "@/lib/server/lending/calendar";
import { WHAT_TO_BRING } from "@/lib/server/lending/consent-text";

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

const link = (appUrl: string, path: string, municipalitySlug?: string) => new URL(municipalitySlug ? `/${municipalitySlug}${path}` : path, appUrl).toString();
const address = (c: CentreInfo) => `${c.street}, ${c.postcode} ${c.city}`;
const period = (days: number) => (days % 7 === 0 ? `${days / 7} ${days === 7 ? "week" : "weken"}` : `${days} dagen`);
const signOff = (c: CentreInfo) => `Met vriendelijke groet,\n${c.name}\nTelefoon: ${c.phone}`;
const bring = () => WHAT_TO_BRING.map((item) => `- ${item}`).join("\n");

/** Subject and body for one message. */
export function composeMessage(input: MessageInput): Composed {
  const sms = input.channel === "sms";
  const hello = `Beste ${input.name},`;
  switch (input.kind) {
    case "reservation_confirmation": {
      const url = link(input.appUrl, `/reservering/${input.reference}`, input.municipalitySlug);
      const code = formatCode(input.reference);
      if (sms) {
        return {
          subject: "Reservering",
          body: `U hebt een ${input.productName} gereserveerd bij ${input.centre.name}. Uw code: ${code}. Ophalen: ${formatDayLong(input.pickupDay)}, ${betweenTimes(input.slots)}. Neem uw ID en de code mee. Bekijken of annuleren: ${url}`,
        };
      }
      return {
        subject: `Uw reservering: ${input.productName}`,
        body: [
          hello,
          `U hebt een ${input.productName} gereserveerd bij ${input.centre.name}.\nUw reserveringscode is: ${code}`,
          `Ophalen: ${formatDayLong(input.pickupDay)}, ${betweenTimes(input.slots)}.${input.holdUntil ? `\nLukt het die dag niet? Het ligt voor u klaar ${holdUntilText(input.holdUntil)}.` : ""}\nAdres: ${address(input.centre)}`,
          `Neem mee:\n${bring()}`,
          `U mag het hulpmiddel ${period(input.loanPeriodDays)} lenen.`,
          `Wilt u de reservering bekijken of annuleren? Ga naar:\n${url}`,
          signOff(input.centre),
        ].join("\n\n"),
      };
    }
    case "pickup_reminder": {
      const url = link(input.appUrl, `/reservering/${input.reference}`, input.municipalitySlug);
      const code = formatCode(input.reference);
      if (sms) {
        return {
          subject: "Herinnering ophalen",
          body: `Morgen kunt u de ${input.productName} ophalen bij ${input.centre.name}, ${betweenTimes(input.slots)}. Neem uw ID en code ${code} mee. Kunt u niet? Annuleer dan: ${url}`,
        };
      }
      return {
        subject: `Morgen ophalen: ${input.productName}`,
        body: [
          hello,
          `Morgen, ${formatDayLong(input.pickupDay)}, kunt u de ${input.productName} ophalen bij ${input.centre.name}.\nDat kan ${betweenTimes(input.slots)}.\nAdres: ${address(input.centre)}`,
          `Neem mee:\n${bring()}\nUw code is: ${code}`,
          `Kunt u niet komen? Annuleer dan de reservering. Dan kan iemand anders het hulpmiddel lenen.\n${url}`,
          signOff(input.centre),
        ].join("\n\n"),
      };
    }
    case "return_reminder": {
      if (sms) {
        return {
          subject: "Herinnering terugbrengen",
          body: `Breng de ${input.productName} uiterlijk ${formatDayLong(input.dueDay)} terug naar ${input.centre.name}. Langer lenen? Bel ${input.centre.phone}.${input.outcomePath ? ` Hoe ging het? ${link(input.appUrl, input.outcomePath)}` : ""}`,
        };
      }
      return {
        subject: `Terugbrengen: ${input.productName}`,
        body: [
          hello,
          `U leent de ${input.productName} van ${input.centre.name}.\nBreng het hulpmiddel uiterlijk ${formatDayLong(input.dueDay)} terug.\nAdres: ${address(input.centre)}`,
          "Maak het hulpmiddel schoon voordat u het terugbrengt. Neem alle onderdelen mee.",
          `Wilt u het langer lenen? Bel ${input.centre.phone}. Dat kan als niemand anders op het hulpmiddel wacht.`,
          ...(input.outcomePath ? [`Hoe ging het met de ${input.productName}? Vertel het ons met twee klikken. Wij bewaren uw antwoord zonder uw naam:\n${link(input.appUrl, input.outcomePath)}`] : []),
          signOff(input.centre),
        ].join("\n\n"),
      };
    }
    case "waitlist_confirmation": {
      const url = link(input.appUrl, `/wachtlijst/${input.reference}`, input.municipalitySlug);
      const code = formatCode(input.reference);
      if (sms) {
        return {
          subject: "Wachtlijst",
          body: `U staat op de wachtlijst voor een ${input.productName} bij ${input.centre.name}. U bent nummer ${input.position}. Uw code: ${code}. Wij sturen een bericht als het voor u klaarstaat. ${url}`,
        };
      }
      return {
        subject: `U staat op de wachtlijst: ${input.productName}`,
        body: [
          hello,
          `U staat op de wachtlijst voor een ${input.productName} bij ${input.centre.name}.\nU bent nummer ${input.position} op de lijst.\nUw code is: ${code}`,
          "Komt er een hulpmiddel vrij? Dan sturen wij u een bericht. U hebt dan even de tijd om ja te zeggen.",
          `Bekijk hoe het staat, of meld u af:\n${url}`,
          signOff(input.centre),
        ].join("\n\n"),
      };
    }
    case "waitlist_offer": {
      const url = link(input.appUrl, `/wachtlijst/${input.reference}`, input.municipalitySlug);
      const until = formatMoment(input.offerExpiresAt);
      if (sms) {
        return {
          subject: "Hulpmiddel vrij",
          body: `Er is een ${input.productName} vrij voor u bij ${input.centre.name}. Wij houden het vast tot ${until}. Wilt u het lenen? Zeg ja via ${url}`,
        };
      }
      return {
        subject: `Er is een ${input.productName} voor u`,
        body: [
          hello,
          `Goed nieuws: er is een ${input.productName} vrij bij ${input.centre.name}.\nWij houden het voor u vast tot ${until}.`,
          `Wilt u het lenen? Ga naar de pagina hieronder, kies een dag om het op te halen en klik op de knop.\n${url}`,
          "Zegt u niet op tijd ja? Dan gaat het hulpmiddel naar de volgende persoon op de wachtlijst.",
          signOff(input.centre),
        ].join("\n\n"),
      };
    }
  }
}
