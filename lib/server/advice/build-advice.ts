import "server-only";
import { wmoDeskOf, type WmoDesk } from "@/lib/server/municipalities/wmo-desk";
import { db } from "@/lib/db";
import { appError, notFoundError } from "@/lib/errors";
import { computeAdvice, ENGINE_VERSION } from "@/lib/matching";
import type { Answers, CatalogueProduct, CentreAvailability } from "@/lib/matching/types";
import { TIPS } from "@/lib/catalogue/tips";
import { sortByNearest } from "@/lib/geo/postcode";
import { currentVersions, versionedCache, type Versions } from "@/lib/server/cache/versions";
import { getCatalogue, type Catalogue, type ProductInfo } from "@/lib/server/catalogue/get-catalogue";
import { cachedAvailability } from "@/lib/server/lending/get-availability";
import { loadLocalOffer } from "@/lib/server/offer/local-offer";
import { isSuggestable, offerFor, type LocalInfo, type LocalOffer } from "@/lib/offer/local-offer";
import { applyLearning, type LearningReason } from "@/lib/learning";
import { readLearningEnabled } from "@/lib/settings/learning-setting";
import { loadEstimates } from "@/lib/server/outcomes/load-estimates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { createExplainer } from "@/lib/i18n/explain";
import { localizeProductInfo, tipTextIn } from "@/lib/server/advice/localize";

export interface CentreSummary {
  slug: string;
  name: string;
  address: string;
  district: string;
}

export interface LendingOption {
  centre: CentreSummary;
  available: number;
  nextAvailableDate: string | null;
}

export interface AdviceItem {
  product: ProductInfo;
  score: number;
  reasons: string[];
  conditions: string[];
  lending: LendingOption[];
  /** false: the municipality does not offer it and chose to show it anyway, labelled "niet via uw gemeente" */
  viaMunicipality: boolean;
  /** the municipality's own information about this product (funding, supplier, price agreement, note), or null */
  local: LocalInfo | null;
  /**
   * What learning from outcomes did (only when the municipality switched it on): points added to the engine's score
   * (within the band), the engine's own rank, and the outcome reason as code + params (its Dutch text is already in
   * `reasons`, never first). null when learning is off.
   */
  learning?: { points: number; expertRank: number; explanation: LearningReason | null } | null;
}

export type { WmoDesk } from "@/lib/server/municipalities/wmo-desk";

export interface AdviceResult {
  /** the language the texts below are in (the engine's codes rendered, product texts translated, Dutch as fallback) */
  locale: Locale;
  engineVersion: string;
  /** the published catalogue version this advice was computed with */
  catalogueVersion: number | null;
  municipality: { slug: string; name: string; openCentres: number };
  /** every advice (an empty one too) says how to reach the municipality's Wmo desk */
  wmoDesk: WmoDesk;
  postcode: string | null;
  recommendations: AdviceItem[];
  notRecommended: { product: ProductInfo; reasons: string[] }[];
  tips: string[];
}

/** What the advice needs of a municipality, kept per instance while the catalogue and municipality versions hold. */
interface AdviceMunicipality {
  id: string;
  slug: string;
  name: string;
  status: string;
  /** whether learning from outcomes is switched on (Municipality.settings; a change bumps the municipality version) */
  learning: boolean;
  wmoDesk: WmoDesk;
  /** open centres (a closed centre is no longer shown to residents nor offered for reservations) */
  centres: { id: string; slug: string; name: string; street: string; postcode: string; city: string; district: string }[];
  catalogue: Catalogue;
  offer: LocalOffer;
  /** the catalogue without the products this municipality hides: the same array while nothing changes, so the
   * engine keeps its per-catalogue work */
  suggestable: CatalogueProduct[];
  productSlugById: Map<string, string>;
}

const municipalities = versionedCache<AdviceMunicipality | null>(200);

async function loadMunicipality(slug: string, versions: Versions): Promise<AdviceMunicipality | null> {
  const municipality = await db.municipality.findUnique({
    where: { slug },
    include: { centres: { where: { closedAt: null } } },
  });
  if (!municipality) return null;
  const [catalogue, offer] = await Promise.all([getCatalogue(versions), loadLocalOffer(municipality.id)]);
  // the local offer stays outside the engine: products the municipality hides are not given to it at all
  const productIdBySlug = new Map([...catalogue.info.values()].map((p) => [p.slug, p.id]));
  return {
    id: municipality.id,
    slug: municipality.slug,
    name: municipality.name,
    status: municipality.status,
    learning: readLearningEnabled(municipality.settings),
    wmoDesk: wmoDeskOf(municipality),
    centres: municipality.centres.map((c) => ({ id: c.id, slug: c.slug, name: c.name, street: c.street, postcode: c.postcode, city: c.city, district: c.district })),
    catalogue,
    offer,
    suggestable: catalogue.products.filter((p) => isSuggestable(offer, productIdBySlug.get(p.slug) ?? "")),
    productSlugById: new Map([...catalogue.info.values()].map((p) => [p.id, p.slug])),
  };
}

