import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/api/validate";
import { adviceRequestSchema } from "@/lib/api/v1/advice";
import { publicQuestionnaire } from "@/lib/api/v1/questions";
import { methodNotAllowed } from "@/lib/api/responses";
import { CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { ADVICE_EXAMPLE_REQUEST } from "./advice";
import { checkSchema, collectRefs, resolvePointer } from "./check";
import { buildOpenApiDocument, MODULES } from "./index";
import type { OpenApiModule, OperationObject } from "./types";

const doc = buildOpenApiDocument();
const schema = (name: string) => doc.components.schemas[name]!;
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  (["get", "post", "put", "patch", "delete", "options"] as const).flatMap((m) => (item[m] ? [{ path, method: m, op: item[m] as OperationObject }] : [])),
);

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the three endpoints of API v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/questions", "/api/v1/advice", "/api/v1/openapi.json"]));
    expect(doc.paths["/api/v1/questions"]!.get).toBeDefined();
    expect(doc.paths["/api/v1/advice"]!.post).toBeDefined();
    expect(doc.paths["/api/v1/openapi.json"]!.get).toBeDefined();
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const { ref, at } of refs) expect(resolvePointer(doc, ref), `${ref} at ${at}`).toBeDefined();
  });

  it("has a unique operationId, a summary and a tag that exists for every operation", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(doc.tags.map((t) => t.name));
    for (const { op } of operations) {
      expect(op.summary).toBeTruthy();
      for (const tag of op.tags ?? []) expect(tags.has(tag), tag).toBe(true);
    }
  });

  it("documents 400, 413 and 415 for every operation with a body, and a preflight for every path", () => {
    for (const { path, op } of operations.filter((o) => o.op.requestBody)) {
      expect(Object.keys(op.responses), path).toEqual(expect.arrayContaining(["400", "413", "415"]));
    }
    for (const [path, item] of Object.entries(doc.paths)) expect(item.options, path).toBeDefined();
  });

  it("lists exactly the codes of lib/questions/codes.ts", () => {
    expect(schema("DifficultyCode").enum).toEqual([...DIFFICULTY_CODES]);
    expect(schema("ContextCode").enum).toEqual([...CONTEXT_CODES]);
    expect(Object.keys(schema("Answers").properties!.context!.properties!).sort()).toEqual([...CONTEXT_CODES].sort());
  });

  it("describes the questionnaire exactly as GET /api/v1/questions sends it", () => {
    expect(checkSchema(doc, schema("Questionnaire"), JSON.parse(JSON.stringify(publicQuestionnaire())))).toEqual([]);
  });

  it("describes the error body exactly as the API sends it", async () => {
    const body = await methodNotAllowed(["GET"]).json();
    expect(checkSchema(doc, schema("Error"), body)).toEqual([]);
    for (const name of Object.keys(doc.components.responses)) {
      const example = doc.components.responses[name]!.content!["application/json"]!.example;
      expect(checkSchema(doc, schema("Error"), example), name).toEqual([]);
    }
  });

  it("has a request example that the API accepts", () => {
    const example = doc.paths["/api/v1/advice"]!.post!.requestBody!.content["application/json"]!.example;
    expect(example).toEqual(ADVICE_EXAMPLE_REQUEST);
    expect(checkSchema(doc, schema("AdviceRequest"), example)).toEqual([]);
    expect(() => parseInput(adviceRequestSchema, example)).not.toThrow();
  });

  const answers = { difficulties: ["bathing"] };
  it.each([
    { name: "a minimal request", body: { municipality: "den-haag", answers } },
    { name: "every kind of context value", body: { municipality: "den-haag", answers: { ...answers, context: { "home.clutter": "some", "home.pets": true, "digital.wifi": "unknown" } } } },
    { name: "a postcode without a space, lower case", body: { municipality: "rijswijk", answers, postcode: "2284dp" } },
    { name: "postcode null", body: { municipality: "den-haag", answers, postcode: null } },
    { name: "an unknown difficulty", body: { municipality: "den-haag", answers: { difficulties: ["x"] } } },
    { name: "a wrong clutter value", body: { municipality: "den-haag", answers: { ...answers, context: { "home.clutter": true } } } },
    { name: "a wrong yes/no value", body: { municipality: "den-haag", answers: { ...answers, context: { "home.pets": "some" } } } },
    { name: "an unknown context code", body: { municipality: "den-haag", answers: { ...answers, context: { "home.garden": true } } } },
    { name: "no municipality", body: { answers } },
    { name: "no answers", body: { municipality: "den-haag" } },
    { name: "an extra field", body: { municipality: "den-haag", answers, extra: 1 } },
    { name: "an extra field in answers", body: { municipality: "den-haag", answers: { ...answers, followUps: {} } } },
    { name: "a bad postcode", body: { municipality: "den-haag", answers, postcode: "0123 AB" } },
    { name: "a municipality with capitals", body: { municipality: "Den-Haag", answers } },
    { name: "too many difficulties", body: { municipality: "den-haag", answers: { difficulties: [...DIFFICULTY_CODES, "bathing"] } } },
  ])("agrees with the API's validation on $name", ({ body }) => {
    const documentSays = checkSchema(doc, schema("AdviceRequest"), body).length === 0;
    let apiSays = true;
    try {
      parseInput(adviceRequestSchema, body);
    } catch {
      apiSays = false;
    }
    expect(documentSays).toBe(apiSays);
  });
});

describe("buildOpenApiDocument", () => {
  const extra = (over: Partial<OpenApiModule>): OpenApiModule => ({ paths: {}, ...over });

  it("adds a module's paths, schemas and tags", () => {
    const built = buildOpenApiDocument([
      ...MODULES,
      extra({ tags: [{ name: "Lenen" }], paths: { "/api/v1/x": { get: { operationId: "x", summary: "x", responses: {} } } }, schemas: { X: { type: "string" } } }),
    ]);
    expect(built.paths["/api/v1/x"]).toBeDefined();
    expect(built.components.schemas.X).toEqual({ type: "string" });
    expect(built.tags.map((t) => t.name)).toContain("Lenen");
  });

  it.each([
    { name: "a path", module: extra({ paths: { "/api/v1/advice": {} } }), message: /pad "\/api\/v1\/advice"/ },
    { name: "a schema", module: extra({ schemas: { Product: { type: "object" } } }), message: /schema "Product"/ },
    { name: "a response", module: extra({ responses: { BadRequest: { description: "x" } } }), message: /response "BadRequest"/ },
    { name: "a tag", module: extra({ tags: [{ name: "Advies" }] }), message: /tag "Advies"/ },
  ])("refuses $name that two modules define", ({ module, message }) => {
    expect(() => buildOpenApiDocument([...MODULES, module])).toThrow(message);
  });
});
