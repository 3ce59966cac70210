import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getAvailability } from "@/lib/server/lending/get-availability";
import { CENTRE_NOT_FOUND, deskCentreIds, notFound } from "./desk-scope";

export interface ProductAvailability {
  productId: string;
  productSlug: string;
  productName: string;
  /** units that can be lent right now: the same number the advice page and the API show */
  available: number;
  nextAvailableDate: string | null;
}

/**
 * "Nu beschikbaar" per product at one centre. Computed ONLY by getAvailability (the one source the advice and the
 * API use), so the desk never shows a different number. Products whose units are all retired are left out, as there.
 */
export async function getCentreAvailability({ actor, centreId, productIds }: { actor: Actor; centreId: string; productIds?: string[] }): Promise<ProductAvailability[]> {
  if (!deskCentreIds(actor).includes(centreId)) throw notFound(CENTRE_NOT_FOUND);
  const rows = await getAvailability({ centreIds: [centreId], productIds });
  if (rows.length === 0) return [];
  const products = await db.product.findMany({ where: { id: { in: rows.map((r) => r.productId) } }, select: { id: true, slug: true, name: true } });
  const byId = new Map(products.map((p) => [p.id, p]));
  return rows
    .map((r) => ({
      productId: r.productId,
      productSlug: byId.get(r.productId)?.slug ?? "",
      productName: byId.get(r.productId)?.name ?? "",
      available: r.available,
      nextAvailableDate: r.nextAvailableDate,
    }))
    .sort((a, b) => a.productName.localeCompare(b.productName, "nl"));
}
