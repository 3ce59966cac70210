import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";

export interface MunicipalityOverviewRow {
  id: string;
  slug: string;
  name: string;
  status: string;
  postcodeAreas: string[];
  openCentres: number;
  activeUsers: number;
  openInvitations: number;
}

/** Every municipality with its status and counts, for the platform administrator's list. */
export async function listMunicipalitiesOverview({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<MunicipalityOverviewRow[]> {
  const scope = adminScope(actor, "municipality:manage");
  if (scope.actor.role !== "PLATFORM_ADMIN") throw adminNotFound();
  const rows = await db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      postcodeAreas: true,
      _count: {
        select: {
          centres: { where: { closedAt: null } },
          users: { where: { active: true } },
          invitations: { where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } } },
        },
      },
    },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, status: r.status, postcodeAreas: r.postcodeAreas, openCentres: r._count.centres, activeUsers: r._count.users, openInvitations: r._count.invitations }));
}
