import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { CSV_COLUMNS, ExchangeFileError, exportCsv, exportJson, parseCsvFile, parseJsonFile, rowsFromProducts, type ExportProduct } from "./exchange";
import { planImport } from "./import-plan";
import { catalogueProductSchema, normaliseProduct, type CatalogueProductData } from "./schema";

const at = new Date("2026-12-01T10:00:00.000Z");
const products: CatalogueProductData[] = CATALOGUE.map((p) => normaliseProduct(catalogueProductSchema.parse(p)));
const withExtras = products.map((p, i) =>
  i === 0
    ? { ...p, supplier: 'Firma "Komma, en Co"', checklist: ["Oplader", "Handleiding; in het Nederlands"], fundingRoutes: [{ route: "buy" as const, costMinEuro: 10, costMaxEuro: 20, period: "once" as const }] }
    : p,
);
const exportable: ExportProduct[] = withExtras.map((data) => ({ data, insertedAt: at, changedAt: at }));

describe("exchange files", () => {
  it.each(["json", "csv"] as const)("a %s export reads back to exactly the same products", (format) => {
    const text = format === "json" ? exportJson(exportable, { catalogueVersion: 4, publishedAt: at, exportedAt: at }) : exportCsv(exportable);
    const rows = format === "json" ? parseJsonFile(text) : parseCsvFile(text);
    const plan = planImport(rows, withExtras);
    expect(plan.refused).toEqual([]);
    expect(plan.products).toEqual([...withExtras].sort((a, b) => a.slug.localeCompare(b.slug)));
    expect(plan.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: withExtras.length });
  });

  it("writes the EASTIN names first, then the rules and the translations last in CSV", () => {
    const [header] = exportCsv(exportable).split("\n");
    expect(header!.split(",").slice(0, 9)).toEqual([
      "ProductCode",
      "IsoCodePrimary",
      "IsoEdition",
      "CommercialName",
      "ManufacturerOriginalFullName",
      "OriginalDescription",
      "ImageUrl",
      "InsertDate",
      "LastUpdateDate",
    ]);
    expect(CSV_COLUMNS.slice(-2)).toEqual(["rules", "translations"]);
  });

  it("refuses files it cannot read, with a reason", () => {
    expect(() => parseJsonFile("{not json")).toThrow(ExchangeFileError);
    expect(() => parseJsonFile('{"format":"other","products":[]}')).toThrow(/Onbekend formaat/);
    expect(() => parseCsvFile("ProductCode,Colour\nx,red\n")).toThrow(/Onbekende kolommen: Colour/);
    expect(() => parseCsvFile("ProductCode\nx\n")).toThrow(/ontbreken/);
  });

  it("refuses rows with reasons in the file's own field names, and never reports a refused product as removed", () => {
    const rows = rowsFromProducts([
      { ...products[0], iso9999Code: "12" },
      { ...products[1], rules: { ...products[1]!.rules, addresses: [] } },
      products[2]!,
      products[2]!,
    ]);
    const plan = planImport(rows, products.slice(0, 3));
    expect(plan.ok).toBe(false);
    expect(plan.refused.map((r) => [r.row, r.slug, r.reasons.map((x) => x.split(":")[0])])).toEqual([
      [1, products[0]!.slug, ["IsoCodePrimary"]],
      [2, products[1]!.slug, ["rules.addresses"]],
      [4, products[2]!.slug, ["ProductCode"]],
    ]);
    expect(plan.diff.removed).toEqual([]);
  });

  it("reports a JSON cell in CSV that is not JSON", () => {
    const csv = exportCsv(exportable.slice(0, 1)).replace(/,"\{""addresses"".*$/m, ",{broken,{}");
    const [row] = parseCsvFile(csv);
    expect(row!.problems).toEqual(["rules: geen geldige JSON in deze cel."]);
    expect(planImport([row!], []).refused[0]!.reasons).toContain("rules: geen geldige JSON in deze cel.");
  });

  it("reads a CSV file without the translations column (older files), and round-trips translations", () => {
    const withTexts = [{ ...exportable[0]!, data: { ...exportable[0]!.data, translations: { en: { name: "English name" } } } }];
    const [row] = parseCsvFile(exportCsv(withTexts));
    expect(row!.input.translations).toEqual({ en: { name: "English name" } });
    const lines = exportCsv(exportable.slice(0, 1)).trimEnd().split("\n");
    const dropLast = (line: string) => line.slice(0, line.lastIndexOf(","));
    const [old] = parseCsvFile(lines.map(dropLast).join("\n"));
    expect(old!.problems).toEqual([]);
    expect(old!.input.translations).toBeUndefined();
  });

  it("refuses an empty file", () => {
    expect(planImport([], []).refused[0]!.reasons).toEqual(["Het bestand bevat geen producten."]);
  });
});
