import "server-only";
import { db } from "@/lib/db";

export interface PublicCentre {
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  district: string;
  phone: string;
  email: string;
  description: string;
  municipality: { slug: string; name: string };
  hours: { weekday: number; opens: string; closes: string }[];
}

const select = {
  slug: true,
  name: true,
  street: true,
  postcode: true,
  city: true,
  district: true,
  phone: true,
  email: true,
  description: true,
  municipality: { select: { slug: true, name: true } },
  openingHours: { select: { weekday: true, opens: true, closes: true }, orderBy: [{ weekday: "asc" as const }, { opens: "asc" as const }] },
};

function toPublic(c: { openingHours: PublicCentre["hours"] } & Omit<PublicCentre, "hours">): PublicCentre {
  const { openingHours, ...rest } = c;
  return { ...rest, hours: openingHours };
}

/** Public facts about lending centres (addresses, opening hours): no stock, no personal data. */
export async function listCentres(): Promise<PublicCentre[]> {
  // a closed centre is no longer shown to residents
  const rows = await db.lendingCentre.findMany({ where: { closedAt: null }, select, orderBy: [{ municipality: { name: "asc" } }, { name: "asc" }] });
  return rows.map(toPublic);
}

export async function getCentreBySlug(slug: string): Promise<PublicCentre | null> {
  const row = await db.lendingCentre.findFirst({ where: { slug, closedAt: null }, select });
  return row ? toPublic(row) : null;
}
