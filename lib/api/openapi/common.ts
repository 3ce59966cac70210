/**
 * What every part of API v1 shares in the OpenAPI document: the error body, the standard error responses,
 * the CORS and cache headers, the preflight operation, and the path of the document itself.
 * Other modules (advice.ts, lending.ts) use the helpers below so every path documents errors the same way.
 */
import { CACHE_NONE, CACHE_PUBLIC } from "@/lib/api/responses";
import { MAX_BODY_BYTES } from "@/lib/api/read-json-body";
import type { HeaderObject, MediaTypeObject, OpenApiModule, OperationObject, ResponseObject, ResponseOrRef, SchemaObject } from "./types";

export const schemaRef = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
export const responseRef = (name: string): { $ref: string } => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: string): { $ref: string } => ({ $ref: `#/components/headers/${name}` });

export const jsonContent = (schema: SchemaObject, extra: Omit<MediaTypeObject, "schema"> = {}): Record<string, MediaTypeObject> => ({
  "application/json": { schema, ...extra },
});

/** Headers on every response of API v1. */
const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": headerRef("AccessControlAllowOrigin"),
  "Cache-Control": headerRef("CacheControl"),
};

/** A 200 JSON response with the CORS and cache headers. */
export function okResponse(description: string, schema: SchemaObject, extra: Omit<MediaTypeObject, "schema"> = {}): ResponseObject {
  return { description, headers: COMMON_HEADERS, content: jsonContent(schema, extra) };
}

/** The CORS preflight of a path; `methods` are the ones the path allows. */
export function preflightOperation(operationId: string, methods: readonly string[]): OperationObject {
  return {
    operationId,
    summary: "CORS-preflight",
    description: `Browsers vragen hiermee of een andere website deze URL mag aanroepen. Elk domein mag (${methods.join(", ")}), zonder cookies.`,
    tags: ["Algemeen"],
    responses: {
      "204": {
        description: "Toegestaan.",
        headers: {
          "Access-Control-Allow-Origin": headerRef("AccessControlAllowOrigin"),
          "Access-Control-Allow-Methods": { schema: { type: "string", examples: ["GET, POST, OPTIONS"] } },
          "Access-Control-Allow-Headers": { schema: { type: "string", examples: ["Content-Type"] } },
          Allow: { description: "De methoden van dit pad.", schema: { type: "string", examples: [methods.join(", ")] } },
        },
      },
    },
  };
}

/** The standard errors of a POST with a JSON body. */
export const JSON_BODY_ERRORS: Record<string, ResponseOrRef> = {
  "400": responseRef("BadRequest"),
  "413": responseRef("PayloadTooLarge"),
  "415": responseRef("UnsupportedMediaType"),
  "429": responseRef("TooManyRequests"),
  "500": responseRef("InternalError"),
  "503": responseRef("ServiceUnavailable"),
};

const errorResponse = (description: string, example: { error: string; fields: Record<string, string[]> }, headers: Record<string, HeaderObject | { $ref: string }> = {}): ResponseObject => ({
  description,
  headers: { ...COMMON_HEADERS, ...headers },
  content: jsonContent(schemaRef("Error"), { example }),
});

