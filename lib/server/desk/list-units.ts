import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { dayOf } from "./desk-scope";
import { getDeskCentre, type DeskCentre } from "./get-desk-centre";
import { getCentreAvailability } from "./get-centre-availability";
import type { UnitStatus } from "./unit-transitions";

export interface StockUnit {
  id: string;
  code: string;
  status: UnitStatus;
  untilDay: string | null;
  notes: string;
}

export interface StockProduct {
  productId: string;
  productName: string;
  /** from getAvailability: the same number as the advice */
  available: number;
  nextAvailableDate: string | null;
  units: StockUnit[];
}

export interface Stock {
  centre: DeskCentre;
  products: StockProduct[];
  /** retired units, kept for their history */
  retired: (StockUnit & { productName: string })[];
}

/** All units of one centre, grouped per product, with "nu beschikbaar" per product. */
export async function listUnits({ actor, centreSlug }: { actor: Actor; centreSlug: string }): Promise<Stock> {
  const centre = await getDeskCentre({ actor, centreSlug });
  const [units, availability] = await Promise.all([
    db.lendingUnit.findMany({
      where: { centreId: centre.id },
      select: { id: true, code: true, status: true, statusUntil: true, notes: true, productId: true, product: { select: { name: true } } },
      orderBy: [{ code: "asc" }],
    }),
    getCentreAvailability({ actor, centreId: centre.id }),
  ]);

  const toUnit = (u: (typeof units)[number]): StockUnit => ({ id: u.id, code: u.code, status: u.status, untilDay: dayOf(u.statusUntil), notes: u.notes });
  const products: StockProduct[] = availability.map((a) => ({
    productId: a.productId,
    productName: a.productName,
    available: a.available,
    nextAvailableDate: a.nextAvailableDate,
    units: units.filter((u) => u.productId === a.productId && u.status !== "RETIRED").map(toUnit),
  }));
  const retired = units.filter((u) => u.status === "RETIRED").map((u) => ({ ...toUnit(u), productName: u.product.name }));
  return { centre, products, retired };
}
