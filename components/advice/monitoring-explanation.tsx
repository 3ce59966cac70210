import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import type { ProductInfo } from "@/lib/server/catalogue/get-catalogue";
import { Heading, type HeadingLevel } from "./heading";
import { adviceTexts } from "./texts";

/**
 * The clear box for products that record something (sensors, trackers, alarms): what it records, who sees it and how
 * to stop. People decide themselves; nobody may place it without their consent.
 */
export function MonitoringExplanation({
  productName,
  monitoring,
  headingLevel = 4,
  locale = DEFAULT_LOCALE,
}: {
  productName: string;
  monitoring: ProductInfo["monitoring"];
  headingLevel?: HeadingLevel;
  locale?: Locale;
}) {
  const t = adviceTexts(locale);
  return (
    <div className="print-avoid-break space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-3 sm:p-4">
      <Heading level={headingLevel} className="text-lg font-bold">
        {t("monitoring.heading", { product: productName })}
      </Heading>
      {monitoring ? (
        <dl className="space-y-2">
          <div>
            <dt className="font-semibold">{t("monitoring.records")}</dt>
            <dd dir="auto">{monitoring.records}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("monitoring.whoSees")}</dt>
            <dd dir="auto">{monitoring.whoSees}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("monitoring.howToStop")}</dt>
            <dd dir="auto">{monitoring.howToStop}</dd>
          </div>
        </dl>
      ) : (
        <p>{t("monitoring.askCentre")}</p>
      )}
      <p>{t("monitoring.consent")}</p>
    </div>
  );
}
