/**
 * How an endpoint of the public API describes itself: one `endpoint({...})` call next to the zod schemas the route
 * validates with (lib/api/v1/<area>.openapi.ts). The OpenAPI document (index.ts) is generated from these calls by
 * zod-openapi; request and response schemas are the zod schemas themselves, so the document cannot drift from the
 * validation. What every endpoint shares lives here: the error body, the standard error responses, the CORS and
 * cache headers.
 */
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { CACHE_NONE, CACHE_PUBLIC } from "@/lib/api/responses";
import { MAX_BODY_BYTES } from "@/lib/api/read-json-body";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface Endpoint {
  method: HttpMethod;
  /** OpenAPI path: /api/v1/reservations/{reference} */
  path: string;
  operation: ZodOpenApiOperationObject;
}

export interface EndpointSpec {
  method: HttpMethod;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** the zod schema of the JSON body (the same one the route parses with) */
  body?: z.ZodType;
  bodyExample?: unknown;
  /** zod objects of the query, path and header parameters */
  query?: z.ZodObject;
  params?: z.ZodObject;
  headers?: z.ZodObject;
  responses: ZodOpenApiResponsesObject;
}

/** One endpoint of the API. A body adds the standard body errors (400, 413, 415, 429, 500, 503). */
export function endpoint(spec: EndpointSpec): Endpoint {
  const requestParams = {
    ...(spec.query ? { query: spec.query } : {}),
    ...(spec.params ? { path: spec.params } : {}),
    ...(spec.headers ? { header: spec.headers } : {}),
  };
  const operation: ZodOpenApiOperationObject = {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    ...(Object.keys(requestParams).length ? { requestParams } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            description: `JSON, UTF-8, hooguit ${MAX_BODY_BYTES / 1024} KB.`,
            content: { "application/json": { schema: spec.body, ...(spec.bodyExample ? { example: spec.bodyExample } : {}) } },
          },
        }
      : {}),
    responses: { ...(spec.body ? JSON_BODY_ERRORS : {}), "405": responseRef("MethodNotAllowed"), ...spec.responses },
  };
  return { method: spec.method, path: spec.path, operation };
}

// ------------------------------------------------------------------------------------------------ shared parts

export const errorSchema = z
  .strictObject({
    error: z.string().meta({ examples: ["De gegevens kloppen niet. Bij fields staat wat er mis is."] }),
    fields: z
      .record(z.string(), z.array(z.string()))
      .describe(
        'Per veldpad de foutmeldingen. Het pad is de plek in de body, met punten: `answers.difficulties.0` is de eerste code in answers.difficulties, `answers.context.home.clutter` het antwoord op "home.clutter". `body` is de body als geheel. Leeg ({}) als de fout niet bij één veld hoort.',
      ),
    code: z
      .string()
      .optional()
      .meta({ examples: ["resident.offerGone"] })
      .describe("Wat er mis is als vaste code uit de foutencatalogus (messages/nl/errors.json); ontbreekt als er geen code is."),
  })
  .meta({ id: "Error", description: "Elke fout heeft deze vorm. `error` is één Nederlandse zin; `fields` noemt per veld wat er mis is." });

export type ErrorExample = { error: string; fields: Record<string, string[]> };

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });
export const responseRef = (name: keyof typeof STANDARD_RESPONSES) => ({ $ref: `#/components/responses/${name}` });

/** Headers on every response of API v1. */
const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": headerRef("AccessControlAllowOrigin"),
  "Cache-Control": headerRef("CacheControl"),
};

/** A JSON response with the CORS and cache headers. */
export function ok(description: string, schema: z.ZodType, extra: { example?: unknown; headers?: Record<string, unknown> } = {}): ZodOpenApiResponseObject {
  return {
    description,
    headers: { ...COMMON_HEADERS, ...(extra.headers ?? {}) } as ZodOpenApiResponseObject["headers"],
    content: { "application/json": { schema, ...(extra.example !== undefined ? { example: extra.example } : {}) } },
  };
}

/** An error response of this endpoint with its own example. */
export function errorResponse(description: string, example: ErrorExample, headers: Record<string, unknown> = {}): ZodOpenApiResponseObject {
  return ok(description, errorSchema, { example, headers });
}

const retryAfter = (example: string) => ({ "Retry-After": { description: "Seconden tot u het opnieuw kunt proberen.", schema: { type: "string", examples: [example] } } });

export const STANDARD_RESPONSES = {
  BadRequest: errorResponse(
    "De invoer klopt niet: geen geldige JSON, een veld ontbreekt, een onbekende code of een verkeerde waarde. De melding noemt de code of de waarde.",
    { error: "De gegevens kloppen niet. Bij fields staat wat er mis is.", fields: { "answers.difficulties.0": ['Onbekende code voor een moeilijkheid: "stofzuigen".'] } },
  ),
  NotFound: errorResponse("Dit bestaat niet, bijvoorbeeld een onbekende gemeente. `fields` noemt het veld.", {
    error: 'Gemeente "atlantis" is onbekend.',
    fields: { municipality: ['Gemeente "atlantis" is onbekend.'] },
  }),
  TooManyRequests: errorResponse(
    "Te veel verzoeken van dit adres in één minuut (standaard 60, in te stellen met API_RATE_LIMIT_PER_MINUTE). Retry-After zegt na hoeveel seconden het weer kan.",
    { error: "Te veel verzoeken. Probeer het over 12 seconden opnieuw.", fields: {} },
    retryAfter("12"),
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
    retryAfter("5"),
  ),
  InternalError: errorResponse("Er ging bij de server iets mis (niet door de invoer). Probeer het later opnieuw.", {
    error: "Er ging bij ons iets mis. Probeer het later nog een keer.",
    fields: {},
  }),
} satisfies Record<string, ZodOpenApiResponseObject>;

export const STANDARD_HEADERS = {
  AccessControlAllowOrigin: {
    description: "De API is openbaar: elke website mag hem aanroepen (zonder cookies).",
    schema: { type: "string", const: "*" },
  },
  CacheControl: {
    description: `\`${CACHE_PUBLIC}\` voor de vragenlijst en dit document; \`${CACHE_NONE}\` voor advies en fouten.`,
    schema: { type: "string", enum: [CACHE_PUBLIC, CACHE_NONE] },
  },
} as const;

/** The standard errors of an operation with a JSON body. */
export const JSON_BODY_ERRORS: ZodOpenApiResponsesObject = {
  "400": responseRef("BadRequest"),
  "413": responseRef("PayloadTooLarge"),
  "415": responseRef("UnsupportedMediaType"),
  "429": responseRef("TooManyRequests"),
  "500": responseRef("InternalError"),
  "503": responseRef("ServiceUnavailable"),
};

/** The CORS preflight of a path; `methods` are the ones the path allows. */
export function preflightOperation(operationId: string, methods: readonly string[]): ZodOpenApiOperationObject {
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
      } as ZodOpenApiResponseObject,
    },
  };
}

/** Compile-time check that a zod schema's output is exactly a hand-written type (e.g. a DTO interface). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export function assertType<_T extends true>(): void {}
