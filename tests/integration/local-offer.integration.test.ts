/**
 * Issue 9, the local offer: a municipality administrator chooses which catalogue products the municipality offers
 * and adds local information. The advice (resident, consultant, API) follows it; another municipality is unaffected;
 * another municipality's offer reads as not found; every change is audited with before and after.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as postAdvice } from "@/app/api/v1/advice/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import type { Actor } from "@/lib/auth/permissions";
import type { Answers } from "@/lib/matching/types";
import { openApiValidator } from "@/lib/api/openapi/validate";
import type { OpenApiDocument } from "@/lib/api/openapi";
import type { PublicAdvice } from "@/lib/api/v1/advice";
import { buildAdvice } from "@/lib/server/advice/build-advice";
import { buildCaseAdvice } from "@/lib/server/cases/build-case-advice";
import { getOfferProduct, getOfferView, setNotOfferedDisplay, setProductOffered, updateOfferProduct } from "@/lib/server/offer/local-offer";
import { resetWithDemoData } from "./helpers";
import { actorFor, expectAppError } from "./actors";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let denHaagAdmin: Actor;
let platform: Actor;
let consultant: Actor;
let denHaagId: string;
let rijswijkId: string;
let productId: string;

const SLUG = "steelstofzuiger-zonder-snoer";
const answers: Answers = { difficulties: ["housework.vacuuming"], context: { "home.clutter": "a_lot" } } as Answers;
const form = (over: Partial<Record<"aangeboden" | "financiering" | "leverancier" | "prijsafspraak" | "notitie", string>> = {}) => ({
  aangeboden: "ja" as const,
  financiering: "",
  leverancier: "",
  prijsafspraak: "",
  notitie: "",
  ...over,
} as { aangeboden: "ja" | "nee"; financiering: string; leverancier: string; prijsafspraak: string; notitie: string });

const slugs = (r: Awaited<ReturnType<typeof buildAdvice>>) => r.recommendations.map((x) => x.product.slug);

beforeAll(async () => {
  db = await resetWithDemoData();
  denHaagAdmin = await actorFor("beheer@denhaag.demo");
  platform = await actorFor("platform@ttv.demo");
  consultant = await actorFor("consulent@denhaag.demo");
  denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  rijswijkId = (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id;
  productId = (await db.product.findUniqueOrThrow({ where: { slug: SLUG } })).id;
});

beforeEach(async () => {
  await db.municipalityProduct.deleteMany({});
  await db.municipality.updateMany({ data: { notOfferedDisplay: "hide" } });
});

describe("the local offer shapes the advice", () => {
  it("by default everything is offered: the product is suggested, without a label or local information", async () => {
    const advice = await buildAdvice({ municipalitySlug: "den-haag", answers });
    const item = advice.recommendations.find((r) => r.product.slug === SLUG);
    expect(item).toMatchObject({ viaMunicipality: true, local: null });
    const view = await getOfferView({ actor: denHaagAdmin });
    expect(view.products.length).toBeGreaterThan(10);
    expect(view.products.every((p) => p.offered)).toBe(true);
  });

  it("offer off (hide): not suggested in Den Haag; Rijswijk unaffected", async () => {
    await setProductOffered({ actor: denHaagAdmin, productId, offered: false });
    expect(slugs(await buildAdvice({ municipalitySlug: "den-haag", answers }))).not.toContain(SLUG);
    expect(slugs(await buildAdvice({ municipalitySlug: "rijswijk", answers }))).toContain(SLUG);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "municipality.offer", entityId: productId }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ municipalityId: denHaagId, actorId: denHaagAdmin.userId, details: { before: { offered: true }, after: { offered: false } } });
  });

  it("offer off with show-with-label: suggested with 'niet via uw gemeente', in the API too (matching the OpenAPI document)", async () => {
    await setProductOffered({ actor: denHaagAdmin, productId, offered: false });
    await setNotOfferedDisplay({ actor: denHaagAdmin, display: "label" });
    const item = (await buildAdvice({ municipalitySlug: "den-haag", answers })).recommendations.find((r) => r.product.slug === SLUG);
    expect(item?.viaMunicipality).toBe(false);

    const response = await postAdvice(new Request("http://localhost:3000/api/v1/advice", { method: "POST", body: JSON.stringify({ municipality: "den-haag", answers }), headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit), undefined);
    expect(response.status).toBe(200);
    const advice = (await response.json()) as PublicAdvice;
    expect(advice.recommendations.find((r) => r.product.slug === SLUG)).toMatchObject({ viaMunicipality: false, offerLabel: "niet via uw gemeente" });
    const openapi = (await (await getOpenApi(new Request("http://localhost:3000/api/v1/openapi.json"), undefined)).json()) as OpenApiDocument;
    expect(openApiValidator(openapi).responseErrors("POST", "/api/v1/advice", 200, advice)).toEqual([]);
    // Rijswijk still offers it
    const rw = (await buildAdvice({ municipalitySlug: "rijswijk", answers })).recommendations.find((r) => r.product.slug === SLUG);
    expect(rw?.viaMunicipality).toBe(true);
  });

  it("local information shows with the advice (resident, consultant's case advice, API) and only in that municipality", async () => {
    await updateOfferProduct({ actor: denHaagAdmin, productId, form: form({ financiering: "Via de Wmo: bel het Wmo-loket.", leverancier: "Thuiszorgwinkel Escamp", prijsafspraak: "10% korting met de Ooievaarspas", notitie: "Vraag naar de proefweek." }) });
    const item = (await buildAdvice({ municipalitySlug: "den-haag", answers })).recommendations.find((r) => r.product.slug === SLUG);
    expect(item).toMatchObject({ viaMunicipality: true, local: { fundingNote: "Via de Wmo: bel het Wmo-loket.", supplier: "Thuiszorgwinkel Escamp", priceAgreement: "10% korting met de Ooievaarspas", note: "Vraag naar de proefweek." } });
    const rw = (await buildAdvice({ municipalitySlug: "rijswijk", answers })).recommendations.find((r) => r.product.slug === SLUG);
    expect(rw?.local).toBeNull();
    // the consultant's advice for a Den Haag case is the same advice
    const kase = { municipality: { id: denHaagId, slug: "den-haag", name: "Den Haag" }, answers, postcode: null, district: null } as unknown as Parameters<typeof buildCaseAdvice>[0]["kase"];
    const caseItem = (await buildCaseAdvice({ kase })).recommendations.find((r) => r.product.slug === SLUG);
    expect(caseItem?.local?.supplier).toBe("Thuiszorgwinkel Escamp");

    const response = await postAdvice(new Request("http://localhost:3000/api/v1/advice", { method: "POST", body: JSON.stringify({ municipality: "den-haag", answers }), headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit), undefined);
    const advice = (await response.json()) as PublicAdvice;
    expect(advice.recommendations.find((r) => r.product.slug === SLUG)).toMatchObject({ offerLabel: null, local: { note: "Vraag naar de proefweek." } });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "municipality.offer", entityId: productId }, orderBy: { at: "desc" } });
    expect(audit.details).toMatchObject({ before: { localNote: "" }, after: { localNote: "Vraag naar de proefweek." } });
    const row = await getOfferProduct({ actor: denHaagAdmin, productId });
    expect(row.product).toMatchObject({ localSupplier: "Thuiszorgwinkel Escamp", updatedByName: denHaagAdmin.name });
  });
});

describe("who may change the offer", () => {
  it("another municipality's offer, an unknown product and other roles read as not found", async () => {
    await expectAppError(getOfferView({ actor: denHaagAdmin, municipalityId: rijswijkId }), "NOT_FOUND");
    await expectAppError(setProductOffered({ actor: denHaagAdmin, municipalityId: rijswijkId, productId, offered: false }), "NOT_FOUND");
    await expectAppError(updateOfferProduct({ actor: denHaagAdmin, municipalityId: rijswijkId, productId, form: form({ notitie: "x" }) }), "NOT_FOUND");
    await expectAppError(setNotOfferedDisplay({ actor: denHaagAdmin, municipalityId: rijswijkId, display: "label" }), "NOT_FOUND");
    await expectAppError(setProductOffered({ actor: denHaagAdmin, productId: "bestaat-niet", offered: false }), "NOT_FOUND");
    await expectAppError(getOfferProduct({ actor: denHaagAdmin, productId: "bestaat-niet" }), "NOT_FOUND");
    await expectAppError(setProductOffered({ actor: consultant, productId, offered: false }), "NOT_FOUND");
    expect(await db.municipalityProduct.count()).toBe(0);
    expect((await db.municipality.findUniqueOrThrow({ where: { id: rijswijkId } })).notOfferedDisplay).toBe("hide");
  });

  it("a platform administrator works on the municipality they choose", async () => {
    await setProductOffered({ actor: platform, municipalityId: rijswijkId, productId, offered: false });
    expect(slugs(await buildAdvice({ municipalitySlug: "rijswijk", answers }))).not.toContain(SLUG);
    expect(slugs(await buildAdvice({ municipalitySlug: "den-haag", answers }))).toContain(SLUG);
  });
});
