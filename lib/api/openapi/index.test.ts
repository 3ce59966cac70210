import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/api/validate";
import { adviceRequestSchema } from "@/lib/api/v1/advice";
import { ADVICE_EXAMPLE_REQUEST } from "@/lib/api/v1/advice.openapi";
import { RESERVATION_EXAMPLE_REQUEST, WAITLIST_EXAMPLE_REQUEST } from "@/lib/api/v1/lending.openapi";
import { reservationRequestSchema, waitlistRequestSchema } from "@/lib/api/v1/lending";
import { publicQuestionnaire } from "@/lib/api/v1/questions";
import { methodNotAllowed } from "@/lib/api/responses";
import { CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { buildOpenApiDocument, ENDPOINTS } from "./index";
import { endpoint, ok } from "./endpoint";
import { openApiValidator } from "./validate";
import { z } from "zod";

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument();
const paths = doc.paths as Record<string, Record<string, Json>>;
const schemas = doc.components!.schemas as Record<string, Json>;
const validator = openApiValidator(doc);
const METHODS = ["get", "post", "put", "patch", "delete", "options"] as const;
const operations = Object.entries(paths).flatMap(([p, item]) => METHODS.flatMap((m) => (item[m] ? [{ path: p, method: m, op: item[m] as Json }] : [])));

/** Every route handler of the public API: app/api/v1/**, app/api/health and app/api/ready, with the methods it serves. */
function publicRoutes(): { path: string; methods: string[] }[] {
  const root = path.join(process.cwd(), "app", "api");
  const out: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path.relative(root, dir).split(path.sep);
        if (!(rel[0] === "v1" || (rel.length === 1 && (rel[0] === "health" || rel[0] === "ready")))) continue;
        const source = fs.readFileSync(full, "utf8");
        // a method the route really serves: `export const GET = ...` or `export (async) function GET`; the
        // `notAllowed as GET` re-exports answer 405 and are documented by every operation's 405
        const methods = [...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
        out.push({ path: "/api/" + rel.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/"), methods });
      }
    }
  };
  walk(root);
  return out;
}

describe("the generated OpenAPI document", () => {
  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  const routes = publicRoutes();
  it("found the route handlers (so the next test can fail)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(13);
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(["/api/v1/advice", "/api/v1/products/{slug}", "/api/health", "/api/ready"]));
  });

  it("documents every method of every route handler under app/api/v1 (and health, ready)", () => {
    const missing = routes.flatMap((r) => r.methods.filter((m) => !paths[r.path]?.[m]).map((m) => `${m.toUpperCase()} ${r.path}`));
    expect(missing, "register these with endpoint() in lib/api/v1/<area>.openapi.ts (see ARCHITECTURE.md)").toEqual([]);
    const documentedOnly = operations.filter((o) => o.method !== "options" && !routes.some((r) => r.path === o.path && r.methods.includes(o.method)));
    expect(documentedOnly.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it("resolves every $ref", () => {
    const refs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
          if (k === "$ref" && typeof v === "string") refs.push(v);
          else walk(v);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const target = ref.slice(2).split("/").reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("compiles every component schema with Ajv (JSON Schema 2020-12)", () => {
    for (const name of Object.keys(schemas)) expect(() => validator.schemaErrors(name, null), name).not.toThrow();
  });

  it("has a unique operationId, a summary and a tag that exists for every operation", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set((doc.tags ?? []).map((t) => t.name));
    for (const { op } of operations) {
      expect(op.summary).toBeTruthy();
      for (const tag of (op.tags as string[]) ?? []) expect(tags.has(tag), tag).toBe(true);
    }
  });

  it("documents 400, 413 and 415 for every operation with a body, 405 for every operation, and a preflight for every path", () => {
    for (const { path: p, method, op } of operations.filter((o) => o.method !== "options")) {
      if (op.requestBody) expect(Object.keys(op.responses as Json), p).toEqual(expect.arrayContaining(["400", "413", "415"]));
      expect(Object.keys(op.responses as Json), `${method} ${p}`).toContain("405");
    }
    for (const [p, item] of Object.entries(paths)) expect(item.options, p).toBeDefined();
  });

  it("lists exactly the codes of lib/questions/codes.ts", () => {
    expect(schemas.DifficultyCode!.enum).toEqual([...DIFFICULTY_CODES]);
    expect(schemas.ContextCode!.enum).toEqual([...CONTEXT_CODES]);
    const answers = (schemas.AdviceRequest!.properties as Record<string, Json>).answers!;
    const context = (answers.properties as Record<string, Json>).context!;
    expect(Object.keys(context.properties as Json).sort()).toEqual([...CONTEXT_CODES].sort());
  });

  it("describes the questionnaire exactly as GET /api/v1/questions sends it", () => {
    expect(validator.responseErrors("GET", "/api/v1/questions", 200, JSON.parse(JSON.stringify(publicQuestionnaire())))).toEqual([]);
  });

  it("describes the error body exactly as the API sends it, and every error example fits it", async () => {
    const body = await methodNotAllowed(["GET"]).json();
    expect(validator.schemaErrors("Error", body)).toEqual([]);
    for (const [name, response] of Object.entries(doc.components!.responses as Record<string, { content: Record<string, { example: unknown }> }>)) {
      expect(validator.schemaErrors("Error", response.content["application/json"]!.example), name).toEqual([]);
    }
  });

  it.each([
    { path: "/api/v1/advice", example: ADVICE_EXAMPLE_REQUEST, schema: adviceRequestSchema },
    { path: "/api/v1/reservations", example: RESERVATION_EXAMPLE_REQUEST, schema: reservationRequestSchema },
    { path: "/api/v1/waitlist", example: WAITLIST_EXAMPLE_REQUEST, schema: waitlistRequestSchema },
  ])("has a request example for $path that the document and the API accept", ({ path: p, example, schema }) => {
    const media = ((paths[p]!.post!.requestBody as Json).content as Record<string, Json>)["application/json"]!;
    expect(media.example).toEqual(example);
    expect(validator.requestErrors("POST", p, example)).toEqual([]);
    expect(() => parseInput(schema as z.ZodType, example)).not.toThrow();
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
    const documentSays = validator.requestErrors("POST", "/api/v1/advice", body).length === 0;
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
  const extra = endpoint({ method: "get", path: "/api/v1/x", operationId: "getX", tag: "Algemeen", summary: "x", responses: { "200": ok("x", z.strictObject({ x: z.string() })) } });

  it("adds an endpoint with its preflight and its 405", () => {
    const built = buildOpenApiDocument([...ENDPOINTS, extra]);
    const item = (built.paths as Record<string, Record<string, Json>>)["/api/v1/x"]!;
    expect(item.get!.operationId).toBe("getX");
    expect(item.options).toBeDefined();
    expect(Object.keys(item.get!.responses as Json)).toEqual(expect.arrayContaining(["200", "405"]));
  });

  it("refuses the same method and path twice", () => {
    expect(() => buildOpenApiDocument([...ENDPOINTS, extra, extra])).toThrow(/GET \/api\/v1\/x/);
  });
});
