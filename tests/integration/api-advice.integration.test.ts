/**
 * Public JSON API v1 against the seeded database: the route handlers are called directly with a Request.
 * Checks the advice itself (exclusions with reasons, lending nearest first, live availability equal to the units in
 * the database), every input problem as a 4xx with field errors, and that real responses match the OpenAPI document.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postAdvice, GET as getAdvice, OPTIONS as optionsAdvice } from "@/app/api/v1/advice/route";
import { GET as getQuestions } from "@/app/api/v1/questions/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { openApiValidator, type OpenApiValidator } from "@/lib/api/openapi/validate";
import type { OpenApiDocument } from "@/lib/api/openapi";
import type { PublicAdvice } from "@/lib/api/v1/advice";
import type { PublicQuestionnaire } from "@/lib/api/v1/questions";
import { postcodeDistance } from "@/lib/geo/postcode";
import { CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
type ErrorBody = { error: string; fields: Record<string, string[]> };

const BASE = "http://localhost:3000";
const MAX = 64 * 1024;

function adviceRequest(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request(`${BASE}/api/v1/advice`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}
const call = (body: unknown) => postAdvice(adviceRequest(JSON.stringify(body)), undefined);

let db: Db;
let openapi: OpenApiDocument;
let validator: OpenApiValidator;
const schemaOf = (name: string) => (openapi.components!.schemas as Record<string, { properties: Record<string, unknown> }>)[name]!;

beforeAll(async () => {
  db = await resetWithDemoData();
  openapi = (await (await getOpenApi(new Request(`${BASE}/api/v1/openapi.json`), undefined)).json()) as OpenApiDocument;
  validator = openApiValidator(openapi);
});

describe("POST /api/v1/advice — Den Haag, vacuuming is hard, a lot of clutter, postcode 2545 GH", () => {
  let response: Response;
  let advice: PublicAdvice;
  beforeAll(async () => {
    response = await call({
      municipality: "den-haag",
      answers: { difficulties: ["housework.vacuuming"], context: { "home.clutter": "a_lot" } },
      postcode: "2545GH",
    });
    advice = (await response.clone().json()) as PublicAdvice;
  });

  it("answers 200 with JSON that is never cached and may be read by any website", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(advice.municipality).toEqual({ slug: "den-haag", name: "Den Haag" });
    expect(advice.postcode).toBe("2545 GH");
  });

  it("does not recommend the robot vacuum, and says why", () => {
    expect(advice.recommendations.map((r) => r.product.slug)).not.toContain("robotstofzuiger");
    const robot = advice.notRecommended.find((n) => n.product.slug === "robotstofzuiger");
    expect(robot).toBeDefined();
    expect(robot!.reasons.length).toBeGreaterThan(0);
    expect(robot!.reasons.join(" ")).toMatch(/spullen op de vloer/);
    expect(robot!.product.iso9999).toEqual({ code: expect.stringMatching(/^15 12/), edition: "2022" });
  });

  it("recommends something for vacuuming, each with its reasons and an ISO 9999 code", () => {
    expect(advice.recommendations.length).toBeGreaterThan(0);
    for (const r of advice.recommendations) {
      expect(r.reasons.length, r.product.slug).toBeGreaterThan(0);
      expect(r.product.iso9999.code).toMatch(/^\d{2}( \d{2}){1,2}$/);
      expect(typeof r.score).toBe("number");
    }
    const scores = advice.recommendations.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("lists lending centres of Den Haag only, nearest to 2545 GH first", async () => {
    const centres = await db.lendingCentre.findMany({ include: { municipality: true } });
    const bySlug = new Map(centres.map((c) => [c.slug, c]));
    const withLending = advice.recommendations.filter((r) => r.lending.length > 1);
    expect(withLending.length).toBeGreaterThan(0);
    for (const r of advice.recommendations) {
      const distances = r.lending.map((l) => {
        const centre = bySlug.get(l.centre.slug)!;
        expect(centre.municipality.slug).toBe("den-haag");
        expect(l.centre.address).toContain(centre.postcode);
        return postcodeDistance("2545 GH", centre.postcode);
      });
      expect(distances, r.product.slug).toEqual([...distances].sort((a, b) => a - b));
    }
    const leyweg = advice.recommendations.filter((r) => r.lending.some((l) => l.centre.slug === "zorginnovatiehub-leyweg"));
    for (const r of leyweg) expect(r.lending[0]!.centre.slug).toBe("zorginnovatiehub-leyweg");
  });

  it("shows per centre exactly the units that are AVAILABLE in the database", async () => {
    const counts = await db.lendingUnit.groupBy({
      by: ["productId", "centreId"],
      where: { status: "AVAILABLE", centre: { municipality: { slug: "den-haag" } } },
      _count: { _all: true },
    });
    const products = new Map((await db.product.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
    const centres = new Map((await db.lendingCentre.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
    const countOf = (productId: string, centreId: string) => counts.find((c) => c.productId === productId && c.centreId === centreId)?._count._all ?? 0;

    let compared = 0;
    for (const r of advice.recommendations) {
      const productId = products.get(r.product.slug)!;
      for (const l of r.lending) {
        expect(l.available, `${r.product.slug} @ ${l.centre.slug}`).toBe(countOf(productId, centres.get(l.centre.slug)!));
        if (l.available > 0) expect(l.nextAvailableDate).toBeNull();
        compared++;
      }
      // every Den Haag centre with a unit of this product that is not retired is listed
      const holding = await db.lendingUnit.findMany({
        where: { productId, status: { not: "RETIRED" }, centre: { municipality: { slug: "den-haag" } } },
        select: { centre: { select: { slug: true } } },
        distinct: ["centreId"],
      });
      expect(r.lending.map((l) => l.centre.slug).sort()).toEqual(holding.map((h) => h.centre.slug).sort());
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("follows the live stock: a unit lent out is one fewer", async () => {
    const first = advice.recommendations.find((r) => r.lending.some((l) => l.available > 0))!;
    const option = first.lending.find((l) => l.available > 0)!;
    const unit = await db.lendingUnit.findFirstOrThrow({
      where: { status: "AVAILABLE", product: { slug: first.product.slug }, centre: { slug: option.centre.slug } },
    });
    await db.lendingUnit.update({ where: { id: unit.id }, data: { status: "REPAIR" } });
    try {
      const again = (await (await call({ municipality: "den-haag", answers: { difficulties: ["housework.vacuuming"], context: { "home.clutter": "a_lot" } }, postcode: "2545 GH" })).json()) as PublicAdvice;
      const sameOption = again.recommendations.find((r) => r.product.slug === first.product.slug)?.lending.find((l) => l.centre.slug === option.centre.slug);
      expect(sameOption?.available).toBe(option.available - 1);
    } finally {
      await db.lendingUnit.update({ where: { id: unit.id }, data: { status: "AVAILABLE" } });
    }
  });

  it("matches the AdviceResponse schema of the OpenAPI document", () => {
    expect(validator.schemaErrors("AdviceResponse", advice)).toEqual([]);
  });
});

describe("POST /api/v1/advice — responses match the OpenAPI document for varied answers", () => {
  const cases = [
    { name: "no postcode, no context", body: { municipality: "den-haag", answers: { difficulties: ["mobility.walking", "toilet.night"] } } },
    {
      name: "safety and memory, living alone with a carer nearby",
      body: {
        municipality: "den-haag",
        answers: {
          difficulties: ["help.calling_after_fall", "wandering.getting_lost", "medication.remembering", "orientation.time"],
          context: { "household.lives_alone": true, "network.carer_nearby": true, "digital.wifi": true, "digital.smartphone": true, "home.pets": false },
        },
        postcode: "2511 BT",
      },
    },
    { name: "every difficulty, Rijswijk", body: { municipality: "rijswijk", answers: { difficulties: [...DIFFICULTY_CODES], context: { "digital.wifi": false } }, postcode: "2284 DP" } },
    { name: "no difficulties: empty advice", body: { municipality: "den-haag", answers: { difficulties: [] } } },
  ];
  const seen = { monitoring: 0, laterDate: 0, exclusions: 0 };

  it.each(cases)("$name", async ({ body }) => {
    const response = await call(body);
    expect(response.status).toBe(200);
    const advice = (await response.json()) as PublicAdvice;
    expect(validator.schemaErrors("AdviceResponse", advice)).toEqual([]);
    expect(advice.municipality.slug).toBe(body.municipality);
    if (body.answers.difficulties.length === 0) expect(advice).toMatchObject({ recommendations: [], notRecommended: [], tips: [] });
    // every advice, an empty one too, says how to reach the municipality's Wmo desk (seeded for both)
    expect(advice.wmoDesk.phone).toBe("14 070");
    expect(advice.wmoDesk.url).toBe(body.municipality === "rijswijk" ? "https://www.rijswijk.nl/wmo" : "https://www.denhaag.nl/wmo");
    expect(advice.wmoDesk.hours).toMatch(/^maandag tot en met vrijdag/);
    const products = [...advice.recommendations.map((r) => r.product), ...advice.notRecommended.map((n) => n.product)];
    // every product says how to pay, as structured routes (the seed fills them for the whole catalogue)
    for (const p of products) expect(p.fundingRoutes.length, p.slug).toBeGreaterThan(0);
    seen.monitoring += products.filter((p) => p.monitoring !== null).length;
    seen.laterDate += advice.recommendations.flatMap((r) => r.lending).filter((l) => l.nextAvailableDate !== null).length;
    seen.exclusions += advice.notRecommended.length;
  });

  it("covered monitoring products, dates in the future and exclusions (so the schema check saw them)", () => {
    expect(seen.monitoring).toBeGreaterThan(0);
    expect(seen.laterDate).toBeGreaterThan(0);
    expect(seen.exclusions).toBeGreaterThan(0);
  });
});

describe("POST /api/v1/advice — input problems", () => {
  const answers = { difficulties: ["housework.vacuuming"] };
  it.each([
    {
      name: "an unknown difficulty code",
      body: { municipality: "den-haag", answers: { difficulties: ["housework.vacuuming", "stofzuigen"] } },
      field: "answers.difficulties.1",
      mentions: ['"stofzuigen"'],
    },
    {
      name: "a wrong context value",
      body: { municipality: "den-haag", answers: { ...answers, context: { "home.clutter": "heel veel" } } },
      field: "answers.context.home.clutter",
      mentions: ['"home.clutter"', '"heel veel"'],
    },
    {
      name: "a yes/no question answered with text",
      body: { municipality: "den-haag", answers: { ...answers, context: { "home.thresholds": "ja" } } },
      field: "answers.context.home.thresholds",
      mentions: ['"home.thresholds"', '"ja"'],
    },
    {
      name: "an unknown context code",
      body: { municipality: "den-haag", answers: { ...answers, context: { "home.lift": true } } },
      field: "answers.context.home.lift",
      mentions: ['"home.lift"'],
    },
    { name: "a missing municipality", body: { answers }, field: "municipality", mentions: ["municipality"] },
    { name: "missing answers", body: { municipality: "den-haag" }, field: "answers", mentions: ["answers"] },
    { name: "a bad postcode", body: { municipality: "den-haag", answers, postcode: "Den Haag" }, field: "postcode", mentions: ["2514 JS"] },
    { name: "an unknown field", body: { municipality: "den-haag", answers, name: "Mevrouw X" }, field: "name", mentions: ['"name"'] },
    { name: "JSON that is not an object", body: ["den-haag"], field: "body", mentions: ["JSON-object"] },
  ])("$name → 400 naming it", async ({ body, field, mentions }) => {
    const response = await call(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(validator.schemaErrors("Error", error)).toEqual([]);
    expect(error.error).toBeTruthy();
    expect(Object.keys(error.fields)).toContain(field);
    for (const part of mentions) expect(error.fields[field]!.join(" ")).toContain(part);
  });

  it("an unknown municipality → 404 naming it", async () => {
    const response = await call({ municipality: "atlantis", answers });
    expect(response.status).toBe(404);
    const error = (await response.json()) as ErrorBody;
    expect(error.error).toContain("atlantis");
    expect(error.fields.municipality![0]).toContain("atlantis");
  });

  const big = JSON.stringify({ municipality: "den-haag", answers, padding: "x".repeat(MAX) });
  it.each([
    { name: "with an honest Content-Length", request: () => adviceRequest(big, { "content-type": "application/json", "content-length": String(big.length) }) },
    { name: "without Content-Length (streamed)", request: () => adviceRequest(new Blob([big]).stream()) },
    { name: "with a Content-Length that lies", request: () => adviceRequest(new Blob([big]).stream(), { "content-type": "application/json", "content-length": "100" }) },
  ])("a body over 64 KB $name → 413", async ({ request }) => {
    const response = await postAdvice(request(), undefined);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error).toMatch(/64 KB/);
  });

  const json = { "content-type": "application/json" };
  it.each<{ name: string; body: string; status: number; headers: Record<string, string> }>([
    { name: "invalid JSON", body: '{"municipality": "den-haag", ', status: 400, headers: json },
    { name: "an empty body", body: "", status: 400, headers: json },
    { name: "deeply nested arrays", body: `{"municipality":"den-haag","answers":{"difficulties":${"[".repeat(30_000)}${"]".repeat(30_000)}}}`, status: 400, headers: json },
    { name: "a form instead of JSON", body: "municipality=den-haag", status: 415, headers: { "content-type": "application/x-www-form-urlencoded" } },
    { name: "no content type", body: '{"municipality":"den-haag"}', status: 415, headers: {} },
  ])("$name → $status", async ({ body, status, headers }) => {
    const response = await postAdvice(adviceRequest(body, headers), undefined);
    expect(response.status).toBe(status);
    const error = (await response.json()) as ErrorBody;
    expect(validator.schemaErrors("Error", error)).toEqual([]);
  });

  it.each([null, 0, "den-haag", true, { municipality: null, answers: null }, { municipality: "den-haag", answers: { difficulties: null, context: [] } }, { municipality: "den-haag", answers: { difficulties: [[], {}], context: { "home.clutter": null } } }, JSON.parse("[".repeat(500) + "]".repeat(500)), JSON.parse('{"__proto__":{"municipality":"den-haag"},"answers":{"difficulties":[],"context":{"__proto__":true,"constructor":"x"}}}')])(
    "never a 500 for odd JSON: %j",
    async (body) => {
      const response = await call(body);
      expect(response.status).toBe(400);
    },
  );

  it("GET on /api/v1/advice → 405 with Allow", async () => {
    const response = await getAdvice();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers a CORS preflight for any origin", async () => {
    const response = await optionsAdvice();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("Content-Type");
  });
});

describe("GET /api/v1/questions", () => {
  let response: Response;
  let questionnaire: PublicQuestionnaire;
  beforeAll(async () => {
    response = await getQuestions(new Request(`${BASE}/api/v1/questions`), undefined);
    questionnaire = (await response.clone().json()) as PublicQuestionnaire;
  });

  it("may be cached for 5 minutes by anyone", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("returns every code of lib/questions/codes.ts", () => {
    const difficulties = questionnaire.difficultyGroups.flatMap((g) => g.difficulties.map((d) => d.code));
    for (const code of DIFFICULTY_CODES) expect(difficulties).toContain(code);
    const context = questionnaire.contextQuestions.map((q) => q.code);
    for (const code of CONTEXT_CODES) expect(context).toContain(code);
  });

  it("gives every context question its text, why, kind, options incl. unknown, and relevantFor", () => {
    for (const q of questionnaire.contextQuestions) {
      expect(q.question && q.why && q.section && q.kind, q.code).toBeTruthy();
      expect(q.options.map((o) => o.value)).toContain("unknown");
      expect(q.relevantFor === "always" || q.relevantFor.length > 0).toBe(true);
    }
  });

  it("matches the Questionnaire schema of the OpenAPI document", () => {
    expect(validator.schemaErrors("Questionnaire", questionnaire)).toEqual([]);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with the three endpoints, cacheable", async () => {
    const response = await getOpenApi(new Request(`${BASE}/api/v1/openapi.json`), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const doc = (await response.json()) as OpenApiDocument;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.paths!["/api/v1/questions"]?.get).toBeDefined();
    expect(doc.paths!["/api/v1/advice"]?.post).toBeDefined();
    expect(doc.paths!["/api/v1/openapi.json"]?.get).toBeDefined();
  });

  it("lists in its advice response schema every field the API returns (and no others)", async () => {
    const advice = (await (await call({ municipality: "den-haag", answers: { difficulties: ["housework.vacuuming"], context: { "home.clutter": "a_lot" } } })).json()) as PublicAdvice;
    const root = schemaOf("AdviceResponse");
    expect(Object.keys(root.properties).sort()).toEqual(Object.keys(advice).sort());
    const product = schemaOf("Product");
    expect(Object.keys(product.properties).sort()).toEqual(Object.keys(advice.notRecommended[0]!.product).sort());
    const lending = schemaOf("LendingOption");
    const option = advice.recommendations.flatMap((r) => r.lending)[0]!;
    expect(Object.keys(lending.properties).sort()).toEqual(Object.keys(option).sort());
    expect(validator.responseErrors("POST", "/api/v1/advice", 200, advice)).toEqual([]);
  });
});
