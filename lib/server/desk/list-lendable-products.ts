import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { deskCentreIds } from "./desk-scope";

export interface LendableProduct {
  id: string;
  name: string;
}

/** Products a centre can add units of (the shared catalogue: active and lendable). */
export async function listLendableProducts({ actor }: { actor: Actor }): Promise<LendableProduct[]> {
  deskCentreIds(actor);
  return db.product.findMany({ where: { lendable: true, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
