import "server-only";
import { db } from "@/lib/db";
import { parseFundingRoutes, type FundingRoute } from "@/lib/catalogue/funding-routes";
import type { CatalogueProduct, ProductRules } from "@/lib/matching/types";
import { parseProductTranslations, type ProductTranslations } from "@/lib/catalogue/translations";
import { currentVersions, type Versions } from "@/lib/server/cache/versions";

/** What residents see of a product (the engine needs only CatalogueProduct). */
export interface ProductInfo {
  id: string;
  slug: string;
  name: string;
  /** the name with its article inside a sentence ("de GPS-tracker"); "dit hulpmiddel" when the data has none */
  nameInSentence: string;
  shortDescription: string;
  domain: string;
  iso9999: { code: string; edition: string };
  priceMinEuro: number;
  priceMaxEuro: number;
  pricePeriod: "once" | "month";
  priceNote: string;
  /** how the resident can pay, per route with typical cost (validated; invalid stored data reads as none) */
  fundingRoutes: FundingRoute[];
  /** ICF codes of the difficulties it helps with (for professionals; residents see plain words) */
  icfCodes: string[];
  needs: string[];
  isMonitoring: boolean;
  monitoring: { records: string; whoSees: string; howToStop: string } | null;
  imagePath: string;
  imageAlt: string;
  lendable: boolean;
  loanPeriodDays: number;
  /** the product's texts in other languages, by schema path (lib/catalogue/translations.ts); Dutch above is the source */
  translations: ProductTranslations;
}

export interface Catalogue {
  /** number of the published catalogue version these products are (null only before any version was published) */
  version: number | null;
  products: CatalogueProduct[];
  info: Map<string, ProductInfo>;
}

/** Used inside a sentence when a product has no nameInSentence in the data. */
export const GENERIC_NAME_IN_SENTENCE = "dit hulpmiddel";

let cached: { token: string; value: Promise<Catalogue> } | undefined;

/**
 * The shared catalogue: the PUBLISHED catalogue version (its products are the active Product rows; drafts never touch
 * them), as engine input plus display info keyed by slug. Kept in memory while the "catalogue" cache version is
 * unchanged (lib/server/cache/versions.ts: PostgreSQL bumps it at the commit of any change to Product or
 * CatalogueVersion, so every instance sees a publication at once); the same arrays are reused, so the engine also
 * keeps its per-catalogue work. Pass `versions` when the caller has just read them.
 */
export async function getCatalogue(versions?: Versions): Promise<Catalogue> {
  const token = (versions ?? (await currentVersions())).catalogue;
  if (cached?.token !== token) {
    const value = loadCatalogue();
    cached = { token, value };
    value.catch(() => {
      if (cached?.value === value) cached = undefined; // never keep a failed load
    });
  }
  return cached.value;
}

async function loadCatalogue(): Promise<Catalogue> {
  // one snapshot, so the version number always belongs to these products
  const [rows, version] = await db.$transaction(
    [
      db.product.findMany({ where: { active: true }, orderBy: { slug: "asc" } }),
      db.catalogueVersion.findFirst({ where: { status: "published" }, select: { number: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  const products: CatalogueProduct[] = [];
  const info = new Map<string, ProductInfo>();
  for (const p of rows) {
    const pricePeriod = p.pricePeriod === "month" ? "month" : "once";
    products.push({
      slug: p.slug,
      name: p.name,
      iso9999: { code: p.iso9999Code, edition: p.iso9999Edition },
      priceMinEuro: p.priceMinEuro,
      priceMaxEuro: p.priceMaxEuro,
      pricePeriod,
      lendable: p.lendable,
      isMonitoring: p.isMonitoring,
      rules: p.rules as unknown as ProductRules,
    });
    info.set(p.slug, {
      id: p.id,
      slug: p.slug,
      name: p.name,
      nameInSentence: p.nameInSentence.trim() || GENERIC_NAME_IN_SENTENCE,
      shortDescription: p.shortDescription,
      domain: p.domain,
      iso9999: { code: p.iso9999Code, edition: p.iso9999Edition },
      priceMinEuro: p.priceMinEuro,
      priceMaxEuro: p.priceMaxEuro,
      pricePeriod,
      priceNote: p.priceNote,
      fundingRoutes: parseFundingRoutes(p.fundingRoutes),
      icfCodes: [...p.icfCodes],
      needs: p.needs,
      isMonitoring: p.isMonitoring,
      monitoring:
        p.isMonitoring && p.monitoringRecords && p.monitoringWhoSees && p.monitoringHowToStop
          ? { records: p.monitoringRecords, whoSees: p.monitoringWhoSees, howToStop: p.monitoringHowToStop }
          : null,
      imagePath: p.imagePath,
      imageAlt: p.imageAlt,
      lendable: p.lendable,
      loanPeriodDays: p.loanPeriodDays,
      translations: parseProductTranslations(p.translations),
    });
  }
  return { version: version?.number ?? null, products, info };
}
