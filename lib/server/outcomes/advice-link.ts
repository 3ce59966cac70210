import "server-only";
import { db } from "@/lib/db";
import { normaliseCode } from "@/lib/util/codes";
import { readSnapshotItems } from "./snapshot-facts";

/**
 * The advice snapshot a reservation came from, by the snapshot's code that the advice page passes to the reserve page
 * (?advies=CODE; random, no personal data). Best effort: an unknown code, another municipality's snapshot, or a
 * snapshot that did not recommend this product gives null, and the reservation goes ahead without the link.
 */
export async function resolveAdviceSnapshot(code: string | null | undefined, municipalityId: string, productSlug: string): Promise<string | null> {
  if (typeof code !== "string") return null;
  const normal = normaliseCode(code);
  if (!/^[A-Z0-9]{4,16}$/.test(normal)) return null;
  const row = await db.adviceSnapshot.findUnique({ where: { code: normal }, select: { id: true, municipalityId: true, items: true } });
  if (!row || row.municipalityId !== municipalityId) return null;
  return readSnapshotItems(row.items).some((i) => i.slug === productSlug) ? row.id : null;
}
