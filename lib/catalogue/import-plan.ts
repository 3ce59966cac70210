/**
 * What an import would do, decided before anything is written: each row validated with the product schema, and the
 * valid set compared with the published catalogue. Pure. The import lands only when no row is refused.
 */
import { z } from "zod";
import { diffCatalogues, type CatalogueDiff } from "./diff";
import { fileFieldName, type ImportRow } from "./exchange";
import { catalogueProductSchema, normaliseProduct, type CatalogueProductData } from "./schema";
import { withoutStaleTranslations } from "./translations";

const dutch = z.locales.nl().localeError;

export interface RefusedRow {
  row: number;
  slug: string | null;
  /** Dutch, one per problem: "IsoCodePrimary: Geen geldige ISO 9999-code ..." */
  reasons: string[];
}

export interface ImportPlan {
  /** every product of the new version, validated, in slug order */
  products: CatalogueProductData[];
  refused: RefusedRow[];
  /** compared with the published version (all products "added" when there is none) */
  diff: CatalogueDiff;
  /** true when nothing is refused */
  ok: boolean;
}

export const MAX_IMPORT_PRODUCTS = 5000;

function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "product";
  const [head, ...rest] = path.map(String);
  return [fileFieldName(head!), ...rest].join(".");
}

export function validateImportRow(row: ImportRow): { product: CatalogueProductData } | { refused: RefusedRow } {
  const result = catalogueProductSchema.safeParse(row.input, { error: dutch });
  const reasons = [...row.problems];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) reasons.push(`${issuePath([...issue.path, key])}: onbekend veld.`);
      } else {
        reasons.push(`${issuePath(issue.path)}: ${issue.message}`);
      }
    }
  }
  if (reasons.length > 0 || !result.success) return { refused: { row: row.row, slug: row.slug, reasons } };
  return { product: normaliseProduct(result.data) };
}

export function planImport(rows: readonly ImportRow[], published: readonly CatalogueProductData[]): ImportPlan {
  const products: CatalogueProductData[] = [];
  const refused: RefusedRow[] = [];
  const firstRowBySlug = new Map<string, number>();
  if (rows.length === 0) refused.push({ row: 0, slug: null, reasons: ["Het bestand bevat geen producten."] });
  if (rows.length > MAX_IMPORT_PRODUCTS) {
    refused.push({ row: 0, slug: null, reasons: [`Te veel producten: hooguit ${MAX_IMPORT_PRODUCTS} per bestand.`] });
  }
  for (const row of rows) {
    const outcome = validateImportRow(row);
    if ("refused" in outcome) {
      refused.push(outcome.refused);
      continue;
    }
    const earlier = firstRowBySlug.get(outcome.product.slug);
    if (earlier !== undefined) {
      refused.push({ row: row.row, slug: outcome.product.slug, reasons: [`ProductCode: staat al in rij ${earlier}.`] });
      continue;
    }
    firstRowBySlug.set(outcome.product.slug, row.row);
    products.push(outcome.product);
  }
  // a file that changes a Dutch text but carries the old translation of that place drops it (withoutStaleTranslations)
  const before = new Map(published.map((p) => [p.slug, p]));
  for (const [i, p] of products.entries()) {
    const was = before.get(p.slug);
    if (was) products[i] = { ...p, translations: withoutStaleTranslations(was, p) };
  }
  products.sort((a, b) => a.slug.localeCompare(b.slug));
  const diff = diffCatalogues(published, products);
  // a refused row is reported as refused, not also as "removed"
  const refusedSlugs = new Set(refused.map((r) => r.slug).filter((s): s is string => s !== null));
  diff.removed = diff.removed.filter((p) => !refusedSlugs.has(p.slug));
  return { products, refused, diff, ok: refused.length === 0 };
}
