import type { FundingRoute } from "@/lib/catalogue/funding-routes";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { Heading, type HeadingLevel } from "./heading";
import { adviceTexts, fundingCost, fundingRouteLabel } from "./texts";

/**
 * "Zo kunt u het betalen": the product's funding routes with typical cost, as data (Product.fundingRoutes).
 * Names the routes that exist; never advice to apply. `note` is the product's own price note, if any.
 */
export function FundingRouteList({ routes, note, headingLevel = 4, locale = DEFAULT_LOCALE }: { routes: readonly FundingRoute[]; note?: string; headingLevel?: HeadingLevel; locale?: Locale }) {
  if (routes.length === 0 && !note) return null;
  return (
    <div className="print-avoid-break space-y-2">
      <Heading level={headingLevel} className="text-lg font-bold">
        {adviceTexts(locale)("funding.heading")}
      </Heading>
      {routes.length > 0 ? (
        <ul className="list-disc space-y-1 ps-6">
          {routes.map((r) => (
            <li key={r.route}>
              <span className="font-semibold">{fundingRouteLabel(r.route, locale)}:</span> {fundingCost(r, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      {note ? <p dir="auto">{note}</p> : null}
    </div>
  );
}
