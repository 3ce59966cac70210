import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminScope } from "./admin-scope";
import { outcomeTable, protectOutcomeRows, unitTable, type CentreUnitsRow, type ShownOutcomeRow, type UnitStatusKey } from "./insight-tables";
import { startOfAmsterdamMonth } from "./periods";

export interface MunicipalityInsights {
  /** null: all municipalities (platform administrator without a choice) */
  municipality: { id: string; name: string } | null;
  centreCount: number;
  units: { rows: CentreUnitsRow[]; totals: Record<UnitStatusKey, number>; total: number };
  reservationsThisMonth: number;
  activeLoans: number;
  cases: { open: number; followUp: number; closed: number; withApplication: number };
  /**
   * outcomes per product (desk, resident's link, consultant; walk-in loans too): did it help, what happened, why, and
   * whether it counts in the learning; counts below 10 hidden (null = "< 10"), with secondary suppression
   */
  outcomes: ShownOutcomeRow[];
  monthStart: Date;
}

/**
 * Figures for the admin home: centres, units per status, reservations this month, conversations and what residents
 * said about the products they tried (CaseOutcome). Counts only, no personal data. A municipality administrator
 * sees their own municipality; a platform administrator one municipality or all.
 */
export async function getMunicipalityInsights({ actor, municipalityId, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; now?: Date }): Promise<MunicipalityInsights> {
  const scope = adminScope(actor, "insights:read", municipalityId);
  const m = scope.municipalityId;
  const inCentre = m ? { centre: { municipalityId: m } } : {};
  const monthStart = startOfAmsterdamMonth(now);

  const [municipality, centres, unitGroups, reservationsThisMonth, activeLoans, caseGroups, withApplication, outcomeGroups] = await Promise.all([
    m ? db.municipality.findUnique({ where: { id: m }, select: { id: true, name: true } }) : Promise.resolve(null),
    db.lendingCentre.findMany({ where: m ? { municipalityId: m } : {}, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.lendingUnit.groupBy({ by: ["centreId", "status"], where: inCentre, _count: { _all: true } }),
    db.reservation.count({ where: { ...inCentre, createdAt: { gte: monthStart, lte: now } } }),
    db.loan.count({ where: { status: "ACTIVE", unit: inCentre } }),
    db.case.groupBy({ by: ["status"], where: m ? { municipalityId: m } : {}, _count: { _all: true } }),
    db.case.count({ where: { ...(m ? { municipalityId: m } : {}), hasApplication: true } }),
    db.outcome.groupBy({ by: ["productId", "helped", "result", "returnKind", "reasonCode", "difficulty"], where: m ? { municipalityId: m } : {}, _count: { _all: true } }),
  ]);

  const productIds = [...new Set(outcomeGroups.map((g) => g.productId))];
  const products = productIds.length ? await db.product.findMany({ where: { id: { in: productIds } }, select: { id: true, name: true } }) : [];
  const caseCount = (status: string) => caseGroups.find((g) => g.status === status)?._count._all ?? 0;

  return {
    municipality,
    centreCount: centres.length,
    units: unitTable(
      unitGroups.map((g) => ({ centreId: g.centreId, status: g.status, count: g._count._all })),
      centres,
    ),
    reservationsThisMonth,
    activeLoans,
    cases: { open: caseCount("OPEN"), followUp: caseCount("FOLLOW_UP"), closed: caseCount("CLOSED"), withApplication },
    outcomes: protectOutcomeRows(
      outcomeTable(
        outcomeGroups.map((g) => ({
          productId: g.productId,
          helped: g.helped,
          result: g.result,
          returnKind: g.returnKind,
          reasonCode: g.reasonCode,
          learned: g.difficulty !== null,
          count: g._count._all,
        })),
        new Map(products.map((p) => [p.id, p.name])),
      ),
    ),
    monthStart,
  };
}
