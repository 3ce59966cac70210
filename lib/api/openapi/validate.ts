/**
 * Checks JSON against the generated OpenAPI document with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and
 * ajv-formats (date, date-time, uri, ...). Used by the unit test of the document and by the integration tests that
 * check live responses, so a response that drifts from its documented schema fails a test.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import type { OpenApiDocument } from "./index";

// ajv-formats is CommonJS: its default export arrives as { default } under some loaders
const addFormats = ((addFormatsImport as unknown as { default?: typeof addFormatsImport }).default ?? addFormatsImport) as typeof addFormatsImport;

const ID = "https://ttv.invalid/api/v1/openapi.json";
const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export interface OpenApiValidator {
  /** errors of `value` against components/schemas/<name>; [] when it fits */
  schemaErrors(name: string, value: unknown): string[];
  /** errors of a JSON response body against what the document says `method path` answers with `status` */
  responseErrors(method: string, path: string, status: number, body: unknown): string[];
  /** errors of a JSON request body against the operation's request body schema */
  requestErrors(method: string, path: string, body: unknown): string[];
}

function format(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);
}

export function openApiValidator(doc: OpenApiDocument): OpenApiValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...(doc as object), $id: ID });
  const compiled = new Map<string, ValidateFunction>();
  const check = (pointer: string, value: unknown): string[] => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.getSchema(`${ID}#${pointer}`);
      if (!validate) throw new Error(`OpenAPI: ${pointer} staat niet in het document.`);
      compiled.set(pointer, validate);
    }
    return validate(value) ? [] : format(validate.errors);
  };
  const operation = (method: string, path: string) => {
    const op = (doc.paths?.[path] as Record<string, { responses?: Record<string, unknown>; requestBody?: unknown }> | undefined)?.[method.toLowerCase()];
    if (!op) throw new Error(`OpenAPI: ${method} ${path} staat niet in het document.`);
    return op;
  };
  return {
    schemaErrors: (name, value) => check(`/components/schemas/${escape(name)}`, value),
    responseErrors(method, path, status, body) {
      const response = operation(method, path).responses?.[String(status)] as { $ref?: string } | undefined;
      if (!response) return [`${method} ${path} documenteert status ${status} niet.`];
      const base = response.$ref ? response.$ref.slice(1) : `/paths/${escape(path)}/${method.toLowerCase()}/responses/${status}`;
      return check(`${base}/content/application~1json/schema`, body);
    },
    requestErrors(method, path, body) {
      operation(method, path);
      return check(`/paths/${escape(path)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`, body);
    },
  };
}
