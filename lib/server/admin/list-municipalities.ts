import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminScope } from "./admin-scope";

export interface MunicipalityOption {
  id: string;
  slug: string;
  name: string;
}

/** The municipalities an administrator may look at: their own, or every one for a platform administrator. */
export async function listAdministeredMunicipalities({ actor }: { actor: Actor | null }): Promise<MunicipalityOption[]> {
  const scope = adminScope(actor, "audit:read");
  return db.municipality.findMany({
    where: scope.municipalityId ? { id: scope.municipalityId } : {},
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
}
