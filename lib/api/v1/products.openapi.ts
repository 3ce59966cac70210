/**
 * The open-data feed of the published catalogue in the OpenAPI document: GET /api/v1/products and
 * /api/v1/products/{slug}. A product is the catalogue's own zod schema (lib/catalogue/schema.ts) with the exchange
 * record's names (lib/catalogue/exchange.ts), so the document cannot drift from the data;
 * tests/integration/catalogue-feed checks real responses against it (Ajv).
 */
import { z } from "zod";
import { CACHE_PUBLIC } from "@/lib/api/responses";
import { CSV_COLUMNS, EASTIN_FIELDS } from "@/lib/catalogue/exchange";
import { catalogueProductSchema } from "@/lib/catalogue/schema";
import { endpoint, ok, responseRef } from "@/lib/api/openapi/endpoint";
import { productSlugParamSchema, productsQuerySchema } from "./products";

const TAG = "Catalogus";

const shape = catalogueProductSchema.shape as Record<string, z.ZodType>;
const overrides: Record<string, z.ZodType> = {
  iso9999Code: z.string().regex(/^\d{2} \d{2}( \d{2})?$/).describe('ISO 9999-code: klasse, subklasse en eventueel divisie ("18 18 06").'),
  imagePath: z.url().describe("Adres van de afbeelding."),
  InsertDate: z.iso.datetime({ offset: true }).nullable().describe("Eerste keer gepubliceerd."),
  LastUpdateDate: z.iso.datetime({ offset: true }).nullable().describe("Laatste inhoudelijke wijziging (gepubliceerd)."),
};
for (const field of ["monitoringRecords", "monitoringWhoSees", "monitoringHowToStop"]) {
  overrides[field] = z.string().nullable().describe("Alleen bij producten die iets over de persoon vastleggen: wat, wie het ziet, hoe u stopt.");
}
const fieldOf = (column: string): string => (EASTIN_FIELDS as Record<string, string>)[column] ?? column;

/** The exchange record: every column of lib/catalogue/exchange.ts, each the catalogue schema's field (null where empty). */
export const catalogueProductRecordSchema = z
  .strictObject(Object.fromEntries(CSV_COLUMNS.map((column) => [column, overrides[column] ?? overrides[fieldOf(column)] ?? shape[fieldOf(column)]!])))
  .meta({
    id: "CatalogueProduct",
    description:
      "Eén product van de gedeelde catalogus. Beschrijvende velden met de namen van het EASTIN-productrecord (ProductCode, IsoCodePrimary, CommercialName, " +
      "ManufacturerOriginalFullName, InsertDate, LastUpdateDate, OriginalDescription, ImageUrl); daarna de eigen velden; `rules` zijn de regels voor het advies.",
  });

export const catalogueProductListSchema = z
  .strictObject({
    catalogueVersion: z.int().min(1).describe("Nummer van de gepubliceerde versie."),
    publishedAt: z.iso.datetime({ offset: true }).nullable().describe("Wanneer deze versie is gepubliceerd."),
    updatedSince: z.string().nullable().describe("De gevraagde updatedSince, of null."),
    products: z.array(catalogueProductRecordSchema),
    removed: z.array(z.string()).describe("Met updatedSince: productcodes die sindsdien uit de catalogus zijn."),
  })
  .meta({ id: "CatalogueProductList", description: "De gepubliceerde catalogus." });

export const catalogueProductResponseSchema = z
  .strictObject({ catalogueVersion: z.int().min(1), product: catalogueProductRecordSchema })
  .meta({ id: "CatalogueProductResponse" });

const CACHE_HEADERS: Record<string, { description: string; schema: { type: "string"; const?: string } }> = {
  ETag: { description: "Versie van dit antwoord. Stuur hem terug in If-None-Match: is er niets veranderd, dan krijgt u 304 zonder body.", schema: { type: "string" } },
  "Cache-Control": { description: `\`${CACHE_PUBLIC}\``, schema: { type: "string", const: CACHE_PUBLIC } },
};
const ifNoneMatch = z.strictObject({
  "If-None-Match": z.string().optional().describe("De ETag van een eerder antwoord: 304 als er niets veranderd is."),
});
const notModified = { description: "Niets veranderd sinds de ETag in If-None-Match (geen body).", headers: CACHE_HEADERS };

export const catalogueEndpoints = [
  endpoint({
    method: "get",
    path: "/api/v1/products",
    operationId: "listCatalogueProducts",
    tag: TAG,
    summary: "De gepubliceerde catalogus (open data)",
    description:
      "Alle producten van de gepubliceerde catalogusversie. Synchroniseren: bewaar `publishedAt` en vraag de volgende keer `?updatedSince=<publishedAt>`; " +
      "dan krijgt u alleen nieuwe en gewijzigde producten, en in `removed` de codes die sindsdien uit de catalogus zijn.",
    query: productsQuerySchema,
    headers: ifNoneMatch,
    responses: {
      "200": ok("De producten.", catalogueProductListSchema, { headers: CACHE_HEADERS }),
      "304": notModified,
      "400": responseRef("BadRequest"),
      "404": responseRef("NotFound"),
    },
  }),
  endpoint({
    method: "get",
    path: "/api/v1/products/{slug}",
    operationId: "getCatalogueProduct",
    tag: TAG,
    summary: "Eén product van de gepubliceerde catalogus",
    params: productSlugParamSchema,
    headers: ifNoneMatch,
    responses: {
      "200": ok("Het product.", catalogueProductResponseSchema, { headers: CACHE_HEADERS }),
      "304": notModified,
      "400": responseRef("BadRequest"),
      "404": responseRef("NotFound"),
    },
  }),
];
