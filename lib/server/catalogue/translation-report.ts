import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { notFoundError } from "@/lib/errors";
import { TRANSLATED_LOCALES } from "@/lib/i18n/config";
import { getNewestDraft, getPublishedVersion, versionProducts, type VersionSummary } from "@/lib/catalogue/store";
import { missingTranslations, type MissingTranslationRow, type TranslatedLocale } from "@/lib/catalogue/translations";

export interface TranslationReport {
  version: VersionSummary | null;
  rows: MissingTranslationRow[];
  /** per language: texts without a translation over all products, and all texts */
  totals: Record<TranslatedLocale, { missing: number; total: number }>;
}

/**
 * For catalogue editors: which resident texts of the catalogue (the draft when there is one, else the published
 * version) still fall back to Dutch, per product and language. Products with the most missing texts first.
 */
export async function getTranslationReport(actor: Actor | null): Promise<TranslationReport> {
  if (!actor || !can(actor, "catalogue:manage")) throw notFoundError();
  const version = (await getNewestDraft(db)) ?? (await getPublishedVersion(db));
  if (!version) return { version: null, rows: [], totals: Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, { missing: 0, total: 0 }])) as TranslationReport["totals"] };
  const products = await versionProducts(db, version.id);
  const rows = missingTranslations(products.map((p) => p.data));
  const missingCount = (r: MissingTranslationRow) => Object.values(r.missing).reduce((s, m) => s + m.length, 0);
  rows.sort((a, b) => missingCount(b) - missingCount(a) || a.name.localeCompare(b.name, "nl"));
  const totals = Object.fromEntries(
    TRANSLATED_LOCALES.map((l) => [l, { missing: rows.reduce((s, r) => s + r.missing[l].length, 0), total: rows.reduce((s, r) => s + r.total, 0) }]),
  ) as TranslationReport["totals"];
  return { version, rows, totals };
}
