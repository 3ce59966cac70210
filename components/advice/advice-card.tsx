import type { AdviceItem } from "@/lib/server/advice/build-advice";
import { productCodeItems } from "@/lib/report/case-report";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { AvailabilityList } from "./availability-list";
import { deeper, Heading, type HeadingLevel } from "./heading";
import { MonitoringExplanation } from "./monitoring-explanation";
import { FundingRouteList } from "./funding-routes";
import { LocalOfferNote } from "./local-offer-note";
import { priceNoteSentence, priceText } from "./price-text";
import { adviceTexts } from "./texts";

export interface AdviceCardProps {
  item: AdviceItem;
  /** 1-based place in the list, shown before the name */
  rank?: number;
  municipalityName: string;
  nearestKnown: boolean;
  headingLevel?: HeadingLevel;
  /** base path of the reserve page; null shows no reserve buttons (e.g. in a report) */
  reservePath?: string | null;
  /** the product's drawing next to its name */
  showImage?: boolean;
  /** the ISO 9999 and ICF codes, for the consultant's screens (residents see plain words only) */
  showCodes?: boolean;
  /** the advice snapshot's code for the reserve links (?advies=) */
  adviceCode?: string | null;
  /** the resident's language; the consultant's screens stay Dutch (the default) */
  locale?: Locale;
}

/**
 * One suggestion: what it is, why it fits, what to check first, the price, monitoring facts, and where to borrow it.
 * The catalogue's texts (description, reasons, conditions, needs) get dir="auto": a text not translated yet falls
 * back to Dutch and then reads left to right inside an Arabic page, with its full stop at the end.
 */
export function AdviceCard({ item, rank, municipalityName, nearestKnown, headingLevel = 3, reservePath = "/reserveren", showImage = true, showCodes = false, adviceCode = null, locale = DEFAULT_LOCALE }: AdviceCardProps) {
  const { product } = item;
  const t = adviceTexts(locale);
  const sub = deeper(headingLevel);
  const titleId = `product-${product.slug}`;
  return (
    <article aria-labelledby={titleId} className="space-y-4 rounded-xl border border-gray-300 bg-white p-4 sm:p-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        <div className="space-y-1">
          <Heading level={headingLevel} id={titleId} className="text-xl font-bold sm:text-2xl">
            {rank ? <span className="me-2 text-brand-700">{rank}.</span> : null}
            {product.name}
          </Heading>
          <p className="text-lg" dir="auto">
            {product.shortDescription}
          </p>
          {showCodes ? (
            <p className="text-base text-muted">
              <span className="font-semibold">{t("card.codes")}: </span>
              {productCodeItems(product).join(" · ")}
            </p>
          ) : null}
        </div>
        {showImage && product.imagePath ? (
          <img src={product.imagePath} alt={product.imageAlt} width={160} height={120} className="order-first h-24 w-32 shrink-0 rounded-lg sm:order-none sm:h-[7.5rem] sm:w-40" />
        ) : null}
      </div>

      <div className="print-avoid-break space-y-2">
        <Heading level={sub} className="text-lg font-bold">
          {t("card.why")}
        </Heading>
        <ul className="list-disc space-y-1 ps-6">
          {item.reasons.map((reason) => (
            <li key={reason} dir="auto">
              {reason}
            </li>
          ))}
        </ul>
      </div>

      {item.conditions.length > 0 ? (
        <div className="print-avoid-break space-y-2 rounded-lg border-s-4 border-warn-700 bg-warn-50 p-3">
          <Heading level={sub} className="text-lg font-bold">
            {t("card.checkFirst")}
          </Heading>
          <ul className="list-disc space-y-1 ps-6">
            {item.conditions.map((condition) => (
              <li key={condition} dir="auto">
                {condition}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {product.needs.length > 0 ? (
        <div className="print-avoid-break space-y-2">
          <Heading level={sub} className="text-lg font-bold">
            {t("card.needs")}
          </Heading>
          <ul className="list-disc space-y-1 ps-6">
            {product.needs.map((need) => (
              <li key={need} dir="auto">
                {need}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {product.fundingRoutes.length > 0 ? (
        <FundingRouteList routes={product.fundingRoutes} note={product.priceNote.trim() ? priceNoteSentence(product.priceNote) : undefined} headingLevel={sub} locale={locale} />
      ) : (
        <p>
          <span className="font-semibold">{t("card.ownPrice")}: </span>
          {priceText(product, locale)}
        </p>
      )}

      <LocalOfferNote viaMunicipality={item.viaMunicipality} local={item.local} municipalityName={municipalityName} headingLevel={sub} locale={locale} />

      {product.isMonitoring ? <MonitoringExplanation productName={product.name} monitoring={product.monitoring} headingLevel={sub} locale={locale} /> : null}

      <div className="space-y-2">
        <Heading level={sub} className="text-lg font-bold">
          {t("card.borrow")}
        </Heading>
        <AvailabilityList
          productSlug={product.slug}
          productName={product.name}
          lendable={product.lendable}
          lending={item.lending}
          municipalityName={municipalityName}
          nearestKnown={nearestKnown}
          reservePath={reservePath}
          adviceCode={adviceCode}
          locale={locale}
        />
      </div>
    </article>
  );
}
