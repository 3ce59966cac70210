/**
 * Product display data and tips in the resident's language: translations from the catalogue (by schema path) and
 * the tips' message file; Dutch wherever a translation is missing (counted for editors in
 * /beheer/catalogus/vertalingen). Pure apart from the static message files.
 */
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { TIPS } from "@/lib/catalogue/tips";
import type { ProductInfo } from "@/lib/server/catalogue/get-catalogue";

export function localizeProductInfo(info: ProductInfo, locale: Locale): ProductInfo {
  if (locale === "nl") return info;
  const tr = info.translations[locale];
  if (!tr) return info;
  const pick = (path: string, dutch: string) => tr[path] || dutch;
  return {
    ...info,
    name: pick("name", info.name),
    // "dit hulpmiddel" when the product has no nameInSentence: in another language the translated name serves
    nameInSentence: tr.nameInSentence || tr.name || info.nameInSentence,
    shortDescription: pick("shortDescription", info.shortDescription),
    priceNote: info.priceNote ? pick("priceNote", info.priceNote) : info.priceNote,
    needs: info.needs.map((n, i) => pick(`needs.${i}`, n)),
    monitoring: info.monitoring
      ? {
          records: pick("monitoringRecords", info.monitoring.records),
          whoSees: pick("monitoringWhoSees", info.monitoring.whoSees),
          howToStop: pick("monitoringHowToStop", info.monitoring.howToStop),
        }
      : null,
    imageAlt: pick("imageAlt", info.imageAlt),
  };
}

const DUTCH_TIPS = new Map(TIPS.map((t) => [t.id, t.text]));

/** A tip's text in `locale`, Dutch when it has no translation. */
export function tipTextIn(locale: Locale): (id: string) => string | undefined {
  const translated = (loadMessages(locale).tips ?? {}) as Record<string, string>;
  return (id) => (locale === "nl" ? undefined : translated[id]) ?? DUTCH_TIPS.get(id);
}
