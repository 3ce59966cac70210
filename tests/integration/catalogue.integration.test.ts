/**
 * The catalogue as a living asset, against a real PostgreSQL: the seed is published version 1; export and import give
 * identical data (JSON and CSV); a bad import writes nothing; a draft changes no advice; publishing changes the advice
 * only where the catalogue changed; a rollback restores the earlier advice; every change is audited; only the platform
 * administrator may manage versions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseJsonFile } from "@/lib/catalogue/exchange";
import { getPublishedVersion, versionProducts } from "@/lib/catalogue/store";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import {
  compareCatalogueVersions,
  exportCatalogueFile,
  importCatalogueFile,
  listCatalogueVersions,
  publishCatalogueDraft,
  rollbackCatalogue,
} from "@/lib/server/catalogue/manage-catalogue";
import { resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let platform: Actor;
let municipalityAdmin: Actor;

const CLUTTERED = { municipalitySlug: "den-haag", answers: { difficulties: ["housework.vacuuming" as const], context: { "home.clutter": "a_lot" as const } } };
const NIGHT = { municipalitySlug: "den-haag", answers: { difficulties: ["toilet.night" as const, "mobility.walking" as const], context: {} } };

/** The advice without the catalogue version number, to compare what a resident sees. */
const seen = (a: AdviceResult) => ({ ...a, catalogueVersion: undefined });

async function counts() {
  const [versions, versionProducts, products, audit] = await Promise.all([
    db.catalogueVersion.count(),
    db.catalogueVersionProduct.count(),
    db.product.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true, active: true } }),
    db.auditEvent.count(),
  ]);
  return { versions, versionProducts, products, audit };
}

beforeAll(async () => {
  db = await resetWithDemoData();
  platform = await actorFor(db, "platform@ttv.demo");
  municipalityAdmin = await actorFor(db, "beheer@denhaag.demo");
});

describe("the seeded catalogue", () => {
  it("is published version 1, made by the importer, and Product holds exactly its products", async () => {
    const published = await getPublishedVersion(db);
    expect(published).toMatchObject({ number: 1, status: "published", source: "seed", productCount: 55 });
    const products = await versionProducts(db, published!.id);
    const rows = await db.product.findMany({ where: { active: true }, orderBy: { slug: "asc" } });
    expect(rows.map((r) => r.slug)).toEqual(products.map((p) => p.data.slug));
    for (const p of products) expect(p.insertedAt).toEqual(published!.publishedAt);
  });

  it("names its version in the advice", async () => {
    expect((await buildAdvice(CLUTTERED)).catalogueVersion).toBe(1);
  });
});

