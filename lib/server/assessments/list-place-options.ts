import "server-only";
import { db } from "@/lib/db";

/** The municipalities a resident can choose from, by name. */
export async function listMunicipalities(): Promise<{ slug: string; name: string }[]> {
  return db.municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** The districts that have a lending centre in a municipality, by name (for "kies uw wijk"). */
export async function listDistricts({ municipalitySlug }: { municipalitySlug: string }): Promise<string[]> {
  const rows = await db.lendingCentre.findMany({
    where: { municipality: { slug: municipalitySlug }, closedAt: null },
    distinct: ["district"],
    orderBy: { district: "asc" },
    select: { district: true },
  });
  return rows.map((r) => r.district);
}
