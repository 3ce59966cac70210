/**
 * The funding-route shape lives in one place: lib/catalogue/funding-routes.ts (used by the seed, the advice, the
 * catalogue schema and its import/export). This module re-exports it for the catalogue's own imports.
 */
export { FUNDING_ROUTE_KINDS as FUNDING_ROUTES, fundingRouteSchema, fundingRoutesSchema } from "./funding-routes";
export type { FundingRoute, FundingRouteKind } from "./funding-routes";
