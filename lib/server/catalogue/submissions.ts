import "server-only";
/**
 * Supplier submissions: a public submit (no account; rate limited per client, images checked and re-encoded, every
 * text plain), a status lookup by reference, and the review queue for catalogue editors (and the platform
 * administrator): list, open with possible duplicates pointed out, complete the rules (the product goes into the
 * catalogue draft), or reject with a reason that the supplier receives by e-mail through the outbox.
 * Everybody else reads the queue as NOT FOUND. Every change is audited.
 */
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { appError, AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumePoint, RateLimitedError, minutesText, sharedLimiter } from "@/lib/api/rate-limit";
import { findDuplicates, type ExistingProduct, type PossibleDuplicate } from "@/lib/catalogue/duplicates";
import type { CatalogueProductData } from "@/lib/catalogue/schema";
import { getNewestDraft, getPublishedVersion } from "@/lib/catalogue/store";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { appUrl } from "@/lib/server/app-url";
import { storeCleanImage } from "@/lib/server/images/image-store";
import { cleanImage, ImageError, type CleanImage } from "@/lib/server/images/process-image";
import { rejectReasonSchema, STATUS_TEXT, type SubmissionFields, type SubmissionStatus, type SubmissionStatusResponse } from "@/lib/schemas/submission";
import { shortCode } from "@/lib/util/codes";
import { createProductInDraft } from "./edit-product";
import { submissionRejectedMessage } from "./submission-messages";

/** Submissions per client per hour (form and API together). */
export const SUBMISSIONS_PER_HOUR = 5;

export interface SubmittedImage {
  path: string;
  alt: string;
  width: number;
  height: number;
}

function assertReviewer(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !can(actor, "catalogue:manage")) throw notFoundError();
}

export const statusPath = (reference: string) => `/leveranciers/status?kenmerk=${reference}`;

/**
 * A new submission: counts against the client's hourly limit (RateLimitedError), checks and re-encodes the images
 * (AppError INVALID with `images.<n>` field messages), stores everything as "nieuw" and audits it. `fields` must be
 * validated with submissionFieldsSchema already.
 */
export async function submitProduct(input: { fields: SubmissionFields; images: { bytes: Uint8Array; alt: string }[]; client: string }): Promise<SubmissionStatusResponse> {
  const limiter = await sharedLimiter({ name: "submission", points: SUBMISSIONS_PER_HOUR, durationSeconds: 3600 });
  const wait = await consumePoint(limiter, input.client);
  if (wait !== null) throw new RateLimitedError({ key: "staff.supplierTooManySubmissions", params: { minutes: minutesText(wait) } }, wait);

  if (input.images.length === 0) throw appError("INVALID", "staff.atLeastOneImage", { field: "images" });
  const cleaned: CleanImage[] = [];
  const errors: Record<string, string[]> = {};
  for (const [i, image] of input.images.entries()) {
    try {
      cleaned.push(await cleanImage(image.bytes));
    } catch (error) {
      if (!(error instanceof ImageError)) throw error;
      errors[`images.${i}`] = [error.message];
    }
  }
  if (Object.keys(errors).length) throw appError("INVALID", "staff.imageUnusable", { fields: errors });

  const f = input.fields;
  const created = await db.$transaction(async (tx) => {
    const images: SubmittedImage[] = [];
    for (const [i, image] of cleaned.entries()) {
      const ref = await storeCleanImage(image, { purpose: "submission", createdById: null }, tx);
      images.push({ path: ref.path, alt: input.images[i]!.alt, width: ref.width, height: ref.height });
    }
    const row = await tx.productSubmission.create({
      data: {
        reference: shortCode(),
        name: f.name,
        description: f.description,
        iso9999Code: f.iso9999Code,
        supplier: f.supplier,
        manufacturer: f.manufacturer,
        contactName: f.contactName,
        contactEmail: f.contactEmail,
        priceMinEuro: f.priceMinEuro,
        priceMaxEuro: f.priceMaxEuro,
        pricePeriod: f.pricePeriod,
        isMonitoring: f.isMonitoring,
        monitoringRecords: f.isMonitoring ? f.monitoringRecords : "",
        monitoringWhoSees: f.isMonitoring ? f.monitoringWhoSees : "",
        monitoringHowToStop: f.isMonitoring ? f.monitoringHowToStop : "",
        images: images as unknown as Prisma.InputJsonValue,
      },
    });
    await recordAuditEvent({ actor: null, action: "submission.create", entityType: "ProductSubmission", entityId: row.id, municipalityId: null, details: { reference: row.reference, images: images.length } }, tx);
    return row;
  });
  return toStatus(created, await appUrl());
}

