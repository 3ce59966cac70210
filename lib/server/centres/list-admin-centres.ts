import "server-only";
import { isoDateInAmsterdam } from "@/lib/util/dates";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminScope } from "@/lib/server/admin/admin-scope";

export interface AdminCentreRow {
  id: string;
  name: string;
  district: string;
  street: string;
  postcode: string;
  city: string;
  municipalityId: string;
  municipalityName: string;
  closedAt: Date | null;
  hours: { weekday: number; opens: string; closes: string }[];
  upcomingClosedDays: number;
}

/** The lending centres an administrator manages (own municipality; platform: one or all), open ones first. */
export async function listAdminCentres({ actor, municipalityId, includeClosed = true, today }: { actor: Actor | null; municipalityId?: string | null; includeClosed?: boolean; today?: string }): Promise<AdminCentreRow[]> {
  const scope = adminScope(actor, "centre:manage", municipalityId);
  const day = today ?? isoDateInAmsterdam();
  const rows = await db.lendingCentre.findMany({
    where: { ...(scope.municipalityId ? { municipalityId: scope.municipalityId } : {}), ...(includeClosed ? {} : { closedAt: null }) },
    orderBy: [{ municipality: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      district: true,
      street: true,
      postcode: true,
      city: true,
      closedAt: true,
      municipalityId: true,
      municipality: { select: { name: true } },
      openingHours: { select: { weekday: true, opens: true, closes: true }, orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
      _count: { select: { closedDays: { where: { date: { gte: day } } } } },
    },
  });
  const mapped = rows.map((r) => ({
    id: r.id,
    name: r.name,
    district: r.district,
    street: r.street,
    postcode: r.postcode,
    city: r.city,
    municipalityId: r.municipalityId,
    municipalityName: r.municipality.name,
    closedAt: r.closedAt,
    hours: r.openingHours,
    upcomingClosedDays: r._count.closedDays,
  }));
  return [...mapped.filter((c) => !c.closedAt), ...mapped.filter((c) => c.closedAt)];
}
