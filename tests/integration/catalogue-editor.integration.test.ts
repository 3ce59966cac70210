/**
 * The catalogue editor, against a real PostgreSQL: the catalogue editor changes a contraindication of one product in a
 * draft (through the same form model as the page), the preview lists exactly the resident profiles whose advice changes,
 * saving changes no advice, and after publishing the residents' advice changes only where the preview said.
 * Everybody without catalogue:manage reads the editor as not found; the change and its reason are audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseProductForm, productToForm } from "@/lib/catalogue/product-form";
import { RESIDENT_PROFILES } from "@/lib/catalogue/profiles";
import { getPublishedVersion, getVersionProduct } from "@/lib/catalogue/store";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import { getProductForEditing, listEditableProducts, previewProductEdit, saveProductEdit } from "@/lib/server/catalogue/edit-product";
import { publishCatalogueDraft } from "@/lib/server/catalogue/manage-catalogue";
import { resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let editor: Actor;
let municipalityAdmin: Actor;
let consultant: Actor;

const SLUG = "robotstofzuiger";

/** Where the product is in one advice. */
function placeIn(advice: AdviceResult): "recommended" | "excluded" | "absent" {
  if (advice.recommendations.some((r) => r.product.slug === SLUG)) return "recommended";
  if (advice.notRecommended.some((e) => e.product.slug === SLUG)) return "excluded";
  return "absent";
}
// what a Dutch-speaking resident sees: the products' texts in other languages are left out (an edit may drop a stale
// translation of the edited product, which changes no Dutch advice)
const seen = (a: AdviceResult) => JSON.parse(JSON.stringify({ ...a, catalogueVersion: undefined }, (key, value: unknown) => (key === "translations" ? undefined : value))) as unknown;
const adviceForAll = () => Promise.all(RESIDENT_PROFILES.map((p) => buildAdvice({ municipalitySlug: "den-haag", answers: p.answers })));

beforeAll(async () => {
  db = await resetWithDemoData();
  editor = await actorFor(db, "catalogus@ttv.demo");
  municipalityAdmin = await actorFor(db, "beheer@denhaag.demo");
  consultant = await actorFor(db, "consulent@denhaag.demo");
});

describe("the catalogue editor", () => {
  it("is a platform role without a municipality", () => {
    expect(editor).toMatchObject({ role: "CATALOGUE_EDITOR", municipalityId: null });
  });

  it.each([
    ["a municipality administrator", () => municipalityAdmin],
    ["a consultant", () => consultant],
    ["nobody signed in", () => null],
  ])("%s cannot read or change a product in the editor (not found)", async (_name, who) => {
    await expect(getProductForEditing(who(), SLUG)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listEditableProducts(who())).rejects.toBeInstanceOf(AppError);
  });

  it("changes a contraindication in a draft: the preview lists exactly the profiles whose advice then changes after publishing", async () => {
    const adviceBefore = await adviceForAll();
    const publishedBefore = await getPublishedVersion(db);

    // "veel kleine meubels" no longer rules the robot vacuum cleaner out: it becomes a condition with a solution
    const { product } = await getProductForEditing(editor, SLUG);
    const index = product.rules.contraindications.findIndex((c) => c.when.code === "home.small_furniture");
    expect(index).toBeGreaterThanOrEqual(0);
    const values = {
      ...productToForm(product),
      [`rules.contraindications.${index}.effect`]: "condition",
      [`rules.contraindications.${index}.text`]: "Er staan veel kleine meubels dicht bij elkaar. Zet ze wat verder uit elkaar, of laat de robot in één kamer werken.",
    };
    const parsed = parseProductForm(values);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const preview = await previewProductEdit(editor, parsed.product);
    const moved = preview.changes.filter((c) => c.before.place !== c.after.place);
    // the man of 87 with small furniture and a dog gets it now; nobody is left without help
    expect(moved.map((c) => [c.profileId, c.kind])).toEqual([["p18", "gains"]]);
    expect(preview.uncovered).toEqual([]);

    const saved = await saveProductEdit(editor, parsed.product, "Kleine meubels kun je verzetten; niet meer uitsluiten.");
    // the rule's Dutch text moved from "reason" to "solution": its old translations no longer fit and are dropped
    expect(saved.changedFields).toEqual(["rules.contraindications", "translations"]);
    const draftProduct = await getVersionProduct(db, (await db.catalogueVersion.findFirstOrThrow({ where: { number: saved.number } })).id, SLUG);
    expect(Object.keys(draftProduct!.translations.en ?? {})).not.toContain(`rules.contraindications.${index}.reason`);
    expect(draftProduct!.translations.en?.name).toBe(product.translations.en?.name);
    // the published version is untouched, and residents' advice has not changed yet
    expect(await getPublishedVersion(db)).toEqual(publishedBefore);
    expect(await getVersionProduct(db, publishedBefore!.id, SLUG)).toEqual(product);
    const adviceWithDraft = await adviceForAll();
    expect(adviceWithDraft.map(seen)).toEqual(adviceBefore.map(seen));

    await publishCatalogueDraft(editor, saved.number);
    const adviceAfter = await adviceForAll();

    const changedIds = new Set(preview.changes.map((c) => c.profileId));
    RESIDENT_PROFILES.forEach((p, i) => {
      const before = adviceBefore[i]!;
      const after = adviceAfter[i]!;
      const change = preview.changes.find((c) => c.profileId === p.id);
      if (!changedIds.has(p.id)) {
        expect(seen(after), p.name).toEqual(seen(before));
      } else {
        expect(placeIn(before), p.name).toBe(change!.before.place);
        expect(placeIn(after), p.name).toBe(change!.after.place);
      }
    });
  });

  it("records the edit with its reason in the audit log", async () => {
    const events = await db.auditEvent.findMany({ where: { action: { in: ["catalogue.draft", "catalogue.edit", "catalogue.publish"] }, actorId: editor.userId }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["catalogue.draft", "catalogue.edit", "catalogue.publish"]);
    expect(events[1]!.details).toMatchObject({ slug: SLUG, fields: ["rules.contraindications", "translations"], why: "Kleine meubels kun je verzetten; niet meer uitsluiten." });
  });

  it("refuses a save without a reason, with a field error", async () => {
    const { product } = await getProductForEditing(editor, SLUG);
    await expect(saveProductEdit(editor, product, "  ")).rejects.toMatchObject({ code: "INVALID", fields: { why: ["Schrijf kort waarom u dit verandert."] } });
  });
});
