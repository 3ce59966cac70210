import "server-only";
/**
 * The published catalogue as open data (no account needed): what GET /api/v1/products serves. A published version never
 * changes, so its products are kept in memory by version id.
 */
import { db } from "@/lib/db";
import { appError, notFoundError } from "@/lib/errors";
import { getPublishedVersion, versionProducts, type VersionProduct, type VersionSummary } from "@/lib/catalogue/store";

const cache = new Map<string, VersionProduct[]>();

async function productsOf(versionId: string): Promise<VersionProduct[]> {
  let products = cache.get(versionId);
  if (!products) {
    products = await versionProducts(db, versionId);
    cache.clear(); // keep only the current version
    cache.set(versionId, products);
  }
  return products;
}

async function published(): Promise<VersionSummary> {
  const version = await getPublishedVersion(db);
  if (!version) throw notFoundError({ key: "staff.noPublishedCatalogue" });
  return version;
}

export interface OpenCatalogue {
  version: VersionSummary;
  products: VersionProduct[];
  /** slugs gone since `updatedSince` (empty without it) */
  removed: string[];
}

/**
 * The published products; with `updatedSince`, only the ones added or changed after it, plus the slugs that were
 * published at that moment and are gone now. Use the previous answer's publishedAt as the next updatedSince.
 */
export async function getOpenCatalogue(input: { updatedSince?: Date }): Promise<OpenCatalogue> {
  const version = await published();
  const all = await productsOf(version.id);
  const since = input.updatedSince;
  if (!since) return { version, products: all, removed: [] };
  const products = all.filter((p) => p.changedAt !== null && p.changedAt > since);
  const then = await db.catalogueVersion.findFirst({
    where: { publishedAt: { lte: since }, status: { in: ["published", "superseded"] } },
    orderBy: { publishedAt: "desc" },
    select: { id: true },
  });
  let removed: string[] = [];
  if (then && then.id !== version.id) {
    const current = new Set(all.map((p) => p.data.slug));
    const old = await db.catalogueVersionProduct.findMany({ where: { versionId: then.id }, select: { slug: true }, orderBy: { slug: "asc" } });
    removed = old.map((p) => p.slug).filter((slug) => !current.has(slug));
  }
  return { version, products, removed };
}

export async function getOpenProduct(slug: string): Promise<{ version: VersionSummary; product: VersionProduct }> {
  const version = await published();
  const product = (await productsOf(version.id)).find((p) => p.data.slug === slug);
  if (!product) {
    throw appError("NOT_FOUND", "staff.openDataProductUnknown", { params: { slug }, field: "slug" });
  }
  return { version, product };
}
