import "server-only";

/**
 * The catalogue editor: read a product for editing, preview an edit over the resident profiles, save it into the
 * draft version. Only for people with catalogue:manage (the catalogue editor and the platform administrator); for
 * everyone else the catalogue reads as not found. The published version is never changed here: advice changes only
 * when the draft is published (manage-catalogue.ts publishCatalogueDraft).
 */
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { appError, notFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { previewProductChange, type ProductPreview } from "@/lib/catalogue/preview";
import { RESIDENT_PROFILES } from "@/lib/catalogue/profiles";
import { catalogueProductSchema, normaliseProduct, toEngineProduct, type CatalogueProductData } from "@/lib/catalogue/schema";
import {
  addDraftProduct,
  ensureEditableDraft,
  removeDraftProduct,
  getNewestDraft,
  getPublishedVersion,
  getVersionProduct,
  saveDraftProduct,
  versionProducts,
  type AuditSink,
  type VersionSummary,
} from "@/lib/catalogue/store";
import { TIPS } from "@/lib/catalogue/tips";
import { withoutStaleTranslations } from "@/lib/catalogue/translations";
import { storeUploadedImage, type StoredImageRef } from "@/lib/server/images/image-store";

function assertEditor(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !can(actor, "catalogue:manage")) throw notFoundError();
}

function auditAs(actor: Actor): AuditSink {
  return (tx, event) =>
    recordAuditEvent({ actor, action: event.action, entityType: "CatalogueVersion", entityId: event.versionId, municipalityId: null, details: event.details }, tx);
}

export interface EditableProductSummary {
  slug: string;
  name: string;
  /** differs from the published version */
  changedInDraft: boolean;
}

/** The products one can edit: those of the newest draft, or of the published version when there is no draft. */
export async function listEditableProducts(actor: Actor | null): Promise<{ draft: VersionSummary | null; products: EditableProductSummary[] }> {
  assertEditor(actor);
  const [draft, published] = await Promise.all([getNewestDraft(db), getPublishedVersion(db)]);
  const source = draft ?? published;
  if (!source) return { draft: null, products: [] };
  const rows = await db.catalogueVersionProduct.findMany({ where: { versionId: source.id }, select: { slug: true, hash: true, data: true }, orderBy: { slug: "asc" } });
  const publishedHashes = published && draft ? new Map((await db.catalogueVersionProduct.findMany({ where: { versionId: published.id }, select: { slug: true, hash: true } })).map((r) => [r.slug, r.hash])) : null;
  return {
    draft,
    products: rows
      .map((r) => ({ slug: r.slug, name: String((r.data as { name?: unknown }).name ?? r.slug), changedInDraft: publishedHashes ? publishedHashes.get(r.slug) !== r.hash : false }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}

export interface ProductForEditing {
  /** as it is in the draft (or the published version when there is no draft yet) */
  product: CatalogueProductData;
  /** as residents get it now; null when the product is new in the draft */
  published: CatalogueProductData | null;
  draft: VersionSummary | null;
  publishedVersion: VersionSummary | null;
}

export async function getProductForEditing(actor: Actor | null, slug: string): Promise<ProductForEditing> {
  assertEditor(actor);
  const [draft, publishedVersion] = await Promise.all([getNewestDraft(db), getPublishedVersion(db)]);
  const published = publishedVersion ? await getVersionProduct(db, publishedVersion.id, slug) : null;
  const inDraft = draft ? await getVersionProduct(db, draft.id, slug) : null;
  const product = inDraft ?? (draft ? null : published);
  if (!product) throw notFoundError({ key: "staff.productNotInCatalogueNow" });
  return { product, published, draft, publishedVersion };
}

/** What the edited product would change in the advice of the resident profiles, compared with the published catalogue. */
export async function previewProductEdit(actor: Actor | null, edited: CatalogueProductData): Promise<ProductPreview> {
  assertEditor(actor);
  const product = normaliseProduct(catalogueProductSchema.parse(edited));
  const publishedVersion = await getPublishedVersion(db);
  const published = publishedVersion ? await versionProducts(db, publishedVersion.id) : [];
  return previewProductChange({
    profiles: RESIDENT_PROFILES,
    catalogue: published.map((p) => toEngineProduct(p.data)),
    edited: toEngineProduct(product),
    tips: TIPS,
  });
}

/** The editor's reason for a change, required and short. */
export function checkedWhy(why: string): string {
  const reason = why.trim();
  if (reason.length === 0) throw appError("INVALID", "staff.whyChange", { field: "why" });
  if (reason.length > 500) throw appError("INVALID", "staff.whyTooLong", { field: "why" });
  return reason;
}

/**
 * Saves an edited product into the draft (made from the published version when there is none), with the reason in
 * the audit log. Returns the draft's number and the fields that changed.
 */
export async function saveProductEdit(actor: Actor | null, edited: CatalogueProductData, why: string): Promise<{ number: number; changedFields: string[] }> {
  assertEditor(actor);
  const reason = checkedWhy(why);
  const draft = await ensureEditableDraft(db, { createdById: actor.userId, audit: auditAs(actor) });
  // the editor's form has no translation fields: keep the product's translations (i18n) unless the edit brings its own
  // and drop the translations whose Dutch text changed under them (lib/catalogue/translations.ts)
  let product = edited;
  const current = await getVersionProduct(db, draft.id, edited.slug);
  if (current) {
    const carried = Object.keys(edited.translations ?? {}).length === 0 ? { ...edited, translations: current.translations } : edited;
    product = { ...carried, translations: withoutStaleTranslations(current, carried) };
  }
  const { changedFields } = await saveDraftProduct(db, { number: draft.number, product, why: reason, audit: auditAs(actor) });
  return { number: draft.number, changedFields };
}

/**
 * Puts a NEW product into the draft (made from the published version when there is none). Its slug must be new.
 * Residents get it once the draft is published.
 */
export async function createProductInDraft(actor: Actor | null, product: CatalogueProductData, why: string): Promise<{ number: number; slug: string }> {
  assertEditor(actor);
  const reason = checkedWhy(why);
  const draft = await ensureEditableDraft(db, { createdById: actor.userId, audit: auditAs(actor) });
  const { slug } = await addDraftProduct(db, { number: draft.number, product, why: reason, audit: auditAs(actor) });
  return { number: draft.number, slug };
}

/**
 * Archives a product: takes it out of the draft. After publishing, residents no longer get it; rolling back to an
 * earlier version brings it back. Its lending history stays (the Product row becomes inactive).
 */
export async function archiveProductInDraft(actor: Actor | null, slug: string, why: string): Promise<{ number: number; name: string }> {
  assertEditor(actor);
  const reason = checkedWhy(why);
  const draft = await ensureEditableDraft(db, { createdById: actor.userId, audit: auditAs(actor) });
  const { name } = await removeDraftProduct(db, { number: draft.number, slug, why: reason, audit: auditAs(actor) });
  return { number: draft.number, name };
}

/**
 * A product image uploaded in the editor: checked, cleaned and stored (lib/server/images); returns the path to put in
 * the product's imagePath. Throws ImageError (Dutch) for a file that is not a good image.
 */
export async function uploadProductImage(actor: Actor | null, upload: Uint8Array): Promise<StoredImageRef> {
  assertEditor(actor);
  const ref = await storeUploadedImage(upload, { purpose: "product", createdById: actor.userId });
  await recordAuditEvent({ actor, action: "catalogue.image", entityType: "StoredImage", entityId: ref.id, municipalityId: null, details: { sha256: ref.sha256, width: ref.width, height: ref.height } });
  return ref;
}
