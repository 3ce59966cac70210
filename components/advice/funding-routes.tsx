import { FUNDING_ROUTE_LABELS, fundingCostText, type FundingRoute } from "@/lib/catalogue/funding-routes";
import { Heading, type HeadingLevel } from "./heading";

/**
 * "Zo kunt u het betalen": the product's funding routes with typical cost, as data (Product.fundingRoutes).
 * Names the routes that exist; never advice to apply. `note` is the product's own price note, if any.
 */
export function FundingRouteList({ routes, note, headingLevel = 4 }: { routes: readonly FundingRoute[]; note?: string; headingLevel?: HeadingLevel }) {
  if (routes.length === 0 && !note) return null;
  return (
    <div className="print-avoid-break space-y-2">
      <Heading level={headingLevel} className="text-lg font-bold">
        Zo kunt u het betalen
      </Heading>
      {routes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6">
          {routes.map((r) => (
            <li key={r.route}>
              <span className="font-semibold">{FUNDING_ROUTE_LABELS[r.route]}:</span> {fundingCostText(r)}
            </li>
          ))}
        </ul>
      ) : null}
      {note ? <p>{note}</p> : null}
    </div>
  );
}
