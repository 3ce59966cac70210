import { describe, expect, it } from "vitest";
import { composeMessage, type Channel, type MessageInput } from "./messages";

const centre = { name: "Zorginnovatiehub Leyweg", street: "Leyweg 299", postcode: "2545 GH", city: "Den Haag", phone: "070 353 00 00" };
const base = { name: "Mevrouw De Vries", productName: "robotstofzuiger", centre, appUrl: "https://ttv.example.nl" };
const slots = [{ opens: "09:00", closes: "17:00" }];

type WithoutChannel<T> = T extends unknown ? Omit<T, "channel"> : never;
type Case = [string, WithoutChannel<MessageInput>, RegExp[]];
const cases: Case[] = [
  ["reservation confirmation", { ...base, kind: "reservation_confirmation", reference: "KX7M2QPD", pickupDay: "2026-11-24", slots, loanPeriodDays: 28 }, [/KX7M-2QPD/, /dinsdag 24 november 2026/, /tussen 9\.00 en 17\.00 uur/, /reservering\/KX7M2QPD/]],
  ["pickup reminder", { ...base, kind: "pickup_reminder", reference: "KX7M2QPD", pickupDay: "2026-11-24", slots }, [/Morgen/, /tussen 9\.00 en 17\.00 uur/, /KX7M-2QPD/, /nnuleer/]],
  ["return reminder", { ...base, kind: "return_reminder", dueDay: "2026-12-22" }, [/dinsdag 22 december 2026/, /070 353 00 00/]],
  ["return reminder with the outcome link", { ...base, kind: "return_reminder", dueDay: "2026-12-22", outcomePath: "/uitkomst/AbCdEfGhIjKlMnOpQrStUv" }, [/Hoe ging het/, /https:\/\/ttv\.example\.nl\/uitkomst\/AbCdEfGhIjKlMnOpQrStUv/]],
  ["waiting-list confirmation", { ...base, kind: "waitlist_confirmation", reference: "HFNTR5HD", position: 2 }, [/nummer 2/, /HFNT-R5HD/, /wachtlijst\/HFNTR5HD/]],
  ["waiting-list offer", { ...base, kind: "waitlist_offer", reference: "HFNTR5HD", offerExpiresAt: new Date("2026-11-25T13:00:00Z") }, [/25 november 2026 om 14:00/, /wachtlijst\/HFNTR5HD/]],
];

describe("composeMessage", () => {
  it("names the last moment to pick up: the closing time of the last day the centre holds it", () => {
    const input = { ...base, kind: "reservation_confirmation", reference: "KX7M2QPD", pickupDay: "2026-12-24", slots, loanPeriodDays: 28, holdUntil: new Date("2026-12-28T16:00:00Z") } as const;
    expect(composeMessage({ ...input, channel: "email" }).body).toMatch(/klaar tot en met maandag 28 december 2026 om 17\.00 uur/);
  });

  describe.each(["email", "sms"] as Channel[])("by %s", (channel) => {
    it.each(cases)("%s says what matters, in full sentences, without gaps", (_name, input, expected) => {
      const { subject, body } = composeMessage({ ...input, channel } as MessageInput);
      expect(subject.length).toBeGreaterThan(3);
      expect(body).toContain(input.productName);
      expect(body).toContain(centre.name);
      for (const pattern of expected) expect(body).toMatch(pattern);
      expect(`${subject} ${body}`).not.toMatch(/undefined|null|NaN|\[object/);
      if (channel === "sms") expect(body.length).toBeLessThanOrEqual(320);
      else {
        expect(body.startsWith("Beste Mevrouw De Vries,")).toBe(true);
        expect(body).toContain("Met vriendelijke groet");
      }
    });
  });

  it("asks to bring ID and the code with every pickup message", () => {
    for (const [, input] of cases.slice(0, 2)) {
      expect(composeMessage({ ...input, channel: "email" } as MessageInput).body).toMatch(/identiteitsbewijs[\s\S]*reserveringscode/);
    }
  });
});

describe("links keep the resident's municipality (issue 9)", () => {
  it.each(cases.filter(([, input]) => "reference" in input).flatMap(([name, input]) => (["email", "sms"] as Channel[]).map((channel) => [name, channel, input] as const)))(
    "%s by %s links to /<slug>/...",
    (_name, channel, input) => {
      const { body } = composeMessage({ ...input, channel, municipalitySlug: "den-haag" } as MessageInput);
      expect(body).toMatch(/https:\/\/ttv\.example\.nl\/den-haag\/(reservering|wachtlijst)\/[A-Z0-9]{8}/);
      if (channel === "sms") expect(body.length).toBeLessThanOrEqual(320);
    },
  );
});
