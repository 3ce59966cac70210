import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import type { LocalInfo } from "@/lib/offer/local-offer";
import { Heading, type HeadingLevel } from "./heading";
import { adviceTexts } from "./texts";

/**
 * The municipality's own word on a product (issue 9): "niet via uw gemeente" when it does not offer it, and its local
 * information (funding, supplier, price agreement, note). Renders nothing when there is nothing local to say. Tolerant
 * of advice saved before the local offer existed (both fields undefined). The labels follow the resident's language;
 * the values are the municipality's own words (Dutch, typed by its administrator), marked lang="nl".
 */
export function LocalOfferNote({ viaMunicipality, local, municipalityName, headingLevel, locale = DEFAULT_LOCALE }: { viaMunicipality?: boolean; local?: LocalInfo | null; municipalityName: string; headingLevel: HeadingLevel; locale?: Locale }) {
  const t = adviceTexts(locale);
  const notVia = viaMunicipality === false;
  if (!notVia && !local) return null;
  const rows: [string, string | null][] = local
    ? [
        [t("local.fundingNote"), local.fundingNote],
        [t("local.supplier"), local.supplier],
        [t("local.priceAgreement"), local.priceAgreement],
        [t("local.note"), local.note],
      ]
    : [];
  return (
    <div className="print-avoid-break space-y-2 rounded-lg border-s-4 border-brand-700 bg-brand-50 p-3">
      <Heading level={headingLevel} className="text-lg font-bold">
        {t("local.heading", { municipality: municipalityName })}
      </Heading>
      {notVia ? (
        <p>
          <span className="inline-block rounded border border-gray-700 px-2 py-0.5 font-semibold">{t("local.notVia")}</span> {t("local.notViaText")}
        </p>
      ) : null}
      {rows.some(([, v]) => v) ? (
        <dl className="space-y-1">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt className="inline font-semibold">{k}: </dt>
                <dd className="inline [overflow-wrap:anywhere]" lang={locale === "nl" ? undefined : "nl"} dir={locale === "nl" ? undefined : "ltr"}>
                  {v}
                </dd>
              </div>
            ))}
        </dl>
      ) : null}
    </div>
  );
}
