/**
 * How a resident can pay for a product (Product.fundingRoutes): structured data, one entry per route, shared by the
 * seed, the catalogue import and every screen that shows it. The routes name the ways that exist with typical cost
 * (domain.md "Funding routes"); they are never advice to apply: the resident and the Wmo consultant decide.
 *
 *   wmo           via the municipality (Wmo), usually with an income-independent own contribution per month
 *   insurer_loan  on loan (bruikleen) through the health insurer, often free for a short time
 *   buy           buy it yourself
 *   rent          rent it or take a subscription (alarm service, tracker)
 *
 * costMinEuro / costMaxEuro are whole euros for the resident on this route, per `period`; null when the cost is not
 * known in general (then the screens say to ask). 0 – 0 means free.
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { formatMoney } from "../i18n/format";

const formatEuro = (euro: number) => formatMoney(euro, "nl");

export const FUNDING_ROUTE_KINDS = ["wmo", "insurer_loan", "buy", "rent"] as const;
export type FundingRouteKind = (typeof FUNDING_ROUTE_KINDS)[number];

const euro = z.number().int("Een bedrag in hele euro's.").min(0, "Een bedrag kan niet negatief zijn.").max(100_000).nullable();

export const fundingRouteSchema = z
  .strictObject({
    route: z.enum(FUNDING_ROUTE_KINDS, { error: `route moet een van ${FUNDING_ROUTE_KINDS.join(", ")} zijn.` }),
    costMinEuro: euro,
    costMaxEuro: euro,
    period: z.enum(["once", "month"], { error: "period moet once of month zijn." }),
  })
  .refine((r) => (r.costMinEuro === null) === (r.costMaxEuro === null), {
    error: "Geef beide bedragen, of geen van beide (null).",
    path: ["costMaxEuro"],
  })
  .refine((r) => r.costMinEuro === null || r.costMaxEuro === null || r.costMaxEuro >= r.costMinEuro, {
    error: "costMaxEuro mag niet lager zijn dan costMinEuro.",
    path: ["costMaxEuro"],
  });
export type FundingRoute = z.output<typeof fundingRouteSchema>;

/** A product's routes: each route at most once, in the order the data gives. */
export const fundingRoutesSchema = z
  .array(fundingRouteSchema)
  .max(FUNDING_ROUTE_KINDS.length)
  .refine((routes) => new Set(routes.map((r) => r.route)).size === routes.length, { error: "Elke route mag maar één keer voorkomen." });

/** B1 labels, as the resident reads them. */
export const FUNDING_ROUTE_LABELS: Record<FundingRouteKind, string> = {
  wmo: "Via de gemeente (Wmo)",
  insurer_loan: "Lenen via uw zorgverzekeraar",
  buy: "Zelf kopen",
  rent: "Huren of een abonnement",
};

/** The cost on one route, price only: "gratis", "€ 15 tot € 30", "tot € 21 per maand", "vraag naar de prijs". */
export function fundingCostText(route: FundingRoute): string {
  const { costMinEuro: min, costMaxEuro: max } = route;
  if (min === null || max === null) return "vraag naar de prijs";
  if (max === 0) return "gratis";
  const range = min === 0 ? `tot ${formatEuro(max)}` : max > min ? `${formatEuro(min)} tot ${formatEuro(max)}` : formatEuro(min);
  const extra = route.route === "wmo" ? "eigen bijdrage " : "";
  return route.period === "month" ? `${extra}${range} per maand` : `${extra}${range}`;
}

/** "Zelf kopen: € 15 tot € 30." */
export function fundingRouteText(route: FundingRoute): string {
  return `${FUNDING_ROUTE_LABELS[route.route]}: ${fundingCostText(route)}.`;
}

/** Reads stored JSON; anything that does not match the schema reads as no routes (the seed and import validate). */
export function parseFundingRoutes(value: unknown): FundingRoute[] {
  const parsed = fundingRoutesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
