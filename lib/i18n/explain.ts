/**
 * Renders the engine's explanations (codes with parameters, lib/matching/types.ts) as sentences in one language.
 * Pure: the caller passes the products (with their translations) and the tips; the engine's own sentences come from
 * messages/<locale>/engine.json, euros and dates through Intl. Dutch output is exactly the engine's old Dutch.
 */
import type { Advice, CatalogueProduct, Explanation, ScoreTerm, TipRule } from "@/lib/matching/types";
import { productText, type FallbackListener, type ProductTranslations, type TranslatableProduct } from "@/lib/catalogue/translations";
import type { Locale } from "./config";
import { formatDate, formatMoney } from "./format";
import { translatorFor } from "./translator";

export type ExplainableProduct = Pick<CatalogueProduct, "slug" | "rules"> & Omit<TranslatableProduct, "rules"> & { translations?: ProductTranslations };

export interface Explainer {
  locale: Locale;
  text(explanation: Explanation): string;
  /** several explanations, the same sentence once (two Dutch texts may share a translation) */
  list(explanations: readonly Explanation[]): string[];
}

export function createExplainer(input: {
  locale: Locale;
  products: Iterable<ExplainableProduct>;
  /** tip id -> its text in this language (Dutch when not translated) */
  tipText: (id: string) => string | undefined;
  onFallback?: FallbackListener;
}): Explainer {
  const { locale } = input;
  const t = translatorFor(locale, "engine");
  const bySlug = new Map<string, ExplainableProduct>();
  for (const p of input.products) bySlug.set(p.slug, p);

  const catalogue = (slug: string, path: string): string => {
    const p = bySlug.get(slug);
    return p ? productText(p, path, locale, input.onFallback) : "";
  };
  const range = (min: number, max: number) =>
    max > min ? t("priceRange", { min: formatMoney(min, locale), max: formatMoney(max, locale) }) : formatMoney(min, locale);

  const text = (e: Explanation): string => {
    switch (e.code) {
      case "product.text":
        return catalogue(e.params.product, e.params.path);
      case "prerequisite.unknown":
        return t("prerequisiteUnknown", {
          check: catalogue(e.params.product, `rules.prerequisites.${e.params.index}.check`),
          reason: catalogue(e.params.product, `rules.prerequisites.${e.params.index}.reason`),
        });
      case "prerequisite.missing":
        return t("prerequisiteMissing", { reason: catalogue(e.params.product, `rules.prerequisites.${e.params.index}.reason`) });
      case "tip":
        return input.tipText(e.params.id) ?? "";
      case "cost.free":
        return t("costFree");
      case "cost.price": {
        const price = range(e.params.min, e.params.max);
        return e.params.period === "month" ? t("costMonth", { price }) : t("costOnce", { price });
      }
      case "lendable":
        return t("lendable");
      case "available.now":
        return t("availableNow");
      case "learning.keptUsing":
        return t("learningKeptUsing", { total: e.params.total, kept: e.params.kept });
      case "available.from":
        return t("availableFrom", { date: formatDate(e.params.date, locale) });
    }
  };

  return {
    locale,
    text,
    list(explanations) {
      const out: string[] = [];
      for (const e of explanations) {
        const s = text(e);
        if (s !== "" && !out.includes(s)) out.push(s);
      }
      return out;
    },
  };
}

/** The engine's explanations in Dutch, from the products and tips it was given (editor preview, tests). */
export function dutchExplainer(products: Iterable<ExplainableProduct>, tips: readonly TipRule[]): Explainer {
  return createExplainer({ locale: "nl", products, tipText: dutchTipText(tips) });
}

/** Tip texts by id from the tip rules (Dutch source). */
export function dutchTipText(tips: readonly TipRule[]): (id: string) => string | undefined {
  const map = new Map(tips.map((tip) => [tip.id, tip.text]));
  return (id) => map.get(id);
}

/** The advice with every explanation rendered, one sentence per code (no de-duplication: the engine's own lists). */
export interface RenderedAdvice {
  recommendations: { slug: string; score: number; terms: { kind: ScoreTerm["kind"]; points: number; reason: string }[]; reasons: string[]; conditions: string[] }[];
  notRecommended: { slug: string; reasons: string[] }[];
  tips: string[];
}

export function renderAdvice(advice: Advice, explainer: Explainer): RenderedAdvice {
  const all = (list: readonly Explanation[]) => list.map((e) => explainer.text(e));
  return {
    recommendations: advice.recommendations.map((r) => ({
      slug: r.slug,
      score: r.score,
      terms: r.terms.map((t) => ({ kind: t.kind, points: t.points, reason: explainer.text(t.reason) })),
      reasons: all(r.reasons),
      conditions: all(r.conditions),
    })),
    notRecommended: advice.notRecommended.map((e) => ({ slug: e.slug, reasons: all(e.reasons) })),
    tips: all(advice.tips),
  };
}
