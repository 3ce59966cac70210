import "server-only";
import type { ErrorKey } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminNotFound, type AdminScope } from "@/lib/server/admin/admin-scope";

export const CENTRE_NOT_FOUND: ErrorKey = "staff.centreNotFoundInMunicipality";

type Tx = Prisma.TransactionClient;

/** One centre this administrator manages, or NOT_FOUND (another municipality's centre reads the same as none). */
export async function findScopedCentre(tx: Tx, scope: AdminScope, centreId: string) {
  if (!centreId || centreId.length > 64) throw adminNotFound(CENTRE_NOT_FOUND);
  const centre = await tx.lendingCentre.findFirst({
    where: { id: centreId, ...(scope.municipalityId ? { municipalityId: scope.municipalityId } : {}) },
    select: { id: true, municipalityId: true, closedAt: true, name: true },
  });
  if (!centre) throw adminNotFound(CENTRE_NOT_FOUND);
  return centre;
}
