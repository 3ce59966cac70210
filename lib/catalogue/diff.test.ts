import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { diffCatalogues, isEmptyDiff } from "./diff";
import { canonicalJson, productHash } from "./canonical";
import { catalogueProductSchema, type CatalogueProductData } from "./schema";

const products: CatalogueProductData[] = CATALOGUE.slice(0, 4).map((p) => catalogueProductSchema.parse(p));
const [a, b, c, d] = products as [CatalogueProductData, CatalogueProductData, CatalogueProductData, CatalogueProductData];

describe("diffCatalogues", () => {
  it("finds nothing between equal catalogues, whatever the order", () => {
    const diff = diffCatalogues(products, [...products].reverse());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(4);
  });

  it("lists added and removed products by slug", () => {
    const diff = diffCatalogues([a, b, c], [b, c, d]);
    expect(diff.added).toEqual([{ slug: d.slug, name: d.name }]);
    expect(diff.removed).toEqual([{ slug: a.slug, name: a.name }]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toBe(2);
  });

  it("names each changed field with its value before and after, and the part of the rules that changed", () => {
    const contraindication = {
      effect: "exclude" as const,
      when: { code: "home.pets" as const, is: [true] },
      reason: "er een huisdier is.",
      check: "Heeft u geen huisdier?",
    };
    const edited: CatalogueProductData = {
      ...a,
      priceMaxEuro: a.priceMaxEuro + 10,
      supplier: "Voorbeeld BV",
      rules: { ...a.rules, contraindications: [...a.rules.contraindications, contraindication] },
    };
    const diff = diffCatalogues([a, b], [edited, b]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.fields).toEqual([
      { field: "priceMaxEuro", before: a.priceMaxEuro, after: a.priceMaxEuro + 10 },
      { field: "rules.contraindications", before: a.rules.contraindications, after: edited.rules.contraindications },
      { field: "supplier", before: "", after: "Voorbeeld BV" },
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it("treats an absent and a null value as the same", () => {
    const withNull = { ...a, monitoringRecords: null };
    const without = { ...a, monitoringRecords: undefined };
    expect(isEmptyDiff(diffCatalogues([withNull], [without]))).toBe(true);
  });
});

describe("canonical JSON", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[1,{"x":2,"y":1}]},"b":1}');
    expect(productHash({ a: 1, b: 2 })).toBe(productHash({ b: 2, a: 1 }));
    expect(productHash({ a: 1 })).not.toBe(productHash({ a: 2 }));
  });
});
