/**
 * OpenAPI for the open-data feed of the published catalogue: GET /api/v1/products and /api/v1/products/{slug}.
 * The product record's schema is GENERATED from the catalogue's zod schema (lib/catalogue/schema.ts, z.toJSONSchema),
 * renamed to the exchange record's names (lib/catalogue/exchange.ts), so the document cannot drift from the data.
 * tests/integration/catalogue-feed checks real responses against it.
 */
import { z } from "zod";
import { CACHE_PUBLIC } from "@/lib/api/responses";
import { EASTIN_FIELDS } from "@/lib/catalogue/exchange";
import { catalogueProductSchema } from "@/lib/catalogue/schema";
import { okResponse, preflightOperation, responseRef, schemaRef } from "./common";
import type { HeaderObject, OpenApiModule, OperationObject, SchemaObject } from "./types";

const TAG = "Catalogus";

/** JSON Schema keywords the project's checker (check.ts) knows; others (e.g. $schema) are dropped. */
const KEEP = new Set([
  "$ref", "type", "properties", "required", "additionalProperties", "propertyNames", "items", "minItems", "maxItems", "enum",
  "const", "anyOf", "oneOf", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "description", "examples", "title",
]);

export function clean(schema: unknown): SchemaObject {
  if (!schema || typeof schema !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEEP.has(key)) continue;
    if (key === "properties") out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, clean(v)]));
    else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) out[key] = clean(value);
    else if (key === "anyOf" || key === "oneOf") out[key] = (value as unknown[]).map(clean);
    else out[key] = value;
  }
  return out as SchemaObject;
}

/** The exchange record as a strict schema: every field present (null where empty), EASTIN names first. */
function productRecordSchema(): SchemaObject {
  const generated = clean(z.toJSONSchema(catalogueProductSchema, { io: "output", unrepresentable: "any" }));
  const props = { ...(generated.properties ?? {}) };
  props.iso9999Code = { type: "string", pattern: "^\\d{2} \\d{2}( \\d{2})?$", description: 'ISO 9999-code: klasse, subklasse en eventueel divisie ("18 18 06").' };
  props.imagePath = { type: "string", format: "uri", description: "Adres van de afbeelding." };
  for (const field of ["monitoringRecords", "monitoringWhoSees", "monitoringHowToStop"]) {
    props[field] = { type: ["string", "null"], description: "Alleen bij producten die iets over de persoon vastleggen: wat, wie het ziet, hoe u stopt." };
  }
  const properties: Record<string, SchemaObject> = {};
  for (const [eastin, field] of Object.entries(EASTIN_FIELDS)) properties[eastin] = props[field]!;
  properties.InsertDate = { type: ["string", "null"], format: "date-time", description: "Eerste keer gepubliceerd." };
  properties.LastUpdateDate = { type: ["string", "null"], format: "date-time", description: "Laatste inhoudelijke wijziging (gepubliceerd)." };
  const renamed = new Set<string>(Object.values(EASTIN_FIELDS));
  for (const [field, schema] of Object.entries(props)) if (!renamed.has(field)) properties[field] = schema;
  return {
    type: "object",
    description:
      "Eén product van de gedeelde catalogus. Beschrijvende velden met de namen van het EASTIN-productrecord (ProductCode, IsoCodePrimary, CommercialName, " +
      "ManufacturerOriginalFullName, InsertDate, LastUpdateDate, OriginalDescription, ImageUrl); daarna de eigen velden; `rules` zijn de regels voor het advies.",
    required: Object.keys(properties),
    additionalProperties: false,
    properties,
  };
}

const CACHE_HEADERS: Record<string, HeaderObject | { $ref: string }> = {
  ETag: { description: "Versie van dit antwoord. Stuur hem terug in If-None-Match: is er niets veranderd, dan krijgt u 304 zonder body.", schema: { type: "string" } },
  "Cache-Control": { description: `\`${CACHE_PUBLIC}\``, schema: { type: "string", const: CACHE_PUBLIC } },
};