type SubmissionRow = NonNullable<Awaited<ReturnType<typeof db.productSubmission.findUnique>>>;

function toStatus(row: SubmissionRow, baseUrl: string): SubmissionStatusResponse {
  const status = row.status as SubmissionStatus;
  return {
    reference: row.reference,
    status,
    statusText: STATUS_TEXT[status],
    reason: status === "afgewezen" ? row.rejectReason : null,
    productName: row.name,
    submittedAt: row.createdAt.toISOString(),
    statusUrl: new URL(statusPath(row.reference), baseUrl).toString(),
  };
}

/** The status by reference (public; the caller limits failed lookups with lookupByCode). Null when unknown. */
export async function getSubmissionStatus(reference: string, baseUrl?: string): Promise<SubmissionStatusResponse | null> {
  const row = await db.productSubmission.findUnique({ where: { reference } });
  return row ? toStatus(row, baseUrl ?? (await appUrl())) : null;
}

// ----------------------------------------------------------------------------- the review queue

export interface SubmissionSummary {
  id: string;
  reference: string;
  status: SubmissionStatus;
  name: string;
  supplier: string;
  createdAt: Date;
}

export async function listSubmissions(actor: Actor | null, status?: SubmissionStatus): Promise<SubmissionSummary[]> {
  assertReviewer(actor);
  const rows = await db.productSubmission.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true, status: true, name: true, supplier: true, createdAt: true },
    take: 500,
  });
  return rows.map((r) => ({ ...r, status: r.status as SubmissionStatus }));
}

export interface SubmissionForReview {
  id: string;
  reference: string;
  status: SubmissionStatus;
  fields: SubmissionFields;
  images: SubmittedImage[];
  productSlug: string | null;
  rejectReason: string | null;
  createdAt: Date;
  duplicates: PossibleDuplicate[];
}

/** The products to compare with: the published catalogue and the newest draft (slug once). */
async function catalogueForDuplicates(): Promise<ExistingProduct[]> {
  const versions = [await getPublishedVersion(db), await getNewestDraft(db)].filter((v) => v !== null);
  const rows = await db.catalogueVersionProduct.findMany({ where: { versionId: { in: versions.map((v) => v.id) } }, select: { slug: true, data: true, versionId: true } });
  // the published version first, then the draft: where both have a product, the draft's (newer) data wins
  const order = new Map(versions.map((v, i) => [v.id, i]));
  rows.sort((a, b) => (order.get(a.versionId) ?? 0) - (order.get(b.versionId) ?? 0));
  const bySlug = new Map<string, ExistingProduct>();
  for (const r of rows) {
    const d = r.data as { name?: string; iso9999Code?: string; supplier?: string };
    bySlug.set(r.slug, { slug: r.slug, name: d.name ?? r.slug, iso9999Code: d.iso9999Code ?? "", supplier: d.supplier ?? "" });
  }
  return [...bySlug.values()];
}

