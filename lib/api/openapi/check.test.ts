import { describe, expect, it } from "vitest";
import { checkSchema, collectRefs, resolvePointer } from "./check";
import type { SchemaObject } from "./types";

const doc = {
  components: {
    schemas: {
      Centre: {
        type: "object",
        required: ["slug", "available", "next"],
        additionalProperties: false,
        properties: {
          slug: { type: "string", pattern: "^[a-z-]+$" },
          available: { type: "integer", minimum: 0 },
          next: { type: ["string", "null"], format: "date" },
        },
      },
    } as Record<string, SchemaObject>,
  },
};
const list: SchemaObject = { type: "array", maxItems: 2, items: { $ref: "#/components/schemas/Centre" } };

describe("checkSchema", () => {
  it.each([
    { name: "a fitting value", value: [{ slug: "spui", available: 2, next: null }], errors: [] },
    { name: "a date where a date may be", value: [{ slug: "spui", available: 0, next: "2026-12-02" }], errors: [] },
    { name: "a missing field", value: [{ slug: "spui", available: 2 }], errors: ['$[0]: veld "next" ontbreekt'] },
    { name: "an extra field", value: [{ slug: "spui", available: 2, next: null, id: "x" }], errors: ['$[0]: veld "id" staat niet in het schema'] },
    { name: "a wrong type", value: [{ slug: "spui", available: "2", next: null }], errors: ["$[0].available: verwacht integer, kreeg string"] },
    { name: "a fraction for an integer", value: [{ slug: "spui", available: 1.5, next: null }], errors: ["$[0].available: verwacht integer, kreeg number"] },
    { name: "a negative count", value: [{ slug: "spui", available: -1, next: null }], errors: ["$[0].available: kleiner dan 0"] },
    { name: "a bad date", value: [{ slug: "spui", available: 0, next: "2 december" }], errors: ['$[0].next: "2 december" is geen datum JJJJ-MM-DD'] },
    { name: "a pattern miss", value: [{ slug: "Spui", available: 0, next: null }], errors: ['$[0].slug: "Spui" past niet bij /^[a-z-]+$/'] },
    { name: "too many items", value: [1, 2, 3].map(() => ({ slug: "a", available: 0, next: null })), errors: ["$: meer dan 2 items"] },
    { name: "not an array", value: {}, errors: ["$: verwacht array, kreeg object"] },
  ])("$name", ({ value, errors }) => {
    expect(checkSchema(doc, list, value)).toEqual(errors);
  });

  it.each([
    { schema: { enum: [true, false, "unknown"] }, value: "ja", ok: false },
    { schema: { enum: [true, false, "unknown"] }, value: false, ok: true },
    { schema: { const: "*" }, value: "*", ok: true },
    { schema: { const: "*" }, value: "x", ok: false },
    { schema: { anyOf: [{ const: "always" }, { type: "array", items: { type: "string" } }] }, value: ["a"], ok: true },
    { schema: { anyOf: [{ const: "always" }, { type: "array", items: { type: "string" } }] }, value: "sometimes", ok: false },
    { schema: { oneOf: [{ type: "string" }, { type: "string", minLength: 1 }] }, value: "two", ok: false },
    { schema: { type: "string", format: "uri" }, value: "https://example.nl/a", ok: true },
    { schema: { type: "string", format: "uri" }, value: "/relative", ok: false },
    { schema: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, value: { a: ["x"] }, ok: true },
    { schema: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, value: { a: "x" }, ok: false },
  ] as { schema: SchemaObject; value: unknown; ok: boolean }[])("$value against $schema → $ok", ({ schema, value, ok }) => {
    expect(checkSchema(doc, schema, value).length === 0).toBe(ok);
  });

  it("refuses to check a keyword it does not know, instead of passing it", () => {
    expect(() => checkSchema(doc, { type: "string", uniqueItems: true } as SchemaObject, "x")).toThrow(/uniqueItems/);
  });

  it("refuses a $ref that points to nothing", () => {
    expect(() => checkSchema(doc, { $ref: "#/components/schemas/Nope" }, 1)).toThrow(/Nope/);
  });
});

describe("collectRefs and resolvePointer", () => {
  it("finds every $ref and resolves it", () => {
    const refs = collectRefs({ a: list, b: [{ $ref: "#/components/schemas/Centre" }] });
    expect(refs).toEqual([
      { ref: "#/components/schemas/Centre", at: "$.a.items" },
      { ref: "#/components/schemas/Centre", at: "$.b[0]" },
    ]);
    expect(resolvePointer(doc, refs[0]!.ref)).toBe(doc.components.schemas.Centre);
    expect(resolvePointer(doc, "#/components/schemas/Nope")).toBeUndefined();
  });
});
