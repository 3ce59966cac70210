/**
 * GET /api/v1/products and /api/v1/products/{slug}: the published catalogue as open data. Route handlers are called
 * directly with a Request. Checks: real responses match the OpenAPI document; ETag + If-None-Match -> 304;
 * Cache-Control; updatedSince returns only what changed after a publication (and what was removed); 400 with field
 * details for a bad query; 404 JSON for an unknown product.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProducts, POST as postProducts } from "@/app/api/v1/products/route";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { openApiValidator, type OpenApiValidator } from "@/lib/api/openapi/validate";
import type { OpenApiDocument } from "@/lib/api/openapi";
import type { PublicProductList } from "@/lib/api/v1/products";
import type { Actor } from "@/lib/auth/permissions";
import { exportCatalogueFile, importCatalogueFile, publishCatalogueDraft } from "@/lib/server/catalogue/manage-catalogue";
import { resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

const BASE = "http://localhost:3000";
type ErrorBody = { error: string; fields: Record<string, string[]> };

let openapi: OpenApiDocument;
let platform: Actor;
let validator: OpenApiValidator;

const list = (query = "", headers: Record<string, string> = {}) => getProducts(new Request(`${BASE}/api/v1/products${query}`, { headers }), undefined);
const one = (slug: string, query = "", headers: Record<string, string> = {}) =>
  getProduct(new Request(`${BASE}/api/v1/products/${slug}${query}`, { headers }), { params: Promise.resolve({ slug }) });

/** Imports the published catalogue with `edit` applied to its JSON products and publishes it. */
async function publishEdited(edit: (products: Record<string, unknown>[]) => Record<string, unknown>[], note: string): Promise<number> {
  const exported = await exportCatalogueFile(platform, "json");
  const doc = JSON.parse(exported.body) as { products: Record<string, unknown>[] };
  doc.products = edit(doc.products);
  const imported = await importCatalogueFile(platform, { text: JSON.stringify(doc), format: "json", dryRun: false, note });
  expect(imported.plan.refused).toEqual([]);
  return (await publishCatalogueDraft(platform, imported.version!.number)).number;
}

beforeAll(async () => {
  const db = await resetWithDemoData();
  platform = await actorFor(db, "platform@ttv.demo");
  openapi = (await (await getOpenApi(new Request(`${BASE}/api/v1/openapi.json`), undefined)).json()) as OpenApiDocument;
  validator = openApiValidator(openapi);
});

describe("GET /api/v1/products", () => {
  it("gives every published product, matching the OpenAPI document, cacheable with an ETag", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    const body = (await response.json()) as PublicProductList;
    expect(validator.schemaErrors("CatalogueProductList", body)).toEqual([]);
    expect(body.catalogueVersion).toBe(1);
    expect(body.products).toHaveLength(55);
    expect(body.removed).toEqual([]);
    const robot = body.products.find((p) => p.ProductCode === "robotstofzuiger")!;
    expect(robot.ImageUrl).toBe(`${BASE}/products/robotstofzuiger.svg`);
    expect(robot.IsoCodePrimary).toMatch(/^15 12/);
    expect(robot.rules).toMatchObject({ addresses: expect.any(Array), contraindications: expect.any(Array) });
  });

  it("answers 304 without a body to If-None-Match with the same ETag, and 200 again once a new version is published", async () => {
    const etag = (await list()).headers.get("etag")!;
    const cached = await list("", { "if-none-match": etag });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    expect(cached.headers.get("etag")).toBe(etag);
    expect((await list("", { "if-none-match": `"something-else"` })).status).toBe(200);

    await publishEdited((products) => products.map((p) => (p.ProductCode === "grijper" ? { ...p, priceMaxEuro: (p.priceMaxEuro as number) + 1 } : p)), "Grijper duurder");
    const fresh = await list("", { "if-none-match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(etag);
  });

  it("with updatedSince gives only the products changed after that publication, and the codes removed since", async () => {
    const before = (await (await list()).json()) as PublicProductList;
    const number = await publishEdited(
      (products) =>
        products
          .filter((p) => p.ProductCode !== "wandelstok")
          .map((p) => (p.ProductCode === "kalenderklok" ? { ...p, ManufacturerOriginalFullName: "Voorbeeldfabriek" } : p)),
      "Kalenderklok met leverancier; wandelstok eruit",
    );
    const since = (await (await list(`?updatedSince=${encodeURIComponent(before.publishedAt!)}`)).json()) as PublicProductList;
    expect(validator.schemaErrors("CatalogueProductList", since)).toEqual([]);
    expect(since.catalogueVersion).toBe(number);
    expect(since.updatedSince).toBe(before.publishedAt);
    expect(since.products.map((p) => [p.ProductCode, p.ManufacturerOriginalFullName])).toEqual([["kalenderklok", "Voorbeeldfabriek"]]);
    expect(since.products[0]!.LastUpdateDate).toBe(since.publishedAt);
    expect(since.products[0]!.InsertDate).toBe(before.products.find((p) => p.ProductCode === "kalenderklok")!.InsertDate);
    expect(since.removed).toEqual(["wandelstok"]);

    const upToDate = (await (await list(`?updatedSince=${encodeURIComponent(since.publishedAt!)}`)).json()) as PublicProductList;
    expect(upToDate.products).toEqual([]);
    expect(upToDate.removed).toEqual([]);
    const fromTheStart = (await (await list("?updatedSince=2000-01-01")).json()) as PublicProductList;
    expect(fromTheStart.products).toHaveLength(54);
  });

  it.each([
    ["?updatedSince=gisteren", "updatedSince"],
    ["?updatedSince=2026-13-01", "updatedSince"],
    ["?updatedSince=2026-12-01&updatedSince=2026-12-02", "updatedSince"],
    ["?colour=red", "colour"],
  ])("answers 400 with field details to %s", async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(Object.keys(body.fields)).toEqual([field]);
  });

  it("allows only GET", async () => {
    expect(postProducts().status).toBe(405);
  });
});

describe("GET /api/v1/products/{slug}", () => {
  it("gives one product matching the OpenAPI document, with ETag and 304", async () => {
    const response = await one("robotstofzuiger");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { catalogueVersion: number; product: Record<string, unknown> };
    expect(validator.schemaErrors("CatalogueProductResponse", body)).toEqual([]);
    expect(body.product.ProductCode).toBe("robotstofzuiger");
    const etag = response.headers.get("etag")!;
    expect((await one("robotstofzuiger", "", { "if-none-match": etag })).status).toBe(304);
  });

  it("answers 404 JSON for a product that is not (or no longer) in the catalogue", async () => {
    for (const slug of ["bestaat-niet", "wandelstok"]) {
      const response = await one(slug);
      expect(response.status).toBe(404);
      const body = (await response.json()) as ErrorBody;
      expect(body.fields.slug).toEqual([expect.stringContaining(slug)]);
    }
  });

  it("answers 400 for a malformed code or any query parameter", async () => {
    expect((await one("Robot_Stofzuiger")).status).toBe(400);
    const response = await one("robotstofzuiger", "?x=1");
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as ErrorBody).fields)).toEqual(["x"]);
  });
});
