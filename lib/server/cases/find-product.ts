import "server-only";
import { appError } from "@/lib/errors";
import type { Tx } from "./case-scope";

/** A catalogue product by slug (active ones only, unless `includeInactive`), or NOT_FOUND. */
export async function findActiveProduct(tx: Tx, slug: string, { includeInactive = false } = {}) {
  const product = await tx.product.findFirst({ where: { slug, ...(includeInactive ? {} : { active: true }) } });
  if (!product) throw appError("NOT_FOUND", "staff.productGone");
  return product;
}
