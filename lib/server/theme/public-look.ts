import "server-only";
import { wmoDeskOf, type WmoDesk } from "@/lib/server/municipalities/wmo-desk";
import { cache } from "react";
import { db } from "@/lib/db";
import { normaliseCode } from "@/lib/util/codes";
import { readTheme, type Theme } from "@/lib/theme/theme";
import { logoSrc } from "./manage-look";

/**
 * Public (no account): what residents of one municipality see of its look and its own home at /<slug>. Nothing
 * personal. The record lookups below only say which municipality a resident's code belongs to (for its look); they
 * are not a way to read the record: the pages themselves still look the record up (rate-limited, lib/api/rate-limit).
 */
export interface MunicipalityLook {
  slug: string;
  name: string;
  paused: boolean;
  welcomeText: string;
  wmoDesk: WmoDesk;
  theme: Theme;
  /** true when the municipality chose a theme (false: the default look) */
  themed: boolean;
  logo: { src: string; alt: string; width: number; height: number } | null;
}

export const getMunicipalityLook = cache(async (slug: string): Promise<MunicipalityLook | null> => {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const m = await db.municipality.findUnique({
    where: { slug },
    select: { slug: true, name: true, status: true, welcomeText: true, wmoDeskPhone: true, wmoDeskUrl: true, wmoDeskHours: true, theme: true, logo: { select: { alt: true, width: true, height: true, sha256: true } } },
  });
  if (!m) return null;
  return {
    slug: m.slug,
    name: m.name,
    paused: m.status === "paused",
    welcomeText: m.welcomeText,
    wmoDesk: wmoDeskOf(m),
    theme: readTheme(m.theme),
    themed: m.theme !== null,
    logo: m.logo ? { src: logoSrc(m.slug, m.logo.sha256), alt: m.logo.alt, width: m.logo.width, height: m.logo.height } : null,
  };
});

/** The stored logo file for GET /<slug>/logo; null when the municipality or its logo does not exist. */
export async function getLogoFile(slug: string): Promise<{ data: Uint8Array; mimeType: string; sha256: string; updatedAt: Date } | null> {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const logo = await db.municipalityLogo.findFirst({ where: { municipality: { slug } }, select: { data: true, mimeType: true, sha256: true, updatedAt: true } });
  return logo;
}

/** Which municipality a resident's code belongs to (its slug), for its look; null when unknown. */
export const municipalitySlugFor = cache(async (kind: "assessment" | "reservation" | "waitlist" | "centre" | "report", code: string): Promise<string | null> => {
  const value = kind === "centre" ? code : normaliseCode(code ?? "");
  if (!value || value.length > 80) return null;
  switch (kind) {
    case "assessment":
      return (await db.assessment.findUnique({ where: { code: value }, select: { municipality: { select: { slug: true } } } }))?.municipality.slug ?? null;
    case "reservation":
      return (await db.reservation.findUnique({ where: { reference: value }, select: { centre: { select: { municipality: { select: { slug: true } } } } } }))?.centre.municipality.slug ?? null;
    case "waitlist":
      return (await db.waitlistEntry.findUnique({ where: { reference: value }, select: { centre: { select: { municipality: { select: { slug: true } } } } } }))?.centre.municipality.slug ?? null;
    case "centre":
      return (await db.lendingCentre.findUnique({ where: { slug: value }, select: { municipality: { select: { slug: true } } } }))?.municipality.slug ?? null;
    case "report":
      return (await db.case.findUnique({ where: { reportCode: value }, select: { municipality: { select: { slug: true } } } }))?.municipality.slug ?? null;
  }
});
