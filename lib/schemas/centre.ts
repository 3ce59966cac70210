/**
 * zod schemas for a lending centre's details, its weekly opening hours (up to two slots per weekday) and closed
 * days. Field names are the form's Dutch names; messages are Dutch (B1).
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const SLOTS = ["a", "b"] as const;

const text = (max: number, required?: string) => {
  const base = z.string().trim().max(max, { error: `Gebruik hoogstens ${max} tekens.` });
  return required ? base.min(1, { error: required }) : base.default("");
};

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface HoursSlot {
  weekday: number;
  opens: string;
  closes: string;
}

/** Reads the form's hour fields ("van-1-a", "tot-1-a", ...) into slots, with a message per field that is wrong. */
export function parseOpeningHours(read: (name: string) => string): { slots: HoursSlot[]; errors: Record<string, string[]> } {
  const slots: HoursSlot[] = [];
  const errors: Record<string, string[]> = {};
  for (const weekday of WEEKDAYS) {
    for (const slot of SLOTS) {
      const opensField = `van-${weekday}-${slot}`;
      const closesField = `tot-${weekday}-${slot}`;
      const opens = read(opensField).trim().replace(".", ":");
      const closes = read(closesField).trim().replace(".", ":");
      if (!opens && !closes) continue;
      if (!opens) errors[opensField] = ["Vul ook in hoe laat het opengaat."];
      else if (!time.test(opens)) errors[opensField] = ["Schrijf de tijd als 09:30."];
      if (!closes) errors[closesField] = ["Vul ook in hoe laat het dichtgaat."];
      else if (!time.test(closes)) errors[closesField] = ["Schrijf de tijd als 17:00."];
      if (opens && closes && time.test(opens) && time.test(closes)) {
        if (closes <= opens) errors[closesField] = ["Het uitleenpunt moet later dicht dan open."];
        else slots.push({ weekday, opens, closes });
      }
    }
    const day = slots.filter((s) => s.weekday === weekday).sort((x, y) => x.opens.localeCompare(y.opens));
    if (day.length === 2 && day[1]!.opens < day[0]!.closes) errors[`van-${weekday}-b`] = ["De tweede tijd begint voordat de eerste eindigt."];
  }
  return { slots, errors };
}

export const centreSchema = z.object({
  naam: text(100, "Vul de naam van het uitleenpunt in."),
  straat: text(150, "Vul de straat en het huisnummer in."),
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[1-9]\d{3} ?[A-Z]{2}$/, { error: "Vul een postcode in zoals 2514 JS." })
    .transform((v) => `${v.slice(0, 4)} ${v.slice(-2)}`),
  plaats: text(100, "Vul de plaats in."),
  wijk: text(100, "Vul de wijk in."),
  telefoon: text(40, "Vul een telefoonnummer in.").pipe(z.string().regex(/^[0-9 +()-]+$/, { error: "Gebruik alleen cijfers, spaties en + - ( )." })),
  email: z.string().trim().toLowerCase().max(200).pipe(z.email({ error: "Vul een e-mailadres in, zoals uitleenpunt@gemeente.nl." })),
  beschrijving: text(1000),
});

export type CentreInput = z.infer<typeof centreSchema>;

export const closedDaySchema = z.object({
  datum: z
    .string({ error: "Kies een datum." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Kies een datum." })
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, { error: "Deze datum bestaat niet." }),
  reden: text(200),
});

/** A slug for a new centre: municipality slug + name, in plain letters. */
export function centreSlug(municipalitySlug: string, name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
  return `${municipalitySlug}-${plain || "uitleenpunt"}`;
}