describe("who may manage the catalogue", () => {
  it.each([
    ["nobody", null],
    ["a municipality administrator", () => municipalityAdmin],
  ])("%s reads it as not found", async (_who, actor) => {
    const who = typeof actor === "function" ? actor() : actor;
    await expect(listCatalogueVersions(who)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importCatalogueFile(who, { text: "[]", format: "json", dryRun: true, note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishCatalogueDraft(who, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rollbackCatalogue(who, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("export and import", () => {
  it.each(["json", "csv"] as const)("a %s round trip gives identical data (the dry run finds no change; the draft equals the published version)", async (format) => {
    const exported = await exportCatalogueFile(platform, format);
    expect(exported.filename).toBe(`catalogus-v1.${format}`);

    const dry = await importCatalogueFile(platform, { text: exported.body, format, dryRun: true, note: "" });
    expect(dry.version).toBeNull();
    expect(dry.plan.refused).toEqual([]);
    expect(dry.plan.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 55 });

    const before = await counts();
    const real = await importCatalogueFile(platform, { text: exported.body, format, dryRun: false, note: `Terugleestest ${format}` });
    expect(real.version).toMatchObject({ status: "draft" });
    const number = real.version!.number;
    expect(await compareCatalogueVersions(platform, 1, number)).toMatchObject({ added: [], removed: [], changed: [], unchanged: 55 });
    const [v1, draft] = await Promise.all([1, number].map(async (n) => versionProducts(db, (await db.catalogueVersion.findUniqueOrThrow({ where: { number: n } })).id)));
    expect(draft!.map((p) => p.data)).toEqual(v1!.map((p) => p.data));
    expect(draft!.map((p) => p.hash)).toEqual(v1!.map((p) => p.hash));

    // a draft touches neither the products nor the published version
    const after = await counts();
    expect(after.products).toEqual(before.products);
    expect((await getPublishedVersion(db))!.number).toBe(1);
    expect(after.audit).toBe(before.audit + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "catalogue.import" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: platform.userId, entityType: "CatalogueVersion" });
  });

  it("writes nothing at all when one row is refused, and says which row and why", async () => {
    const exported = await exportCatalogueFile(platform, "json");
    const doc = JSON.parse(exported.body) as { products: Record<string, unknown>[] };
    doc.products[3] = { ...doc.products[3], IsoCodePrimary: "99 99 99" };
    doc.products[7] = { ...doc.products[7], CommercialName: "Nieuwe naam" }; // a valid change in the same file
    const before = await counts();
    const outcome = await importCatalogueFile(platform, { text: JSON.stringify(doc), format: "json", dryRun: false, note: "Met een fout" });
    expect(outcome.version).toBeNull();
    expect(outcome.plan.ok).toBe(false);
    expect(outcome.plan.refused).toEqual([{ row: 4, slug: doc.products[3]!.ProductCode, reasons: [expect.stringMatching(/^IsoCodePrimary: Geen geldige ISO 9999-code/)] }]);
    expect(outcome.plan.diff.changed.map((c) => c.slug)).toEqual([doc.products[7]!.ProductCode]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a file it cannot read, and a real import without a reason, as INVALID", async () => {
    const before = await counts();
    await expect(importCatalogueFile(platform, { text: "ProductCode;Naam\n", format: "csv", dryRun: true, note: "" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(importCatalogueFile(platform, { text: "{", format: "json", dryRun: false, note: "x" })).rejects.toBeInstanceOf(AppError);
    const exported = await exportCatalogueFile(platform, "json");
    await expect(importCatalogueFile(platform, { text: exported.body, format: "json", dryRun: false, note: "  " })).rejects.toMatchObject({ code: "INVALID", fields: { note: ["Vul dit in."] } });
    expect(await counts()).toEqual(before);
  });
});

describe("publishing and rolling back", () => {
  let baseline: { cluttered: AdviceResult; night: AdviceResult };
  let changedNumber: number;

  beforeAll(async () => {
    baseline = { cluttered: await buildAdvice(CLUTTERED), night: await buildAdvice(NIGHT) };
  });

  it("the seeded advice excludes the robot vacuum because of the clutter", () => {
    expect(baseline.cluttered.notRecommended.map((n) => n.product.slug)).toContain("robotstofzuiger");
  });

  it("changes the advice only where a published contraindication changed; a draft changes nothing", async () => {
    const exported = await exportCatalogueFile(platform, "json");
    const doc = JSON.parse(exported.body) as { products: { ProductCode: string; rules: { contraindications: { when: { code: string } }[] } }[] };
    const robot = doc.products.find((p) => p.ProductCode === "robotstofzuiger")!;
    const clutterRules = robot.rules.contraindications.filter((c) => c.when.code === "home.clutter");
    expect(clutterRules.length).toBeGreaterThan(0);
    robot.rules.contraindications = robot.rules.contraindications.filter((c) => c.when.code !== "home.clutter");

    const imported = await importCatalogueFile(platform, { text: JSON.stringify(doc), format: "json", dryRun: false, note: "Robotstofzuiger: rommel is geen uitsluiting meer" });
    changedNumber = imported.version!.number;
    expect(imported.plan.diff.changed).toEqual([
      // the rules after the removed one moved up a place: translations that belonged to another Dutch text are dropped
      expect.objectContaining({ slug: "robotstofzuiger", fields: [expect.objectContaining({ field: "rules.contraindications" }), expect.objectContaining({ field: "translations" })] }),
    ]);
    expect(seen(await buildAdvice(CLUTTERED))).toEqual(seen(baseline.cluttered)); // still a draft

    const published = await publishCatalogueDraft(platform, changedNumber);
    expect(published.previous).toBe(1);
    const cluttered = await buildAdvice(CLUTTERED);
    expect(cluttered.catalogueVersion).toBe(changedNumber);
    expect(cluttered.notRecommended.map((n) => n.product.slug)).not.toContain("robotstofzuiger");
    expect(seen(cluttered)).not.toEqual(seen(baseline.cluttered));
    const night = await buildAdvice(NIGHT);
    expect(night.catalogueVersion).toBe(changedNumber);
    expect(seen(night)).toEqual(seen(baseline.night)); // nothing else changed

    const versions = await listCatalogueVersions(platform);
    expect(versions.filter((v) => v.status === "published").map((v) => v.number)).toEqual([changedNumber]);
    expect(versions.find((v) => v.number === 1)!.status).toBe("superseded");
    await expect(publishCatalogueDraft(platform, changedNumber)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rolls back by publishing a new version equal to version 1, which restores the earlier advice; history stays", async () => {
    const result = await rollbackCatalogue(platform, 1);
    expect(result.number).toBeGreaterThan(changedNumber);
    expect(result.diff.changed.map((c) => c.slug)).toEqual(["robotstofzuiger"]);
    expect(await compareCatalogueVersions(platform, 1, result.number)).toMatchObject({ added: [], removed: [], changed: [] });

    const cluttered = await buildAdvice(CLUTTERED);
    expect(cluttered.catalogueVersion).toBe(result.number);
    expect(seen(cluttered)).toEqual(seen(baseline.cluttered));
    expect(seen(await buildAdvice(NIGHT))).toEqual(seen(baseline.night));

    const versions = await listCatalogueVersions(platform);
    expect(versions.find((v) => v.number === result.number)).toMatchObject({ status: "published", source: "rollback", restoredFrom: 1 });
    expect(versions.find((v) => v.number === changedNumber)).toMatchObject({ status: "superseded" });
    expect(versions.filter((v) => v.status === "published")).toHaveLength(1);

    const audit = await db.auditEvent.findMany({ where: { entityType: "CatalogueVersion", actorId: platform.userId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["catalogue.import", "catalogue.publish", "catalogue.rollback"]));
    await expect(rollbackCatalogue(platform, result.number)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a product left out of a published version is no longer advised, and comes back after a rollback", async () => {
    const exported = await exportCatalogueFile(platform, "csv");
    const lines = exported.body.split("\n");
    const withoutRobot = lines.filter((l) => !l.startsWith("robotstofzuiger,")).join("\n");
    const imported = await importCatalogueFile(platform, { text: withoutRobot, format: "csv", dryRun: false, note: "Robotstofzuiger uit de catalogus" });
    expect(imported.plan.diff.removed).toEqual([{ slug: "robotstofzuiger", name: expect.any(String) }]);
    const current = (await getPublishedVersion(db))!.number;
    await publishCatalogueDraft(platform, imported.version!.number);
    const advice = await buildAdvice(CLUTTERED);
    expect([...advice.recommendations, ...advice.notRecommended].map((r) => r.product.slug)).not.toContain("robotstofzuiger");
    expect((await db.product.findUniqueOrThrow({ where: { slug: "robotstofzuiger" } })).active).toBe(false);

    await rollbackCatalogue(platform, current);
    expect((await db.product.findUniqueOrThrow({ where: { slug: "robotstofzuiger" } })).active).toBe(true);
    expect(seen(await buildAdvice(CLUTTERED))).toEqual(seen(baseline.cluttered));
  });
});

describe("exported JSON", () => {
  it("is a ttv-catalogue document of the published version with EASTIN names and dates", async () => {
    const exported = await exportCatalogueFile(platform, "json");
    const doc = JSON.parse(exported.body) as Record<string, unknown> & { products: Record<string, unknown>[] };
    expect(doc).toMatchObject({ format: "ttv-catalogue", formatVersion: 1, catalogueVersion: (await getPublishedVersion(db))!.number });
    expect(Object.keys(doc.products[0]!).slice(0, 9)).toEqual([
      "ProductCode", "IsoCodePrimary", "IsoEdition", "CommercialName", "ManufacturerOriginalFullName", "OriginalDescription", "ImageUrl", "InsertDate", "LastUpdateDate",
    ]);
    expect(parseJsonFile(exported.body)).toHaveLength(55);
  });
});

describe("a database seeded before catalogue versions existed", () => {
  it("gets its active products as published version 1 at start, once", async () => {
    const { ensureCatalogueVersion } = await import("@/lib/catalogue/store");
    const activeBefore = await db.product.findMany({ where: { active: true }, orderBy: { slug: "asc" }, select: { slug: true } });
    await db.catalogueVersion.deleteMany({});
    expect(await ensureCatalogueVersion(db)).toEqual({ created: 1 });
    const published = await getPublishedVersion(db);
    expect(published).toMatchObject({ number: 1, status: "published", productCount: activeBefore.length });
    const products = await versionProducts(db, published!.id);
    expect(products.map((p) => p.data.slug)).toEqual(activeBefore.map((p) => p.slug));
    expect(await ensureCatalogueVersion(db)).toEqual({ created: null });
  });
});
