/**
 * The catalogue as an exchange file: JSON and CSV, both ways. Pure (no database): text in, rows out; products out, text.
 *
 * One record per product. The product's descriptive fields use the names of the EASTIN product record (the European
 * assistive-technology information network), so an EASTIN-minded partner recognises them; everything else keeps the
 * field names of lib/catalogue/schema.ts; the matching rules are a separate structured part:
 *
 *   EASTIN name                    our field          note
 *   ProductCode                    slug               stable, kebab-case
 *   IsoCodePrimary                 iso9999Code        "18 18 06"
 *   IsoEdition                     iso9999Edition     "2022"
 *   CommercialName                 name
 *   ManufacturerOriginalFullName   supplier           "" when the product is a kind, not a brand
 *   OriginalDescription            shortDescription   Dutch, B1
 *   ImageUrl                       imagePath          a path under /public ("/products/x.svg"), relative to the app
 *   InsertDate, LastUpdateDate     (read only)        set when a version is published; ignored on import
 *   rules                          rules              JSON: an object per product; CSV: one column holding that JSON
 *
 * CSV: one header row with the names above (order as in CSV_COLUMNS), one row per product, UTF-8, comma separated,
 * RFC 4180 quoting. Lists and objects (icfCodes, needs, checklist, fundingRoutes, rules, translations) are JSON inside
 * their cell (translations: the texts in en/tr/ar/pl by text path; the column may be absent in older files);
 * true/false for yes/no; an empty cell for an absent monitoring text.
 */
import { parse as parseCsvText } from "csv-parse/sync";
import { stringify as stringifyCsv } from "csv-stringify/sync";
import type { CatalogueProductData } from "./schema";

export const EXCHANGE_FORMAT = "ttv-catalogue";
export const EXCHANGE_FORMAT_VERSION = 1;

/** EASTIN record name -> our field. */
export const EASTIN_FIELDS = {
  ProductCode: "slug",
  IsoCodePrimary: "iso9999Code",
  IsoEdition: "iso9999Edition",
  CommercialName: "name",
  ManufacturerOriginalFullName: "supplier",
  OriginalDescription: "shortDescription",
  ImageUrl: "imagePath",
} as const satisfies Record<string, keyof CatalogueProductData>;
type EastinName = keyof typeof EASTIN_FIELDS;
const FIELD_TO_EASTIN = new Map<string, EastinName>(Object.entries(EASTIN_FIELDS).map(([e, f]) => [f, e as EastinName]));
const READ_ONLY = ["InsertDate", "LastUpdateDate"] as const;

/** Our own fields after the EASTIN part, in file order; `rules` last. */
const OWN_FIELDS = [
  "nameInSentence",
  "imageAlt",
  "domain",
  "icfCodes",
  "priceMinEuro",
  "priceMaxEuro",
  "pricePeriod",
  "priceNote",
  "needs",
  "isMonitoring",
  "monitoringRecords",
  "monitoringWhoSees",
  "monitoringHowToStop",
  "lendable",
  "loanPeriodDays",
  "maxExtensions",
  "maxLoanDays",
  "checklist",
  "fundingRoutes",
] as const satisfies readonly (keyof CatalogueProductData)[];

/** Columns a file may leave out (files from before product texts per language). */
const OPTIONAL = ["translations"] as const;

export const CSV_COLUMNS = [...Object.keys(EASTIN_FIELDS), ...READ_ONLY, ...OWN_FIELDS, "rules", ...OPTIONAL] as const;

const JSON_CELLS = new Set<string>(["icfCodes", "needs", "checklist", "fundingRoutes", "rules", "translations"]);
const NUMBER_CELLS = new Set<string>(["priceMinEuro", "priceMaxEuro", "loanPeriodDays", "maxExtensions", "maxLoanDays"]);
const BOOLEAN_CELLS = new Set<string>(["isMonitoring", "lendable"]);
const NULLABLE_CELLS = new Set<string>(["monitoringRecords", "monitoringWhoSees", "monitoringHowToStop"]);

export interface ExportProduct {
  data: CatalogueProductData;
  insertedAt: Date | null;
  changedAt: Date | null;
}

export interface ExportMeta {
  catalogueVersion: number;
  publishedAt: Date | null;
  exportedAt: Date;
}

/** One exchange record (JSON), in file order. */
export function toExchangeRecord(p: ExportProduct): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [eastin, field] of Object.entries(EASTIN_FIELDS)) record[eastin] = p.data[field];
  record.InsertDate = p.insertedAt?.toISOString() ?? null;
  record.LastUpdateDate = p.changedAt?.toISOString() ?? null;
  for (const field of OWN_FIELDS) record[field] = p.data[field] ?? null;
  record.rules = p.data.rules;
  // the product's texts in the other languages (Dutch above is the source), by language and text path
  record.translations = p.data.translations ?? {};
  return record;
}

