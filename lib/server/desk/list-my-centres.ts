import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { deskCentreIds } from "./desk-scope";
import type { DeskCentre } from "./get-desk-centre";

/** The centres this person works at, by name (for the centre switcher). */
export async function listMyCentres({ actor }: { actor: Actor }): Promise<DeskCentre[]> {
  const centreIds = deskCentreIds(actor);
  return db.lendingCentre.findMany({
    where: { id: { in: centreIds } },
    select: { id: true, slug: true, name: true, municipalityId: true },
    orderBy: { name: "asc" },
  });
}
