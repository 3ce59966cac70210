/**
 * How a resident can pay for a product, as data (domain.md, "Funding routes"). Stored per product in
 * Product.fundingRoutes (Json) and in every catalogue version.
 *
 * ONE PLACE: this is the catalogue's copy of the funding-route shape. Another part of the app (the advice) defines
 * the same shape for its own use; when both land, keep one of them and import it in the other file.
 */
import { z } from "zod";

export const FUNDING_ROUTES = ["wmo", "insurer_loan", "buy", "rent"] as const;
export type FundingRouteKind = (typeof FUNDING_ROUTES)[number];

export const fundingRouteSchema = z
  .strictObject({
    route: z.enum(FUNDING_ROUTES),
    costMinEuro: z.int().min(0).max(100_000),
    costMaxEuro: z.int().min(0).max(100_000),
    period: z.enum(["once", "month"]),
  })
  .refine((r) => r.costMinEuro <= r.costMaxEuro, { message: "De laagste prijs is hoger dan de hoogste prijs.", path: ["costMaxEuro"] });

export type FundingRoute = z.infer<typeof fundingRouteSchema>;

export const fundingRoutesSchema = z
  .array(fundingRouteSchema)
  .max(4)
  .refine((list) => new Set(list.map((r) => r.route)).size === list.length, { message: "Elke route mag maar één keer voorkomen." });
