/**
 * What changed between two catalogue versions, per product: added, removed, and changed fields (before and after).
 * Pure: plain product data in, a plain report out (used by the import dry run, the editor and the audit details).
 */
import { canonicalJson } from "./canonical";
import type { CatalogueProductData } from "./schema";

export interface FieldChange {
  /** "name", "priceMaxEuro", "rules.contraindications", ... */
  field: string;
  before: unknown;
  after: unknown;
}

export interface ProductRef {
  slug: string;
  name: string;
}

export interface CatalogueDiff {
  added: ProductRef[];
  removed: ProductRef[];
  changed: (ProductRef & { fields: FieldChange[] })[];
  unchanged: number;
}

/** Fields compared one level deeper, so a change names the part of the rules that changed. */
const NESTED: ReadonlySet<string> = new Set(["rules"]);

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ""): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const b = before[key];
    const a = after[key];
    if (canonicalJson(b ?? null) === canonicalJson(a ?? null)) continue;
    const isObject = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v);
    if (!prefix && NESTED.has(key) && isObject(b) && isObject(a)) {
      changes.push(...fieldChanges(b as Record<string, unknown>, a as Record<string, unknown>, `${key}.`));
    } else {
      changes.push({ field: `${prefix}${key}`, before: b ?? null, after: a ?? null });
    }
  }
  return changes;
}

export function diffCatalogues(before: readonly CatalogueProductData[], after: readonly CatalogueProductData[]): CatalogueDiff {
  const oldBySlug = new Map(before.map((p) => [p.slug, p]));
  const newBySlug = new Map(after.map((p) => [p.slug, p]));
  const diff: CatalogueDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const p of after) {
    const old = oldBySlug.get(p.slug);
    if (!old) {
      diff.added.push({ slug: p.slug, name: p.name });
      continue;
    }
    const fields = fieldChanges(old as unknown as Record<string, unknown>, p as unknown as Record<string, unknown>);
    if (fields.length === 0) diff.unchanged += 1;
    else diff.changed.push({ slug: p.slug, name: p.name, fields });
  }
  for (const p of before) if (!newBySlug.has(p.slug)) diff.removed.push({ slug: p.slug, name: p.name });
  const bySlug = (a: ProductRef, b: ProductRef) => a.slug.localeCompare(b.slug);
  diff.added.sort(bySlug);
  diff.removed.sort(bySlug);
  diff.changed.sort(bySlug);
  return diff;
}

export function isEmptyDiff(diff: CatalogueDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
