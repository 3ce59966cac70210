/**
 * The engine's view of a product (lib/matching/types.ts CatalogueProduct), from anything shaped like a catalogue row:
 * the catalogue data (lib/catalogue/schema.ts), a database row, or a seed product. The one mapping; pure, no imports
 * but types, so the seed, the benches and the app all use it.
 */
import type { CatalogueProduct, ProductRules } from "../matching/types";

export interface EngineProductSource {
  slug: string;
  name: string;
  iso9999Code: string;
  iso9999Edition: string;
  priceMinEuro: number;
  priceMaxEuro: number;
  pricePeriod: "once" | "month";
  lendable: boolean;
  isMonitoring: boolean;
  rules: ProductRules;
}

export function toEngineProduct(p: EngineProductSource): CatalogueProduct {
  return {
    slug: p.slug,
    name: p.name,
    iso9999: { code: p.iso9999Code, edition: p.iso9999Edition },
    priceMinEuro: p.priceMinEuro,
    priceMaxEuro: p.priceMaxEuro,
    pricePeriod: p.pricePeriod,
    lendable: p.lendable,
    isMonitoring: p.isMonitoring,
    rules: p.rules,
  };
}
