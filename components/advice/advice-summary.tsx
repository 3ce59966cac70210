import { link } from "@/components/ui/styles";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { AdviceItem } from "@/lib/server/advice/build-advice";
import { Heading, type HeadingLevel } from "./heading";
import { adviceTexts, fundingItem } from "./texts";

/**
 * Where to borrow it, in one line: the nearest centre that has one now, else the first date one is expected back,
 * else "nu niet te leen" (the Wmo desk is shown on the same page), or that it is not lent at all.
 */
export function borrowLine(item: Pick<AdviceItem, "product" | "lending">, nearestKnown: boolean, locale: Locale = DEFAULT_LOCALE): string {
  const t = adviceTexts(locale);
  if (!item.product.lendable) return t("summary.notLendable");
  const index = item.lending.findIndex((l) => l.available > 0);
  if (index >= 0) {
    const centre = item.lending[index]!.centre.name;
    return nearestKnown && index === 0 ? t("summary.nowNearest", { centre }) : t("summary.now", { centre });
  }
  const later = item.lending
    .filter((l) => l.nextAvailableDate !== null)
    .sort((a, b) => (a.nextAvailableDate! < b.nextAvailableDate! ? -1 : a.nextAvailableDate! > b.nextAvailableDate! ? 1 : 0))[0];
  if (later) return t("summary.later", { date: formatDate(later.nextAvailableDate!, locale), centre: later.centre.name });
  return t("summary.notNow");
}

/**
 * The advice in one phone screen: the best suggestions, each with one line on where to borrow it, the name linking
 * to its details further down. Why it fits is in the details (and, on wider screens, one line here).
 */
export function AdviceSummary({ items, nearestKnown, locale = DEFAULT_LOCALE }: { items: AdviceItem[]; nearestKnown: boolean; locale?: Locale }) {
  return (
    <ol aria-label={adviceTexts(locale)("summary.label")} className="space-y-2">
      {items.map((item, i) => (
        <li key={item.product.slug} className="rounded-xl border-2 border-brand-700 bg-white px-3 py-2">
          <p className="text-xl font-bold">
            <span className="me-2 text-brand-700">{i + 1}.</span>
            <a className={link} href={`#product-${item.product.slug}`}>
              {item.product.name}
            </a>
          </p>
          <p className="text-lg">{borrowLine(item, nearestKnown, locale)}</p>
          {item.reasons[0] ? (
            <p className="hidden text-lg sm:block" dir="auto">
              {item.reasons[0]}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * The best suggestions for the short printout: why, what to check or solve first, how to pay, where to borrow.
 * The full cards (needs, every centre, monitoring explanation) are the printout's optional appendix.
 */
export function AdvicePrintDetails({ items, nearestKnown, headingLevel = 3, locale = DEFAULT_LOCALE }: { items: AdviceItem[]; nearestKnown: boolean; headingLevel?: HeadingLevel; locale?: Locale }) {
  const t = adviceTexts(locale);
  return (
    <ol className="space-y-4">
      {items.map((item, i) => (
        <li key={item.product.slug} className="print-avoid-break space-y-1">
          <Heading level={headingLevel} className="text-lg font-bold">
            {i + 1}. {item.product.name}
          </Heading>
          <p>
            <span className="font-semibold">{t("summary.why")}: </span>
            {item.reasons.join(" ")}
          </p>
          {item.conditions.length > 0 ? (
            <div>
              <p className="font-semibold">{t("summary.checkOrArrange")}</p>
              <ul className="list-disc ps-6">
                {item.conditions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {item.product.fundingRoutes.length > 0 ? (
            <p>
              <span className="font-semibold">{t("summary.pay")}: </span>
              {item.product.fundingRoutes.map((r) => fundingItem(r, locale)).join(" ")}
            </p>
          ) : null}
          <p>
            <span className="font-semibold">{t("summary.borrow")}: </span>
            {borrowLine(item, nearestKnown, locale)}
          </p>
        </li>
      ))}
    </ol>
  );
}
