import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  ApiError,
  apiRoute,
  CACHE_NONE,
  CACHE_PUBLIC,
  describeForLog,
  errorResponse,
  fieldPath,
  json,
  MESSAGES,
  methodNotAllowed,
  preflight,
  toErrorResponse,
  zodFields,
} from "./responses";

const bodyOf = async (response: Response) => (await response.json()) as { error: string; fields: Record<string, string[]> };

describe("fieldPath", () => {
  it.each([
    { path: [], expected: "body" },
    { path: ["municipality"], expected: "municipality" },
    { path: ["answers", "difficulties", 0], expected: "answers.difficulties.0" },
    { path: ["answers", "context", "home.clutter"], expected: "answers.context.home.clutter" },
  ])("$expected", ({ path, expected }) => {
    expect(fieldPath(path)).toBe(expected);
  });
});

describe("zodFields", () => {
  const schema = z.strictObject({ name: z.string({ error: "naam ontbreekt" }), items: z.array(z.number({ error: "geen getal" })) });

  it("gives one entry per field path", () => {
    const result = schema.safeParse({ items: [1, "x", 3, "y"] });
    expect(result.success).toBe(false);
    expect(zodFields(result.error!)).toEqual({ name: ["naam ontbreekt"], "items.1": ["geen getal"], "items.3": ["geen getal"] });
  });

  it("names every unknown key of a strict object in its own entry", () => {
    const result = schema.safeParse({ name: "a", items: [], extra: 1, other: 2 });
    expect(zodFields(result.error!)).toEqual({ extra: ['Onbekend veld "extra".'], other: ['Onbekend veld "other".'] });
  });

  it("names a key such as __proto__ as a plain field", () => {
    const result = schema.safeParse(JSON.parse('{"name":"a","items":[],"__proto__":{"x":1},"constructor":1}'));
    const fields = zodFields(result.error!);
    expect(Object.keys(fields).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")?.value).toEqual(['Onbekend veld "__proto__".']);
    expect(Object.getOwnPropertyDescriptor(fields, "constructor")?.value).toEqual(['Onbekend veld "constructor".']);
    expect(JSON.stringify(fields)).toContain('"__proto__":["Onbekend veld');
  });

  it("does not repeat the same message for one field", () => {
    const twice = z.string().superRefine((_, ctx) => {
      ctx.addIssue({ code: "custom", message: "fout" });
      ctx.addIssue({ code: "custom", message: "fout" });
    });
    expect(zodFields(twice.safeParse("x").error!)).toEqual({ body: ["fout"] });
  });
});

describe("json and errorResponse", () => {
  it("sends JSON with CORS for any origin and no-store by default", async () => {
    const response = json({ a: "x".repeat(2000) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(CACHE_NONE);
    expect(await response.json()).toEqual({ a: "x".repeat(2000) });
  });

  it.each([
    { name: "a small answer goes out uncompressed (no-transform)", data: { a: 1 }, cache: undefined, expected: `${CACHE_NONE}, no-transform` },
    { name: "1023 characters: still small", data: "x".repeat(1021), cache: undefined, expected: `${CACHE_NONE}, no-transform` },
    { name: "1024 characters: compressed as usual", data: "x".repeat(1022), cache: undefined, expected: CACHE_NONE },
    { name: "a public answer keeps its cache header", data: "x".repeat(3000), cache: CACHE_PUBLIC, expected: CACHE_PUBLIC },
    { name: "a small public answer", data: [], cache: CACHE_PUBLIC, expected: `${CACHE_PUBLIC}, no-transform` },
  ])("$name", ({ data, cache, expected }) => {
    expect(json(data, { cache }).headers.get("cache-control")).toBe(expected);
  });

  it("takes a cache header and a status", () => {
    const response = json([], { status: 201, cache: CACHE_PUBLIC });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, no-transform");
  });

  it("always has error and fields in an error body", async () => {
    expect(await bodyOf(errorResponse(409, "Bezet."))).toEqual({ error: "Bezet.", fields: {} });
  });
});

describe("toErrorResponse", () => {
  const schema = z.object({ n: z.number({ error: "n moet een getal zijn" }) });
  const zodError = schema.safeParse({ n: "x" }).error!;

  it.each([
    { name: "ApiError keeps its status, message, fields and headers", error: new ApiError(413, "Te groot.", {}, { "X-Test": "1" }), status: 413, body: { error: "Te groot.", fields: {} } },
    { name: "ZodError is a 400 with field errors", error: zodError, status: 400, body: { error: MESSAGES.invalid, fields: { n: ["n moet een getal zijn"] } } },
    { name: "AppError NOT_FOUND is a 404", error: new AppError("NOT_FOUND", 'Gemeente "x" is onbekend.'), status: 404, body: { error: 'Gemeente "x" is onbekend.', fields: {} } },
    { name: "AppError INVALID keeps its fields", error: new AppError("INVALID", "Klopt niet.", { a: ["b"] }), status: 400, body: { error: "Klopt niet.", fields: { a: ["b"] } } },
    { name: "AppError CONFLICT is a 409", error: new AppError("CONFLICT", "Al bezet."), status: 409, body: { error: "Al bezet.", fields: {} } },
    { name: "AppError GONE is a 410", error: new AppError("GONE", "Verlopen."), status: 410, body: { error: "Verlopen.", fields: {} } },
  ])("$name", async ({ error, status, body }) => {
    const log = vi.fn();
    const response = toErrorResponse(error, "TEST /x", log);
    expect(response.status).toBe(status);
    expect(await bodyOf(response)).toEqual(body);
    expect(response.headers.get("cache-control")).toBe(`${CACHE_NONE}, no-transform`);
    expect(log).not.toHaveBeenCalled();
  });

  it("keeps the headers of an ApiError", () => {
    expect(toErrorResponse(new ApiError(415, "Geen JSON.", {}, { "Accept-Post": "application/json" }), "T").headers.get("accept-post")).toBe("application/json");
  });

  it.each([
    { name: "Prisma cannot reach the database (P1001)", error: Object.assign(new Error("Can't reach database server"), { code: "P1001" }) },
    { name: "PostgreSQL shuts down (57P01 via the driver adapter)", error: Object.assign(new Error("raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } }) },
    { name: "the connect timeout", error: new Error("Connection terminated due to connection timeout") },
    { name: "the client-side query timeout", error: new Error("Query read timeout") },
    { name: "pg: a new pool connection's connect timeout (currentVersions in a burst)", error: new Error("timeout expired") },
    { name: "pg-pool: no free connection", error: new Error("timeout exceeded when trying to connect") },
    { name: "PostgreSQL: too many clients (53300)", error: Object.assign(new Error("sorry, too many clients already"), { name: "error", code: "53300" }) },
    { name: "ECONNREFUSED", error: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) },
  ])("answers 503 with Retry-After when the database is briefly unavailable: $name", async ({ error }) => {
    const log = vi.fn();
    const response = toErrorResponse(error, "POST /api/v1/reservations", log);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await bodyOf(response)).toEqual({ error: MESSAGES.unavailable, fields: {} });
    expect(log).toHaveBeenCalledTimes(1);
    // the log line says why, never the driver's message (it may name a host or carry what was sent)
    const line = String(log.mock.calls[0]![0]).split("\n")[0]!;
    expect(line).toMatch(/^\[api\] POST \/api\/v1\/reservations: \w+( \(\w+\))? -> 503 database unavailable: [a-z-]+$/);
    expect(line).not.toContain((error as Error).message);
  });

  it("turns anything else into a generic 500 and logs it without the message", async () => {
    const log = vi.fn();
    const secret = new Error("postcode 2514 JS van mevrouw De Vries");
    const response = toErrorResponse(secret, "POST /api/v1/advice", log);
    expect(response.status).toBe(500);
    expect(await bodyOf(response)).toEqual({ error: MESSAGES.internal, fields: {} });
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]![0]);
    expect(line).toContain("POST /api/v1/advice");
    expect(line).toContain("Error");
    expect(line).not.toContain("2514");
    expect(line).not.toContain("De Vries");
  });

  it("logs a code of a driver error, and copes with a thrown non-error", () => {
    const withCode = Object.assign(new Error("x"), { name: "DriverError", code: "ECONNREFUSED" });
    expect(describeForLog("R", withCode).split("\n")[0]).toBe("[api] R: DriverError (ECONNREFUSED) -> 503 database unavailable: refused");
    expect(describeForLog("R", "just a string")).toBe("[api] R: string thrown");
  });
});

describe("methodNotAllowed and preflight", () => {
  it("answers 405 with an Allow header and a JSON body", async () => {
    const response = methodNotAllowed(["POST", "OPTIONS"]);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    expect((await bodyOf(response)).error).toBe("Deze methode kan hier niet. Gebruik POST of OPTIONS.");
  });

  it("answers a CORS preflight with 204 for any origin", () => {
    const response = preflight(["GET", "OPTIONS"]);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toBe("Content-Type");
    expect(response.headers.get("allow")).toBe("GET, OPTIONS");
  });
});

describe("apiRoute", () => {
  it("passes a normal response through", async () => {
    const handler = apiRoute("T", async () => json({ ok: true }));
    expect((await handler(new Request("http://x/"), undefined)).status).toBe(200);
  });

  it("turns a thrown error into its JSON response", async () => {
    const handler = apiRoute("T", async () => {
      throw new AppError("NOT_FOUND", "Weg.");
    });
    const response = await handler(new Request("http://x/"), undefined);
    expect(response.status).toBe(404);
    expect(await bodyOf(response)).toEqual({ error: "Weg.", fields: {} });
  });

  it("never lets an unexpected error escape", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const handler = apiRoute("T", async () => {
      throw new TypeError("boom");
    });
    const response = await handler(new Request("http://x/"), undefined);
    expect(response.status).toBe(500);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