/** The municipality by slug as the advice needs it (cached per instance; see lib/server/cache/versions.ts). */
function adviceMunicipality(slug: string, versions: Versions): Promise<AdviceMunicipality | null> {
  return municipalities.get(slug, `${versions.catalogue}|${versions.municipality}`, () => loadMunicipality(slug, versions));
}

/**
 * Personal advice for one resident: loads the catalogue and live availability of the municipality's centres
 * (nearest first by postcode), runs the pure engine, and joins the display data. An unknown municipality is NOT_FOUND;
 * with `refusePaused` a paused municipality is GONE (the public API).
 *
 * What does not depend on the answers (the municipality, its centres and local offer, the published catalogue, the
 * availability per centre) is kept in memory per app instance and reused while the versions in "CacheVersion" are
 * unchanged: one small query per request (shared by concurrent requests) instead of eight, and availability is never
 * older than the last committed change at a desk, on any instance.
 */
export async function buildAdvice(input: { municipalitySlug: string; answers: Answers; postcode?: string | null; refusePaused?: boolean; locale?: Locale }): Promise<AdviceResult> {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const versions = await currentVersions();
  const municipality = await adviceMunicipality(input.municipalitySlug, versions);
  if (!municipality) throw notFoundError({ key: "staff.municipalityUnknown", params: { slug: input.municipalitySlug } });
  if (input.refusePaused && municipality.status === "paused") {
    throw appError("GONE", "resident.municipalityPaused", { params: { municipality: municipality.name }, field: "municipality" });
  }
  const { catalogue, offer } = municipality;
  const availability = await cachedAvailability(municipality.id, versions);

  const centres = sortByNearest(municipality.centres, input.postcode ?? null);
  const centreRank = new Map(centres.map((c, i) => [c.id, i]));
  const centreById = new Map(centres.map((c) => [c.id, c]));

  const byProduct = new Map<string, (CentreAvailability & { rank: number; centreId: string })[]>();
  for (const a of availability) {
    const slug = municipality.productSlugById.get(a.productId);
    const centre = centreById.get(a.centreId);
    if (!slug || !centre) continue;
    const list = byProduct.get(slug) ?? [];
    list.push({ centreSlug: centre.slug, centreId: centre.id, available: a.available, nextAvailableDate: a.nextAvailableDate, rank: centreRank.get(centre.id) ?? 0 });
    byProduct.set(slug, list);
  }
  for (const list of byProduct.values()) list.sort((a, b) => a.rank - b.rank);

  const engineAdvice = computeAdvice({ answers: input.answers, catalogue: municipality.suggestable, tips: TIPS, availability: byProduct });
  // learning from outcomes: a separate, capped step after the engine, only when the municipality switched it on
  const learned = municipality.learning
    ? applyLearning({ advice: engineAdvice, answers: input.answers, catalogue: municipality.suggestable, estimates: await loadEstimates(catalogue.products) })
    : null;
  const advice = learned?.advice ?? engineAdvice;
  const learnedBySlug = new Map((learned?.learned ?? []).map((l) => [l.slug, { points: l.points, expertRank: l.expertRank, explanation: l.explanation }]));

  const lendingFor = (slug: string): LendingOption[] =>
    (byProduct.get(slug) ?? []).map((a) => {
      const c = centreById.get(a.centreId)!;
      return {
        centre: { slug: c.slug, name: c.name, address: `${c.street}, ${c.postcode} ${c.city}`, district: c.district },
        available: a.available,
        nextAvailableDate: a.nextAvailableDate,
      };
    });

  const explainer = createExplainer({ locale, products: catalogue.products.map((p) => ({ ...p, ...catalogue.info.get(p.slug)!, rules: p.rules })), tipText: tipTextIn(locale) });
  const info = (slug: string) => localizeProductInfo(catalogue.info.get(slug)!, locale);

  return {
    locale,
    engineVersion: ENGINE_VERSION,
    catalogueVersion: catalogue.version,
    municipality: { slug: municipality.slug, name: municipality.name, openCentres: municipality.centres.length },
    wmoDesk: municipality.wmoDesk,
    postcode: input.postcode ?? null,
    recommendations: advice.recommendations.map((r) => ({
      product: info(r.slug),
      score: r.score,
      reasons: explainer.list(r.reasons),
      conditions: explainer.list(r.conditions),
      lending: lendingFor(r.slug),
      ...offerFor(offer, catalogue.info.get(r.slug)!.id),
      learning: learnedBySlug.get(r.slug) ?? null,
    })),
    notRecommended: advice.notRecommended.map((e) => ({ product: info(e.slug), reasons: explainer.list(e.reasons) })),
    tips: explainer.list(advice.tips),
  };
}


/** The municipality's Wmo desk contact as stored (Municipality.wmoDeskPhone / wmoDeskUrl / wmoDeskHours). */
