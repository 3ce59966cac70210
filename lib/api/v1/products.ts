/**
 * The open-data feed of the published catalogue (GET /api/v1/products and /api/v1/products/{slug}): query schemas and
 * the public JSON shapes (documented in lib/api/v1/products.openapi.ts). One product is the catalogue's exchange record
 * (lib/catalogue/exchange.ts: EASTIN names, our fields, the rules), with ImageUrl made absolute.
 * Add fields, never rename or remove one.
 */
import { z } from "zod";
import { toExchangeRecord, type ExportProduct } from "@/lib/catalogue/exchange";
import { SLUG_PATTERN } from "@/lib/catalogue/schema";

const moment = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: "Geef een datum (2026-12-01) of datum en tijd (2026-12-01T10:00:00Z).",
});

/** GET /api/v1/products?updatedSince=… (no other parameters). */
export const productsQuerySchema = z.strictObject({
  updatedSince: moment.optional(),
});

export const productSlugParamSchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN, { error: "Dit is geen productcode (kleine letters, cijfers en streepjes)." }).max(80),
});

/** The query parameters as an object; a parameter given twice is refused (which one would count?). */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

export type PublicCatalogueProduct = Record<string, unknown>;

export interface PublicProductList {
  catalogueVersion: number;
  publishedAt: string | null;
  /** the updatedSince asked for (as given), or null */
  updatedSince: string | null;
  /** all products, or with updatedSince only those added or changed after that moment */
  products: PublicCatalogueProduct[];
  /** with updatedSince: product codes that were in the catalogue then and are gone now; else [] */
  removed: string[];
}

export function toPublicCatalogueProduct(p: ExportProduct, baseUrl: string): PublicCatalogueProduct {
  const record = toExchangeRecord(p);
  record.ImageUrl = new URL(p.data.imagePath, baseUrl).toString();
  return record;
}