export async function getSubmissionForReview(actor: Actor | null, id: string): Promise<SubmissionForReview> {
  assertReviewer(actor);
  const row = await db.productSubmission.findUnique({ where: { id } });
  if (!row) throw notFoundError({ key: "staff.submissionNotFound" });
  const fields: SubmissionFields = {
    name: row.name,
    description: row.description,
    iso9999Code: row.iso9999Code,
    supplier: row.supplier,
    manufacturer: row.manufacturer,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    priceMinEuro: row.priceMinEuro,
    priceMaxEuro: row.priceMaxEuro,
    pricePeriod: row.pricePeriod as "once" | "month",
    isMonitoring: row.isMonitoring,
    monitoringRecords: row.monitoringRecords,
    monitoringWhoSees: row.monitoringWhoSees,
    monitoringHowToStop: row.monitoringHowToStop,
  };
  // the catalogue's "supplier" is the manufacturer or supplier: compare with both
  const catalogue = await catalogueForDuplicates();
  const duplicates = [row.supplier, row.manufacturer]
    .filter(Boolean)
    .flatMap((supplier, i) => findDuplicates({ name: i === 0 ? row.name : "", iso9999Code: row.iso9999Code, supplier }, catalogue));
  const merged = new Map<string, PossibleDuplicate>();
  for (const d of duplicates) {
    const seen = merged.get(d.slug);
    merged.set(d.slug, seen ? { ...seen, reasons: [...new Set([...seen.reasons, ...d.reasons])] } : d);
  }
  // the product made from this submission is not a duplicate of itself
  if (row.productSlug) merged.delete(row.productSlug);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as SubmissionStatus,
    fields,
    images: row.images as unknown as SubmittedImage[],
    productSlug: row.productSlug,
    rejectReason: row.rejectReason,
    createdAt: row.createdAt,
    duplicates: [...merged.values()],
  };
}

/**
 * The editor completed the rules: the product goes into the catalogue draft (like a new product), the submission
 * becomes "in_concept" and points to it. Publishing the draft makes it "gepubliceerd" (lib/catalogue/store.ts).
 */
export async function completeSubmission(actor: Actor | null, id: string, product: CatalogueProductData, why: string): Promise<{ number: number; slug: string }> {
  assertReviewer(actor);
  const row = await db.productSubmission.findUnique({ where: { id }, select: { id: true, status: true, reference: true } });
  if (!row) throw notFoundError({ key: "staff.submissionNotFound" });
  if (row.status !== "nieuw") throw appError("CONFLICT", "staff.submissionAlreadyHandled");
  const created = await createProductInDraft(actor, product, why);
  await db.$transaction(async (tx) => {
    const updated = await tx.productSubmission.updateMany({
      where: { id, status: "nieuw" },
      data: { status: "in_concept", productSlug: created.slug, reviewedById: actor.userId, reviewedAt: new Date() },
    });
    if (updated.count !== 1) throw appError("CONFLICT", "staff.submissionHandledMeanwhile");
    await recordAuditEvent({ actor, action: "submission.accept", entityType: "ProductSubmission", entityId: id, municipalityId: null, details: { reference: row.reference, slug: created.slug, draft: created.number } }, tx);
  });
  return created;
}

/** Rejects a new submission with a reason; the supplier receives it by e-mail (outbox, same transaction). */
export async function rejectSubmission(actor: Actor | null, id: string, reasonInput: string): Promise<void> {
  assertReviewer(actor);
  const parsed = rejectReasonSchema.safeParse(reasonInput);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Schrijf waarom u de aanmelding afwijst.";
    throw new AppError("INVALID", message, { reason: [message] });
  }
  const reason = parsed.data;
  const baseUrl = await appUrl();
  await db.$transaction(async (tx) => {
    const row = await tx.productSubmission.findUnique({ where: { id } });
    if (!row) throw notFoundError({ key: "staff.submissionNotFound" });
    if (row.status !== "nieuw") throw appError("CONFLICT", "staff.submissionOnlyNewRejectable");
    const updated = await tx.productSubmission.updateMany({ where: { id, status: "nieuw" }, data: { status: "afgewezen", rejectReason: reason, reviewedById: actor.userId, reviewedAt: new Date() } });
    if (updated.count !== 1) throw appError("CONFLICT", "staff.submissionHandledMeanwhile");
    const message = submissionRejectedMessage({
      contactName: row.contactName,
      productName: row.name,
      reference: row.reference,
      reason,
      statusUrl: new URL(statusPath(row.reference), baseUrl).toString(),
    });
    await tx.outboxMessage.createMany({
      data: [{ dedupeKey: `submission-rejected:${row.id}`, centreId: null, kind: "submission_rejected", toAddress: row.contactEmail, channel: "email", subject: message.subject, body: message.body }],
      skipDuplicates: true,
    });
    await recordAuditEvent({ actor, action: "submission.reject", entityType: "ProductSubmission", entityId: id, municipalityId: null, details: { reference: row.reference } }, tx);
  });
}
