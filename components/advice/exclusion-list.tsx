import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import { Heading, type HeadingLevel } from "./heading";
import { adviceTexts } from "./texts";

/** Products that were ruled out, each with every reason: "Niet voor u, omdat …" (the engine's bare reasons complete it). */
export function ExclusionList({ items, headingLevel = 3, locale = DEFAULT_LOCALE }: { items: AdviceResult["notRecommended"]; headingLevel?: HeadingLevel; locale?: Locale }) {
  const t = adviceTexts(locale);
  if (items.length === 0) return <p>{t("exclusion.none")}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.product.slug} className="print-avoid-break rounded-xl border border-gray-300 bg-white p-4">
          <Heading level={headingLevel} className="text-lg font-bold">
            {item.product.name}
          </Heading>
          <ul className="mt-1 space-y-1">
            {item.reasons.map((reason) => (
              <li key={reason}>{t("exclusion.because", { reason })}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
