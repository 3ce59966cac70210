import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { addDays, dateToDay, isoDateInAmsterdam } from "@/lib/util/dates";
import { versionedCache, type Versions } from "@/lib/server/cache/versions";

export interface UnitAvailability {
  productId: string;
  centreId: string;
  /** units that can be reserved right now */
  available: number;
  /** "YYYY-MM-DD" a unit is expected to be free again, or null (available now, or nothing expected) */
  nextAvailableDate: string | null;
}

interface Row {
  productId: string;
  centreId: string;
  available: bigint;
  next_loan: Date | null;
  next_reserved: Date | null;
  next_status: Date | null;
  loan_days: number;
  municipality_id: string;
}

/**
 * Live availability per product and centre, straight from the units' status. The advice page, the public API
 * and the staff desk all use this one function, so they always show the same number.
 * - available: units with status AVAILABLE;
 * - next date when none is available: the earliest of an active loan's due date (+ cleaning days), a reservation's
 *   pickup day + loan period (+ cleaning), or a unit's expected end of cleaning/repair. Retired units never count.
 */
export async function getAvailability(filter: { municipalityId?: string; centreIds?: string[]; productIds?: string[] }): Promise<UnitAvailability[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`u."status" <> 'RETIRED'`];
  if (filter.municipalityId) conditions.push(Prisma.sql`c."municipalityId" = ${filter.municipalityId}`);
  if (filter.centreIds) conditions.push(filter.centreIds.length ? Prisma.sql`u."centreId" IN (${Prisma.join(filter.centreIds)})` : Prisma.sql`false`);
  if (filter.productIds) conditions.push(filter.productIds.length ? Prisma.sql`u."productId" IN (${Prisma.join(filter.productIds)})` : Prisma.sql`false`);

  const rows = await db.$queryRaw<Row[]>`
    SELECT u."productId", u."centreId",
           count(*) FILTER (WHERE u."status" = 'AVAILABLE') AS available,
           min(l."dueAt") FILTER (WHERE u."status" = 'ON_LOAN') AS next_loan,
           min(r."pickupDate") FILTER (WHERE u."status" = 'RESERVED') AS next_reserved,
           min(u."statusUntil") FILTER (WHERE u."status" IN ('CLEANING', 'REPAIR')) AS next_status,
           max(p."loanPeriodDays") AS loan_days,
           max(c."municipalityId") AS municipality_id
      FROM "LendingUnit" u
      JOIN "LendingCentre" c ON c."id" = u."centreId"
      JOIN "Product" p ON p."id" = u."productId"
      LEFT JOIN "Loan" l ON l."unitId" = u."id" AND l."status" = 'ACTIVE'
      LEFT JOIN "Reservation" r ON r."unitId" = u."id" AND r."status" = 'RESERVED'
     WHERE ${Prisma.join(conditions, " AND ")}
     GROUP BY u."productId", u."centreId"`;

  const today = isoDateInAmsterdam();
  // cleaning days are each centre's municipality's own setting
  const municipalityIds = [...new Set(rows.map((r) => r.municipality_id))];
  const cleaningDays = new Map(await Promise.all(municipalityIds.map(async (id) => [id, (await loadMunicipalitySettings(id)).cleaningDays] as const)));
  return rows.map((row) => {
    const cleaning = cleaningDays.get(row.municipality_id) ?? 0;
    const available = Number(row.available);
    let next: string | null = null;
    if (available === 0) {
      const candidates: string[] = [];
      if (row.next_loan) candidates.push(addDays(isoDateInAmsterdam(row.next_loan), cleaning));
      if (row.next_reserved) candidates.push(addDays(dateToDay(row.next_reserved), row.loan_days + cleaning));
      if (row.next_status) candidates.push(isoDateInAmsterdam(row.next_status));
      // an overdue loan or a late repair: the earliest it can realistically be back is tomorrow
      next = candidates.map((d) => (d <= today ? addDays(today, 1) : d)).sort()[0] ?? null;
    }
    return { productId: row.productId, centreId: row.centreId, available, nextAvailableDate: next };
  });
}

const byMunicipality = versionedCache<UnitAvailability[]>(200);

/**
 * getAvailability for one municipality, kept in memory per app instance while the cache versions (catalogue,
 * municipality, availability; lib/server/cache/versions.ts) and today's date are unchanged. PostgreSQL bumps the
 * availability version at the commit of every change to a unit, loan or reservation, so the answer is never older
 * than the last committed change at a desk, on any instance. `versions` must have been read by this request.
 */
export function cachedAvailability(municipalityId: string, versions: Versions): Promise<UnitAvailability[]> {
  const token = `${versions.availability}|${versions.municipality}|${versions.catalogue}|${isoDateInAmsterdam()}`;
  return byMunicipality.get(municipalityId, token, () => getAvailability({ municipalityId }));
}
