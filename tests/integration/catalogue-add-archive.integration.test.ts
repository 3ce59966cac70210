/**
 * Adding a new product and archiving a product from the catalogue editor, against a real PostgreSQL: both go into the
 * draft (residents see nothing until publishing), publishing makes them live, a rollback restores the earlier advice.
 * Duplicate slugs are refused, non-editors read not found, every step is audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { RESIDENT_PROFILES } from "@/lib/catalogue/profiles";
import { newProductForm, parseProductForm, productToForm } from "@/lib/catalogue/product-form";
import { getNewestDraft, getPublishedVersion, getVersionProduct } from "@/lib/catalogue/store";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import { archiveProductInDraft, createProductInDraft, getProductForEditing, previewProductEdit } from "@/lib/server/catalogue/edit-product";
import { exportCatalogueFile, importCatalogueFile, publishCatalogueDraft, rollbackCatalogue } from "@/lib/server/catalogue/manage-catalogue";
import { resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let editor: Actor;
let consultant: Actor;
let municipalityAdmin: Actor;

const NEW_SLUG = "slimme-robotstofzuiger-test";
const advised = (advice: AdviceResult, slug: string) => advice.recommendations.some((r) => r.product.slug === slug);
const adviceForAll = () => Promise.all(RESIDENT_PROFILES.map((p) => buildAdvice({ municipalitySlug: "den-haag", answers: p.answers })));

beforeAll(async () => {
  db = await resetWithDemoData();
  editor = await actorFor(db, "catalogus@ttv.demo");
  consultant = await actorFor(db, "consulent@denhaag.demo");
  municipalityAdmin = await actorFor(db, "beheer@denhaag.demo");
});

describe("a new product from the structured form", () => {
  it("the empty form does not validate: it names the missing fields in Dutch", () => {
    const parsed = parseProductForm(newProductForm());
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors)).toEqual(expect.arrayContaining(["slug", "name", "shortDescription", "iso9999Code", "rules.addresses.0.difficulty"]));
  });

  it.each([
    ["99 12", false],
    ["15 00", false],
    ["15 12 06", true],
    ["15 12", true],
    ["1512", false],
  ])("ISO 9999 code %s is valid: %s (class, subclass, division)", (code, ok) => {
    const values = { ...newProductForm({ name: "X", slug: "x", shortDescription: "Y." }), iso9999Code: code };
    const parsed = parseProductForm(values);
    const errors = parsed.ok ? {} : parsed.errors;
    expect(errors.iso9999Code === undefined).toBe(ok);
  });

  it.each([
    ["a consultant", () => consultant],
    ["a municipality administrator", () => municipalityAdmin],
    ["nobody", () => null],
  ])("%s cannot add or archive (not found)", async (_n, who) => {
    const { product } = await getProductForEditing(editor, "robotstofzuiger");
    await expect(createProductInDraft(who(), { ...product, slug: NEW_SLUG }, "test")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(archiveProductInDraft(who(), "robotstofzuiger", "test")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("goes into the draft, is live only after publishing, and a duplicate slug is refused", async () => {
    const { product } = await getProductForEditing(editor, "robotstofzuiger");
    const values = { ...productToForm(product), slug: NEW_SLUG, name: "Slimme robotstofzuiger (test)" };
    const parsed = parseProductForm(values);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await expect(createProductInDraft(editor, parsed.product, "")).rejects.toMatchObject({ code: "INVALID", fields: { why: expect.any(Array) } });

    const preview = await previewProductEdit(editor, parsed.product);
    const created = await createProductInDraft(editor, parsed.product, "Nieuw model op de markt");
    expect(created.slug).toBe(NEW_SLUG);
    await expect(createProductInDraft(editor, parsed.product, "nog een keer")).rejects.toMatchObject({ code: "INVALID", fields: { slug: expect.any(Array) } });

    // residents see nothing yet
    const published = await getPublishedVersion(db);
    expect(await getVersionProduct(db, published!.id, NEW_SLUG)).toBeNull();
    expect((await adviceForAll()).some((a) => advised(a, NEW_SLUG))).toBe(false);

    await publishCatalogueDraft(editor, created.number);
    expect(await db.product.findUnique({ where: { slug: NEW_SLUG }, select: { active: true } })).toEqual({ active: true });
    const after = await adviceForAll();
    // exactly the profiles that get the robot vacuum cleaner also get its copy
    expect(after.map((a) => advised(a, NEW_SLUG))).toEqual(after.map((a) => advised(a, "robotstofzuiger")));
    expect(after.some((a) => advised(a, NEW_SLUG))).toBe(true);
    // and exactly the profiles the preview named gain it: the preview said what publishing does
    const gained = RESIDENT_PROFILES.filter((_, i) => advised(after[i]!, NEW_SLUG)).map((p) => p.id);
    expect(preview.changes.filter((c) => c.after.place === "recommended").map((c) => c.profileId)).toEqual(gained);
  });

  it("the catalogue with the new product survives an export/import round trip unchanged (JSON and CSV)", async () => {
    for (const format of ["json", "csv"] as const) {
      const exported = await exportCatalogueFile(editor, format);
      const dry = await importCatalogueFile(editor, { text: exported.body, format, dryRun: true, note: "" });
      expect(dry.plan.refused).toEqual([]);
      expect(dry.plan.diff).toMatchObject({ added: [], removed: [], changed: [] });
      expect(dry.plan.products.map((p) => p.slug)).toContain(NEW_SLUG);
    }
  });
});

describe("archiving a product", () => {
  it("takes it out of the draft; after publishing nobody is advised it; a rollback restores the earlier advice", async () => {
    const before = await adviceForAll();
    const publishedBefore = (await getPublishedVersion(db))!;
    expect(before.some((a) => advised(a, "robotstofzuiger"))).toBe(true);

    const archived = await archiveProductInDraft(editor, "robotstofzuiger", "Wordt niet meer gemaakt");
    expect(archived.name).toBe("Robotstofzuiger");
    const draft = await getNewestDraft(db);
    expect(await getVersionProduct(db, draft!.id, "robotstofzuiger")).toBeNull();
    await expect(archiveProductInDraft(editor, "robotstofzuiger", "nog eens")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // not yet published: residents still get it
    expect((await adviceForAll()).map((a) => advised(a, "robotstofzuiger"))).toEqual(before.map((a) => advised(a, "robotstofzuiger")));

    await publishCatalogueDraft(editor, archived.number);
    expect((await adviceForAll()).some((a) => advised(a, "robotstofzuiger"))).toBe(false);
    expect(await db.product.findUnique({ where: { slug: "robotstofzuiger" }, select: { active: true } })).toEqual({ active: false });

    await rollbackCatalogue(editor, publishedBefore.number);
    const restored = await adviceForAll();
    const strip = (a: AdviceResult) => ({ ...a, catalogueVersion: undefined });
    expect(restored.map(strip)).toEqual(before.map(strip));
  });

  it("audits adding and archiving with the reason", async () => {
    const events = await db.auditEvent.findMany({ where: { action: { in: ["catalogue.add", "catalogue.archive"] }, actorId: editor.userId }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, (e.details as { slug: string; why: string }).slug, (e.details as { why: string }).why])).toEqual([
      ["catalogue.add", NEW_SLUG, "Nieuw model op de markt"],
      ["catalogue.archive", "robotstofzuiger", "Wordt niet meer gemaakt"],
    ]);
  });
});
