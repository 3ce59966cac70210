import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { applyRowAction, fieldForPath, parseProductForm, parseRowAction, productToForm, rowIndexes, type FormValues } from "./product-form";
import { catalogueProductSchema, normaliseProduct } from "./schema";

const products = CATALOGUE.map((p) => normaliseProduct(catalogueProductSchema.parse(p)));

describe("product form", () => {
  it.each(products.map((p) => [p.slug, p] as const))("%s goes into the form and back unchanged", (_slug, p) => {
    const parsed = parseProductForm(productToForm(p));
    expect(parsed).toEqual({ ok: true, product: p });
  });

  const withContra = products.find((p) => p.rules.contraindications.length > 0)!;
  const base = productToForm(withContra);

  it.each<[string, FormValues, string, string]>([
    ["an ISO 9999 code that does not exist", { ...base, iso9999Code: "99 99" }, "iso9999Code", "Geen geldige ISO 9999-code"],
    ["an empty name", { ...base, name: "  " }, "name", "Vul dit in."],
    ["a price that is not a number", { ...base, priceMinEuro: "veel" }, "priceMinEuro", "Vul een getal in."],
    ["lowest price above highest", { ...base, priceMinEuro: "900", priceMaxEuro: "10" }, "priceMaxEuro", "De laagste prijs is hoger"],
    ["a contraindication without its reason", { ...base, "rules.contraindications.0.text": "" }, "rules.contraindications.0.text", "Vul dit in."],
    ["a contraindication without any answer ticked", { ...base, "rules.contraindications.0.when.is": [] }, "rules.contraindications.0.when.is", "Kies er minstens één."],
    ["a difficulty that is not chosen", { ...base, "rules.addresses.0.difficulty": "" }, "rules.addresses.0.difficulty", "Kies een van de mogelijkheden."],
    ["a score change of 0", { ...applyRowAction(base, { kind: "add", list: "rules.contextFit" }), [`rules.contextFit.${withContra.rules.contextFit.length}.delta`]: "0", [`rules.contextFit.${withContra.rules.contextFit.length}.when.code`]: "home.rugs", [`rules.contextFit.${withContra.rules.contextFit.length}.when.is`]: ["true"], [`rules.contextFit.${withContra.rules.contextFit.length}.reason`]: "x" }, `rules.contextFit.${withContra.rules.contextFit.length}.delta`, "Een aanpassing van 0 doet niets."],
  ])("%s: a Dutch error on the field", (_name, values, field, message) => {
    const parsed = parseProductForm(values);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]?.join(" ")).toContain(message);
  });

  it("turns a contraindication's text into a solution when its effect is condition", () => {
    const parsed = parseProductForm({ ...base, "rules.contraindications.0.effect": "condition", "rules.contraindications.0.text": "Los het zo op." });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.product.rules.contraindications[0]).toMatchObject({ effect: "condition", solution: "Los het zo op." });
  });

  it("adds and removes rows, keeping the order of the others", () => {
    const n = withContra.rules.addresses.length;
    const added = applyRowAction(base, { kind: "add", list: "rules.addresses" });
    expect(rowIndexes(added, "rules.addresses")).toHaveLength(n + 1);
    expect(added[`rules.addresses.${n}.fit`]).toBe("2");
    const removed = applyRowAction(added, { kind: "remove", list: "rules.addresses", index: 0 });
    expect(rowIndexes(removed, "rules.addresses")).toHaveLength(n);
    expect(removed["rules.addresses.0.reason"]).toBe(n > 1 ? withContra.rules.addresses[1]!.reason : "");
    expect(removed.name).toBe(base.name);
  });

  it.each<[string, ReturnType<typeof parseRowAction>]>([
    ["add:rules.contraindications", { kind: "add", list: "rules.contraindications" }],
    ["remove:fundingRoutes:1", { kind: "remove", list: "fundingRoutes", index: 1 }],
    ["remove:rules.addresses", null],
    ["add:slug", null],
    ["save", null],
  ])("reads the button %s", (intent, expected) => {
    expect(parseRowAction(intent)).toEqual(expected);
  });

  it.each<[(string | number)[], string]>([
    [["rules", "contraindications", 2, "solution"], "rules.contraindications.2.text"],
    [["rules", "notes", 1], "rules.notes"],
    [["rules", "contextFit", 0, "when", "is", 1], "rules.contextFit.0.when.is"],
    [["checklist", 3], "checklist"],
    [["name"], "name"],
  ])("puts an error at %j on %s", (path, field) => {
    expect(fieldForPath(path)).toBe(field);
  });
});
