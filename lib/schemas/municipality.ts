/**
 * zod schemas for onboarding and editing a municipality (/beheer/gemeenten) and the pure parser of the postcode
 * areas it serves ("2491-2599" or "2280", one per line or separated by commas). Dutch (B1) messages.
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { emailSchema, personNameSchema } from "./people";
import { isReservedSlug } from "@/lib/theme/reserved-slugs";

export type PostcodeAreasResult = { ok: true; areas: string[] } | { ok: false; message: string };

/** Parses what an administrator types into normalised PC4 ranges; empty input is allowed (no areas yet). */
export function parsePostcodeAreas(text: string): PostcodeAreasResult {
  const parts = text
    .split(/[\n,;]+/)
    .map((p) => p.replace(/\s+/g, ""))
    .filter(Boolean);
  if (parts.length > 100) return { ok: false, message: "Vul hoogstens 100 gebieden in." };
  const areas: string[] = [];
  for (const part of parts) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part.replace(/[–—]/g, "-"));
    if (!m) return { ok: false, message: `"${part.slice(0, 20)}" is geen postcodegebied. Schrijf vier cijfers, of een reeks zoals 2491-2599.` };
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from < 1000 || to < 1000) return { ok: false, message: `"${part}": een postcode begint niet met een 0.` };
    if (to < from) return { ok: false, message: `"${part}": het eerste getal moet kleiner zijn dan het tweede.` };
    const area = from === to ? String(from) : `${from}-${to}`;
    if (!areas.includes(area)) areas.push(area);
  }
  return { ok: true, areas };
}

const optionalText = (max: number) => z.string().trim().max(max, { error: `Gebruik hoogstens ${max} tekens.` }).default("");

export const slugSchema = z
  .string({ error: "Vul een korte naam voor in de adresbalk in." })
  .trim()
  .toLowerCase()
  .min(2, { error: "Gebruik minstens 2 tekens." })
  .max(60, { error: "Gebruik hoogstens 60 tekens." })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Gebruik alleen kleine letters, cijfers en streepjes, zoals den-haag." });

export const postcodeAreasSchema = z
  .string()
  .max(2000, { error: "Dit is te lang." })
  .default("")
  .transform((text, ctx) => {
    const result = parsePostcodeAreas(text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.areas;
  });

export const wmoDeskSchema = {
  wmoTelefoon: optionalText(40).pipe(z.string().regex(/^[0-9 +()-]*$/, { error: "Gebruik alleen cijfers, spaties en + - ( )." })),
  wmoWebsite: optionalText(300).pipe(
    z.string().refine((v) => v === "" || /^https:\/\/[^\s]+\.[^\s]+$/.test(v), { error: "Vul een webadres in dat met https:// begint, of laat het leeg." }),
  ),
  wmoOpeningstijden: optionalText(200),
};

/** A new municipality's slug: also not one of the app's own top-level addresses (lib/theme/reserved-slugs.ts). */
export const newSlugSchema = slugSchema.refine((slug) => !isReservedSlug(slug), {
  error: "Deze korte naam is al gebruikt voor een bestaand adres van de website. Kies een andere, bijvoorbeeld met de naam van de gemeente erin.",
});

export const createMunicipalitySchema = z.object({
  naam: z.string({ error: "Vul de naam van de gemeente in." }).trim().min(2, { error: "Vul de naam van de gemeente in." }).max(100, { error: "Gebruik hoogstens 100 tekens." }),
  slug: newSlugSchema,
  postcodegebieden: postcodeAreasSchema,
  ...wmoDeskSchema,
  beheerderNaam: personNameSchema,
  beheerderEmail: emailSchema,
});

export type CreateMunicipalityInput = z.infer<typeof createMunicipalitySchema>;

/** The texts a municipality changes itself on /beheer/instellingen. */
export const municipalityTextsSchema = z.object({
  welkomsttekst: z.string().trim().max(1000, { error: "Gebruik hoogstens 1000 tekens." }).default(""),
  ...wmoDeskSchema,
  privacycontact: z.string().trim().max(200, { error: "Gebruik hoogstens 200 tekens." }).default(""),
});
export type MunicipalityTextsInput = z.infer<typeof municipalityTextsSchema>;
