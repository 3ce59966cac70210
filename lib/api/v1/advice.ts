/**
 * POST /api/v1/advice: the request schema and the public JSON shape of the advice.
 * The shape is a contract (documented in lib/api/v1/advice.openapi.ts, checked against real responses in
 * tests/integration/api-advice.integration.test.ts): add fields, never rename or remove one.
 * Internal ids never leave the server; products and centres are named by slug.
 */
import { NOT_VIA_MUNICIPALITY } from "@/lib/offer/local-offer";
import { z } from "zod";
import { answersSchema, municipalitySlugSchema, postcodeSchema } from "@/lib/schemas/answers";
import { formatPrice } from "@/lib/i18n/price";
import { FUNDING_ROUTE_LABELS, fundingCostText, type FundingRouteKind } from "@/lib/catalogue/funding-routes";
import type { AdviceResult, LendingOption } from "@/lib/server/advice/build-advice";
import type { ProductInfo } from "@/lib/server/catalogue/get-catalogue";

export const adviceRequestSchema = z.strictObject(
  {
    municipality: municipalitySlugSchema,
    answers: answersSchema.strict(),
    postcode: z.string({ error: 'postcode moet tekst zijn, zoals "2514 JS".' }).pipe(postcodeSchema).nullish(),
  },
  { error: "Stuur een JSON-object met municipality en answers." },
);
export type AdviceRequest = z.output<typeof adviceRequestSchema>;

export interface PublicProduct {
  slug: string;
  name: string;
  /** ISO 9999 classification of the assistive product, with the edition of the standard */
  iso9999: { code: string; edition: string };
  description: string;
  /** life domain code, e.g. "housework", "safety" */
  domain: string;
  price: { minEuro: number; maxEuro: number; period: "once" | "month"; text: string; note: string };
  /** the ways to pay for it, with typical cost for the resident (null = not known in general) */
  fundingRoutes: PublicFundingRoute[];
  /** what the resident needs for it (wifi, smartphone, an electrician, ...) */
  needs: string[];
  lendable: boolean;
  loanPeriodDays: number;
  image: { url: string; alt: string };
  /** true for sensors and alarms that watch over the resident: then `monitoring` says what they record */
  isMonitoring: boolean;
  monitoring: { records: string; whoSees: string; howToStop: string } | null;
}

export interface PublicFundingRoute {
  route: FundingRouteKind;
  /** Dutch label: "Zelf kopen" */
  label: string;
  costMinEuro: number | null;
  costMaxEuro: number | null;
  period: "once" | "month";
  /** the cost as Dutch text: "gratis", "€ 15 tot € 30", "vraag naar de prijs" */
  text: string;
}

export interface PublicLendingOption {
  centre: { slug: string; name: string; address: string; district: string; url: string };
  /** units that can be reserved right now */
  available: number;
  /** "YYYY-MM-DD" a unit is expected back when none is available now; otherwise null */
  nextAvailableDate: string | null;
}

export interface PublicRecommendation {
  product: PublicProduct;
  score: number;
  reasons: string[];
  conditions: string[];
  /** the municipality's centres that have this product, nearest first (by postcode when given, else by name) */
  lending: PublicLendingOption[];
  /** false: the municipality does not offer this product itself (label: "niet via uw gemeente") */
  viaMunicipality: boolean;
  /** "niet via uw gemeente" when viaMunicipality is false, else null */
  offerLabel: string | null;
  /** the municipality's own information about this product, or null */
  local: { fundingNote: string | null; supplier: string | null; priceAgreement: string | null; note: string | null } | null;
}

export interface PublicAdvice {
  engineVersion: string;
  /** the published catalogue version the advice used (GET /api/v1/products gives its products) */
  catalogueVersion: number | null;
  municipality: { slug: string; name: string };
  /** how to reach the municipality's Wmo desk (in every advice, also an empty one); null where not known */
  wmoDesk: { phone: string | null; url: string | null; hours: string | null };
  /** the postcode used to order the centres, normalised ("2545 GH"), or null */
  postcode: string | null;
  recommendations: PublicRecommendation[];
  /** products that address a chosen difficulty but do not fit; each reason completes "Niet voor u, omdat …" */
  notRecommended: { product: PublicProduct; reasons: string[] }[];
  tips: string[];
}

const absolute = (path: string, baseUrl: string) => new URL(path, baseUrl).toString();

export function toPublicProduct(p: ProductInfo, baseUrl: string): PublicProduct {
  return {
    slug: p.slug,
    name: p.name,
    iso9999: { code: p.iso9999.code, edition: p.iso9999.edition },
    description: p.shortDescription,
    domain: p.domain,
    price: { minEuro: p.priceMinEuro, maxEuro: p.priceMaxEuro, period: p.pricePeriod, text: formatPrice(p, "nl"), note: p.priceNote },
    fundingRoutes: p.fundingRoutes.map((r) => ({
      route: r.route,
      label: FUNDING_ROUTE_LABELS[r.route],
      costMinEuro: r.costMinEuro,
      costMaxEuro: r.costMaxEuro,
      period: r.period,
      text: fundingCostText(r),
    })),
    needs: [...p.needs],
    lendable: p.lendable,
    loanPeriodDays: p.loanPeriodDays,
    image: { url: absolute(p.imagePath, baseUrl), alt: p.imageAlt },
    isMonitoring: p.isMonitoring,
    monitoring: p.monitoring ? { records: p.monitoring.records, whoSees: p.monitoring.whoSees, howToStop: p.monitoring.howToStop } : null,
  };
}

function toPublicLending(option: LendingOption, baseUrl: string): PublicLendingOption {
  const c = option.centre;
  return {
    centre: { slug: c.slug, name: c.name, address: c.address, district: c.district, url: absolute(`/uitleenpunten/${encodeURIComponent(c.slug)}`, baseUrl) },
    available: option.available,
    nextAvailableDate: option.nextAvailableDate,
  };
}

/** The advice DTO of buildAdvice() as the public JSON of API v1; `baseUrl` makes image and centre links absolute. */
export function toPublicAdvice(result: AdviceResult, baseUrl: string): PublicAdvice {
  return {
    engineVersion: result.engineVersion,
    catalogueVersion: result.catalogueVersion,
    municipality: { slug: result.municipality.slug, name: result.municipality.name },
    wmoDesk: { phone: result.wmoDesk.phone, url: result.wmoDesk.url, hours: result.wmoDesk.hours },
    postcode: result.postcode,
    recommendations: result.recommendations.map((r) => ({
      product: toPublicProduct(r.product, baseUrl),
      score: r.score,
      reasons: [...r.reasons],
      conditions: [...r.conditions],
      lending: r.lending.map((l) => toPublicLending(l, baseUrl)),
      viaMunicipality: r.viaMunicipality,
      offerLabel: r.viaMunicipality ? null : NOT_VIA_MUNICIPALITY,
      local: r.local ? { fundingNote: r.local.fundingNote, supplier: r.local.supplier, priceAgreement: r.local.priceAgreement, note: r.local.note } : null,
    })),
    notRecommended: result.notRecommended.map((n) => ({ product: toPublicProduct(n.product, baseUrl), reasons: [...n.reasons] })),
    tips: [...result.tips],
  };
}