export const commonApi: OpenApiModule = {
  tags: [{ name: "Algemeen", description: "De beschrijving van de API zelf." }],
  headers: {
    AccessControlAllowOrigin: {
      description: "De API is openbaar: elke website mag hem aanroepen (zonder cookies).",
      schema: { type: "string", const: "*" },
    },
    CacheControl: {
      description: `\`${CACHE_PUBLIC}\` voor de vragenlijst en dit document; \`${CACHE_NONE}\` voor advies en fouten.`,
      schema: { type: "string", enum: [CACHE_PUBLIC, CACHE_NONE] },
    },
  },
  schemas: {
    Error: {
      type: "object",
      description: "Elke fout heeft deze vorm. `error` is één Nederlandse zin; `fields` noemt per veld wat er mis is.",
      required: ["error", "fields"],
      additionalProperties: false,
      properties: {
        error: { type: "string", examples: ["De gegevens kloppen niet. Bij fields staat wat er mis is."] },
        fields: {
          type: "object",
          description:
            'Per veldpad de foutmeldingen. Het pad is de plek in de body, met punten: `answers.difficulties.0` is de eerste code in answers.difficulties, `answers.context.home.clutter` het antwoord op "home.clutter". `body` is de body als geheel. Leeg ({}) als de fout niet bij één veld hoort.',
          additionalProperties: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
  responses: {
    BadRequest: errorResponse(
      "De invoer klopt niet: geen geldige JSON, een veld ontbreekt, een onbekende code of een verkeerde waarde. De melding noemt de code of de waarde.",
      {
        error: "De gegevens kloppen niet. Bij fields staat wat er mis is.",
        fields: { "answers.difficulties.0": ['Onbekende code voor een moeilijkheid: "stofzuigen".'] },
      },
    ),
    NotFound: errorResponse("Dit bestaat niet, bijvoorbeeld een onbekende gemeente. `fields` noemt het veld.", {
      error: 'Gemeente "atlantis" is onbekend.',
      fields: { municipality: ['Gemeente "atlantis" is onbekend.'] },
    }),
    TooManyRequests: errorResponse(
      "Te veel verzoeken van dit adres in één minuut (standaard 60, in te stellen met API_RATE_LIMIT_PER_MINUTE). Retry-After zegt na hoeveel seconden het weer kan.",
      { error: "Te veel verzoeken. Probeer het over 12 seconden opnieuw.", fields: {} },
      { "Retry-After": { description: "Seconden tot u het opnieuw kunt proberen.", schema: { type: "string", examples: ["12"] } } },
    ),
    PayloadTooLarge: errorResponse(`De body is groter dan ${MAX_BODY_BYTES / 1024} KB.`, {
      error: `De gegevens zijn te groot. Het maximum is ${MAX_BODY_BYTES / 1024} KB.`,
      fields: {},
    }),
    UnsupportedMediaType: errorResponse(
      "De body is geen JSON: stuur Content-Type: application/json (UTF-8).",
      { error: "Stuur de gegevens als JSON, met de kop Content-Type: application/json.", fields: {} },
      { "Accept-Post": { schema: { type: "string", const: "application/json" } } },
    ),
    MethodNotAllowed: errorResponse(
      "Deze methode kan niet op dit pad. De kop Allow noemt de methoden die wel kunnen.",
      { error: "Deze methode kan hier niet. Gebruik POST of OPTIONS.", fields: {} },
      { Allow: { schema: { type: "string", examples: ["POST, OPTIONS"] } } },
    ),
    ServiceUnavailable: errorResponse(
      "De database is heel even niet bereikbaar (bijvoorbeeld tijdens een herstart). Probeer het na Retry-After seconden opnieuw.",
      { error: "De dienst is heel even niet bereikbaar. Probeer het over een paar seconden opnieuw.", fields: {} },
      { "Retry-After": { description: "Seconden tot u het opnieuw kunt proberen.", schema: { type: "string", examples: ["5"] } } },
    ),
    InternalError: errorResponse("Er ging bij de server iets mis (niet door de invoer). Probeer het later opnieuw.", {
      error: "Er ging bij ons iets mis. Probeer het later nog een keer.",
      fields: {},
    }),
  },
  paths: {
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "Deze beschrijving van de API (OpenAPI 3.1)",
        tags: ["Algemeen"],
        responses: {
          "200": okResponse("Het OpenAPI-document.", { type: "object", required: ["openapi", "info", "paths"] }),
          "405": responseRef("MethodNotAllowed"),
        },
      },
      options: preflightOperation("preflightOpenApiDocument", ["GET", "OPTIONS"]),
    },
  },
};
