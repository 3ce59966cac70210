import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getDeskCentre, type DeskCentre } from "./get-desk-centre";

export interface WalkInProduct {
  productId: string;
  productName: string;
  /** people waiting for it here: then it is not lent without a reservation */
  waiting: number;
  units: { id: string; code: string }[];
}

/** The units of one of the staff member's centres that can be lent right now, per product (for a walk-in loan). */
export async function listWalkInUnits({ actor, centreSlug }: { actor: Actor; centreSlug: string }): Promise<{ centre: DeskCentre; products: WalkInProduct[] }> {
  const centre = await getDeskCentre({ actor, centreSlug });
  const [units, waiting] = await Promise.all([
    db.lendingUnit.findMany({
      where: { centreId: centre.id, status: "AVAILABLE", product: { lendable: true, active: true } },
      select: { id: true, code: true, productId: true, product: { select: { name: true } } },
      orderBy: [{ product: { name: "asc" } }, { code: "asc" }],
    }),
    db.waitlistEntry.groupBy({ by: ["productId"], where: { centreId: centre.id, status: { in: ["WAITING", "OFFERED"] } }, _count: { _all: true } }),
  ]);
  const waitingBy = new Map(waiting.map((w) => [w.productId, w._count._all]));
  const products = new Map<string, WalkInProduct>();
  for (const u of units) {
    const p = products.get(u.productId) ?? { productId: u.productId, productName: u.product.name, waiting: waitingBy.get(u.productId) ?? 0, units: [] };
    p.units.push({ id: u.id, code: u.code });
    products.set(u.productId, p);
  }
  return { centre, products: [...products.values()] };
}
