/**
 * A checker for the subset of JSON Schema (2020-12) that this project's OpenAPI document uses. The tests use it to
 * check real API responses against the document, so the document cannot promise fields the API does not send or
 * miss fields it does. A keyword it does not know makes it throw: it never passes something it did not check.
 */
import type { SchemaObject } from "./types";

/** Anything with the schemas a $ref can point to (the OpenAPI document). */
export interface SchemaSource {
  components: { schemas: Record<string, SchemaObject> };
}

const ANNOTATIONS = new Set(["description", "examples", "default", "title"]);
const KNOWN = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "minItems",
  "maxItems",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
]);

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeOf(value) === type;
  }
}

function resolve(doc: SchemaSource, ref: string): SchemaObject {
  const prefix = "#/components/schemas/";
  if (!ref.startsWith(prefix)) throw new Error(`Onbekende $ref: ${ref}`);
  const schema = doc.components.schemas[ref.slice(prefix.length)];
  if (!schema) throw new Error(`$ref wijst naar niets: ${ref}`);
  return schema;
}

/** Every place where `value` breaks `schema`, as "path: problem"; empty when it fits. */
export function checkSchema(doc: SchemaSource, schema: SchemaObject, value: unknown, path = "$"): string[] {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key) && !ANNOTATIONS.has(key)) throw new Error(`checkSchema kent het sleutelwoord "${key}" niet (bij ${path}).`);
  }
  if (schema.$ref) return checkSchema(doc, resolve(doc, schema.$ref), value, path);

  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t))) {
      fail(`verwacht ${types.join(" of ")}, kreeg ${typeOf(value)}`);
      return errors;
    }
  }
  if (schema.enum !== undefined && !schema.enum.some((e) => e === value)) fail(`${JSON.stringify(value)} staat niet in ${JSON.stringify(schema.enum)}`);
  if ("const" in schema && schema.const !== value) fail(`verwacht ${JSON.stringify(schema.const)}, kreeg ${JSON.stringify(value)}`);

  if (typeof value === "string") {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) fail(`"${value}" past niet bij /${schema.pattern}/`);
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`korter dan ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(`langer dan ${schema.maxLength}`);
    if (schema.format === "date" && !DATE.test(value)) fail(`"${value}" is geen datum JJJJ-MM-DD`);
    if (schema.format === "uri" && !URL.canParse(value)) fail(`"${value}" is geen URL`);
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`kleiner dan ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`groter dan ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`minder dan ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`meer dan ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...checkSchema(doc, schema.items!, item, `${path}[${i}]`)));
  }
  if (typeOf(value) === "object") {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) fail(`veld "${key}" ontbreekt`);
    for (const [key, item] of Object.entries(record)) {
      const sub = schema.properties?.[key];
      if (schema.propertyNames) errors.push(...checkSchema(doc, schema.propertyNames, key, `${path} (naam "${key}")`));
      if (sub) errors.push(...checkSchema(doc, sub, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`veld "${key}" staat niet in het schema`);
      else if (typeof schema.additionalProperties === "object") errors.push(...checkSchema(doc, schema.additionalProperties, item, `${path}.${key}`));
    }
  }
  if (schema.anyOf && !schema.anyOf.some((s) => checkSchema(doc, s, value, path).length === 0)) {
    fail(`past bij geen van de ${schema.anyOf.length} mogelijkheden (anyOf)`);
  }
  if (schema.oneOf) {
    const fits = schema.oneOf.filter((s) => checkSchema(doc, s, value, path).length === 0).length;
    if (fits !== 1) fail(`past bij ${fits} in plaats van precies 1 mogelijkheid (oneOf)`);
  }
  return errors;
}

/** Every $ref in the document, with where it appears. */
export function collectRefs(node: unknown, path = "$", out: { ref: string; at: string }[] = []): { ref: string; at: string }[] {
  if (Array.isArray(node)) node.forEach((n, i) => collectRefs(n, `${path}[${i}]`, out));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push({ ref: value, at: path });
      else collectRefs(value, `${path}.${key}`, out);
    }
  }
  return out;
}

/** Resolves a "#/a/b/c" reference inside the document; undefined when it points to nothing. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const part of ref.slice(2).split("/")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node;
}
