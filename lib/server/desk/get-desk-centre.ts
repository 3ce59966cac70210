import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { CENTRE_NOT_FOUND, checkSlug, deskCentreIds, notFound } from "./desk-scope";

export interface DeskCentre {
  id: string;
  slug: string;
  name: string;
  municipalityId: string;
}

const select = { id: true, slug: true, name: true, municipalityId: true } as const;

/** One centre whose desk this person runs, by its public slug; any other centre reads as not found. */
export async function getDeskCentre({ actor, centreSlug }: { actor: Actor; centreSlug: string }): Promise<DeskCentre> {
  const centreIds = deskCentreIds(actor);
  checkSlug(centreSlug);
  const centre = await db.lendingCentre.findFirst({ where: { slug: centreSlug, id: { in: centreIds } }, select });
  if (!centre) throw notFound(CENTRE_NOT_FOUND);
  return centre;
}
