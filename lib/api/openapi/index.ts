/**
 * The OpenAPI 3.1 document of API v1 (served at /api/v1/openapi.json), built from one module per part of the API.
 *
 * To add a part (e.g. lending): write lib/api/openapi/<part>.ts exporting an OpenApiModule (use the helpers in
 * common.ts for errors, preflight and headers), import it here and add it to MODULES. Paths, schemas, responses,
 * headers and tags must not clash with another module's: building the document throws when they do (a unit
 * test builds it).
 */
import { adviceApi } from "./advice";
import { catalogueApi } from "./catalogue";
import { commonApi } from "./common";
import { lendingApi } from "./lending";
import { opsApi } from "./ops";
import { submissionsApi } from "./submissions";
import type { OpenApiDocument, OpenApiModule } from "./types";

export const MODULES: readonly OpenApiModule[] = [commonApi, adviceApi, lendingApi, catalogueApi, submissionsApi, opsApi];

export const API_VERSION = "1.0.0";

function mergeInto<T>(target: Record<string, T>, source: Record<string, T> | undefined, what: string): void {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (key in target) throw new Error(`OpenAPI: ${what} "${key}" staat in twee modules.`);
    target[key] = value;
  }
}

export function buildOpenApiDocument(modules: readonly OpenApiModule[] = MODULES): OpenApiDocument {
  const doc: OpenApiDocument = {
    openapi: "3.1.0",
    info: {
      title: "Thuis Technologie Verkenner – API v1",
      version: API_VERSION,
      description:
        "Openbare JSON-API van de Thuis Technologie Verkenner: de vragenlijst, persoonlijk advies over technologie voor thuis, " +
        "en wat er nu te leen is bij uitleenpunten. Voor gemeenten en partners; geen sleutel nodig, elke website mag hem aanroepen (CORS). " +
        "Alle teksten zijn Nederlands (B1). Fouten hebben altijd de vorm { error, fields }. Bodies zijn JSON (UTF-8), hooguit 64 KB. " +
        "Codes (moeilijkheden, situatievragen, producten, uitleenpunten) zijn vast: er komen er bij, ze veranderen niet.",
    },
    servers: [{ url: "/", description: "Deze server" }],
    tags: [],
    paths: {},
    components: { schemas: {}, responses: {}, headers: {} },
  };
  const tagNames = new Set<string>();
  for (const m of modules) {
    for (const tag of m.tags ?? []) {
      if (tagNames.has(tag.name)) throw new Error(`OpenAPI: tag "${tag.name}" staat in twee modules.`);
      tagNames.add(tag.name);
      doc.tags.push(tag);
    }
    mergeInto(doc.paths, m.paths, "pad");
    mergeInto(doc.components.schemas, m.schemas, "schema");
    mergeInto(doc.components.responses, m.responses, "response");
    mergeInto(doc.components.headers, m.headers, "header");
  }
  return doc;
}