const ifNoneMatch = {
  name: "If-None-Match",
  in: "header" as const,
  required: false,
  description: "De ETag van een eerder antwoord: 304 als er niets veranderd is.",
  schema: { type: "string" } as SchemaObject,
};

const notModified = { description: "Niets veranderd sinds de ETag in If-None-Match (geen body).", headers: CACHE_HEADERS };

const listOperation: OperationObject = {
  operationId: "listCatalogueProducts",
  summary: "De gepubliceerde catalogus (open data)",
  description:
    "Alle producten van de gepubliceerde catalogusversie. Synchroniseren: bewaar `publishedAt` en vraag de volgende keer `?updatedSince=<publishedAt>`; " +
    "dan krijgt u alleen nieuwe en gewijzigde producten, en in `removed` de codes die sindsdien uit de catalogus zijn.",
  tags: [TAG],
  parameters: [
    {
      name: "updatedSince",
      in: "query",
      required: false,
      description: "Alleen producten die na dit moment zijn toegevoegd of gewijzigd. Datum (2026-12-01) of datum en tijd (ISO 8601).",
      schema: { type: "string", examples: ["2026-12-01T10:00:00Z"] },
    },
    ifNoneMatch,
  ],
  responses: {
    "200": { ...okResponse("De producten.", schemaRef("CatalogueProductList")), headers: CACHE_HEADERS },
    "304": notModified,
    "400": responseRef("BadRequest"),
    "404": responseRef("NotFound"),
    "405": responseRef("MethodNotAllowed"),
  },
};

const oneOperation: OperationObject = {
  operationId: "getCatalogueProduct",
  summary: "Eén product van de gepubliceerde catalogus",
  tags: [TAG],
  parameters: [
    { name: "slug", in: "path", required: true, description: "De productcode (ProductCode).", schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", examples: ["robotstofzuiger"] } },
    ifNoneMatch,
  ],
  responses: {
    "200": { ...okResponse("Het product.", schemaRef("CatalogueProductResponse")), headers: CACHE_HEADERS },
    "304": notModified,
    "400": responseRef("BadRequest"),
    "404": responseRef("NotFound"),
    "405": responseRef("MethodNotAllowed"),
  },
};

export const catalogueApi: OpenApiModule = {
  tags: [{ name: TAG, description: "De gedeelde catalogus van technologie voor thuis als open data: alleen lezen, geen sleutel nodig." }],
  schemas: {
    CatalogueProduct: productRecordSchema(),
    CatalogueProductList: {
      type: "object",
      description: "De gepubliceerde catalogus.",
      required: ["catalogueVersion", "publishedAt", "updatedSince", "products", "removed"],
      additionalProperties: false,
      properties: {
        catalogueVersion: { type: "integer", minimum: 1, description: "Nummer van de gepubliceerde versie." },
        publishedAt: { type: ["string", "null"], format: "date-time", description: "Wanneer deze versie is gepubliceerd." },
        updatedSince: { type: ["string", "null"], description: "De gevraagde updatedSince, of null." },
        products: { type: "array", items: schemaRef("CatalogueProduct") },
        removed: { type: "array", items: { type: "string" }, description: "Met updatedSince: productcodes die sindsdien uit de catalogus zijn." },
      },
    },
    CatalogueProductResponse: {
      type: "object",
      required: ["catalogueVersion", "product"],
      additionalProperties: false,
      properties: { catalogueVersion: { type: "integer", minimum: 1 }, product: schemaRef("CatalogueProduct") },
    },
  },
  paths: {
    "/api/v1/products": { get: listOperation, options: preflightOperation("preflightCatalogueProducts", ["GET"]) },
    "/api/v1/products/{slug}": { get: oneOperation, options: preflightOperation("preflightCatalogueProduct", ["GET"]) },
  },
};