export function exportJson(products: readonly ExportProduct[], meta: ExportMeta): string {
  const doc = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    catalogueVersion: meta.catalogueVersion,
    publishedAt: meta.publishedAt?.toISOString() ?? null,
    exportedAt: meta.exportedAt.toISOString(),
    products: [...products].sort((a, b) => a.data.slug.localeCompare(b.data.slug)).map(toExchangeRecord),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function exportCsv(products: readonly ExportProduct[]): string {
  const rows = [...products]
    .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
    .map((p) => {
      const record = toExchangeRecord(p);
      return CSV_COLUMNS.map((column) => {
        const value = record[column];
        if (value === null || value === undefined) return "";
        if (JSON_CELLS.has(column)) return JSON.stringify(value);
        return String(value);
      });
    });
  return stringifyCsv([[...CSV_COLUMNS], ...rows], { record_delimiter: "\n" });
}

// ------------------------------------------------------------------------------------------------ reading

/** One record read from a file, before validation. `row` is what a person finds in the file (CSV line, JSON position). */
export interface ImportRow {
  row: number;
  /** the product code as read, for messages (may be missing) */
  slug: string | null;
  /** the record mapped to our field names, ready for catalogueProductSchema */
  input: Record<string, unknown>;
  /** problems found while reading the cells (e.g. a JSON cell that is not JSON) */
  problems: string[];
}

export class ExchangeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExchangeFileError";
  }
}

/** Our field name -> the name used in the file (EASTIN name where there is one), for messages. */
export function fileFieldName(field: string): string {
  return FIELD_TO_EASTIN.get(field) ?? field;
}

function fromExchangeRecord(record: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if ((READ_ONLY as readonly string[]).includes(key)) continue;
    const field = (EASTIN_FIELDS as Record<string, string>)[key] ?? key;
    input[field] = value;
  }
  return input;
}

export function parseJsonFile(text: string): ImportRow[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ExchangeFileError(`Het bestand is geen geldige JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(doc) ? doc : doc && typeof doc === "object" ? (doc as { products?: unknown }).products : undefined;
  if (!Array.isArray(list)) throw new ExchangeFileError('Verwacht een lijst met producten, of een object met "products".');
  if (!Array.isArray(doc)) {
    const format = (doc as { format?: unknown }).format;
    if (format !== undefined && format !== EXCHANGE_FORMAT) throw new ExchangeFileError(`Onbekend formaat "${String(format)}".`);
  }
  return list.map((record, index) => {
    if (!record || typeof record !== "object" || Array.isArray(record)) {
      return { row: index + 1, slug: null, input: {}, problems: ["Dit is geen product (verwacht een object)."] };
    }
    const input = fromExchangeRecord(record as Record<string, unknown>);
    return { row: index + 1, slug: typeof input.slug === "string" ? input.slug : null, input, problems: [] };
  });
}

export function parseCsvFile(text: string): ImportRow[] {
  let records: string[][];
  try {
    records = parseCsvText(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    throw new ExchangeFileError(`Het CSV-bestand is niet te lezen: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new ExchangeFileError("Het CSV-bestand is leeg.");
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length > 0) throw new ExchangeFileError(`Onbekende kolommen: ${unknown.join(", ")}.`);
  const missing = CSV_COLUMNS.filter((c) => ![...READ_ONLY, ...OPTIONAL].includes(c as never) && !header.includes(c));
  if (missing.length > 0) throw new ExchangeFileError(`Deze kolommen ontbreken: ${missing.join(", ")}.`);
  if (new Set(header).size !== header.length) throw new ExchangeFileError("Een kolom staat er twee keer in.");

  return rows.map((cells, index) => {
    const record: Record<string, unknown> = {};
    const problems: string[] = [];
    header.forEach((column, i) => {
      const cell = cells[i] ?? "";
      if ((READ_ONLY as readonly string[]).includes(column)) return;
      if (JSON_CELLS.has(column)) {
        if (cell.trim() === "") return; // default applies (rules stays missing and is reported by the schema)
        try {
          record[column] = JSON.parse(cell);
        } catch {
          problems.push(`${column}: geen geldige JSON in deze cel.`);
        }
      } else if (NUMBER_CELLS.has(column)) {
        record[column] = cell.trim() === "" ? undefined : /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell;
      } else if (BOOLEAN_CELLS.has(column)) {
        record[column] = cell === "true" ? true : cell === "false" ? false : cell;
      } else if (NULLABLE_CELLS.has(column)) {
        record[column] = cell === "" ? null : cell;
      } else {
        record[column] = cell;
      }
    });
    const input = fromExchangeRecord(record);
    // row = line in the file: header is line 1 (multi-line cells make this the record's position, still findable)
    return { row: index + 2, slug: typeof input.slug === "string" && input.slug ? input.slug : null, input, problems };
  });
}

export type ExchangeFormat = "json" | "csv";

export function parseExchangeFile(text: string, format: ExchangeFormat): ImportRow[] {
  return format === "json" ? parseJsonFile(text) : parseCsvFile(text);
}

/** Product objects already in our field names (the seed, tests) as import rows; row = position, 1-based. */
export function rowsFromProducts(products: readonly object[]): ImportRow[] {
  return products.map((p, index) => {
    const input = { ...(p as Record<string, unknown>) };
    return { row: index + 1, slug: typeof input.slug === "string" ? input.slug : null, input, problems: [] };
  });
}
