/**
 * Catalogue versions in PostgreSQL: create a version from a product set, publish it (one published version at a time),
 * roll back (publish a new version equal to an earlier one), compare two versions, import a file as a draft.
 *
 * Takes the Prisma client (or a transaction) as a parameter and has no "server-only" import, so the seed and the
 * command line use exactly the same code as the app. Authorization is NOT here: lib/server/catalogue wraps these
 * functions for the platform administrator and records the audit line through lib/server/audit.
 *
 * Publishing also writes the published products into Product (the rows lending units, reservations and cases point
 * to): a product missing from the new version becomes inactive, never deleted, so history keeps its name.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError, notFoundError } from "@/lib/errors";
import { productHash } from "./canonical";
import { diffCatalogues, type CatalogueDiff } from "./diff";
import { rowsFromProducts, type ImportRow } from "./exchange";
import { planImport, type ImportPlan } from "./import-plan";
import { catalogueProductSchema, normaliseProduct, type CatalogueProductData } from "./schema";

export type Db = PrismaClient | Prisma.TransactionClient;

export type VersionStatus = "draft" | "published" | "superseded";
export type VersionSource = "import" | "seed" | "rollback" | "editor";

/** One line for the audit log; the caller decides how it is written (lib/server/audit in the app, directly elsewhere). */
export interface CatalogueAuditEvent {
  action: "catalogue.import" | "catalogue.publish" | "catalogue.rollback" | "catalogue.draft" | "catalogue.edit" | "catalogue.add" | "catalogue.archive";
  versionId: string;
  details: Prisma.InputJsonValue;
}
export type AuditSink = (tx: Prisma.TransactionClient, event: CatalogueAuditEvent) => Promise<void>;

/** Writes the audit line directly (seed, command line: no request, no signed-in user). */
export function directAudit(actorId: string | null): AuditSink {
  return async (tx, event) => {
    await tx.auditEvent.create({
      data: { actorId, action: event.action, entityType: "CatalogueVersion", entityId: event.versionId, municipalityId: null, details: event.details },
    });
  };
}

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  note: string;
  source: VersionSource;
  restoredFrom: number | null;
  createdById: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  productCount: number;
}

export interface VersionProduct {
  data: CatalogueProductData;
  hash: string;
  insertedAt: Date | null;
  changedAt: Date | null;
}

/** Serialises every change to the versions (numbering, publishing) within its transaction. */
async function lockCatalogue(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ttv.catalogue.versions'))`;
}

const summarySelect = {
  id: true,
  number: true,
  status: true,
  note: true,
  source: true,
  restoredFrom: true,
  createdById: true,
  createdAt: true,
  publishedAt: true,
  _count: { select: { products: true } },
} as const;

function toSummary(v: { _count: { products: number }; status: string; source: string } & Omit<VersionSummary, "productCount" | "status" | "source">): VersionSummary {
  const { _count, ...rest } = v;
  return { ...rest, status: v.status as VersionStatus, source: v.source as VersionSource, productCount: _count.products };
}

export async function listVersions(db: Db): Promise<VersionSummary[]> {
  const rows = await db.catalogueVersion.findMany({ orderBy: { number: "desc" }, select: summarySelect });
  return rows.map(toSummary);
}

export async function getVersion(db: Db, number: number): Promise<VersionSummary> {
  const row = await db.catalogueVersion.findUnique({ where: { number }, select: summarySelect });
  if (!row) throw notFoundError(`Catalogusversie ${number} bestaat niet.`);
  return toSummary(row);
}

export async function getPublishedVersion(db: Db): Promise<VersionSummary | null> {
  const row = await db.catalogueVersion.findFirst({ where: { status: "published" }, select: summarySelect });
  return row ? toSummary(row) : null;
}

/** The products of one version, validated again with the schema (so a stored row can never reach the engine unchecked). */
export async function versionProducts(db: Db, versionId: string): Promise<VersionProduct[]> {
  const rows = await db.catalogueVersionProduct.findMany({ where: { versionId }, orderBy: { slug: "asc" } });
  return rows.map((r) => ({
    data: normaliseProduct(catalogueProductSchema.parse(r.data)),
    hash: r.hash,
    insertedAt: r.insertedAt,
    changedAt: r.changedAt,
  }));
}

async function publishedProducts(db: Db): Promise<{ version: VersionSummary | null; products: VersionProduct[] }> {
  const version = await getPublishedVersion(db);
  return { version, products: version ? await versionProducts(db, version.id) : [] };
}

/** A new DRAFT version holding exactly these (validated) products. */
export async function createVersion(
  tx: Prisma.TransactionClient,
  input: { products: readonly CatalogueProductData[]; note: string; source: VersionSource; createdById: string | null; restoredFrom?: number },
): Promise<{ id: string; number: number }> {
  await lockCatalogue(tx);
  const last = await tx.catalogueVersion.aggregate({ _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  const version = await tx.catalogueVersion.create({
    data: {
      number,
      status: "draft",
      note: input.note,
      source: input.source,
      restoredFrom: input.restoredFrom ?? null,
      createdById: input.createdById,
    },
    select: { id: true, number: true },
  });
  await tx.catalogueVersionProduct.createMany({
    data: input.products.map((p) => {
      const data = normaliseProduct(p);
      return { versionId: version.id, slug: data.slug, data: data as unknown as Prisma.InputJsonValue, hash: productHash(data) };
    }),
  });
  return version;
}

function productColumns(p: CatalogueProductData) {
  return {
    name: p.name,
    nameInSentence: p.nameInSentence,
    shortDescription: p.shortDescription,
    domain: p.domain,
    iso9999Code: p.iso9999Code,
    iso9999Edition: p.iso9999Edition,
    icfCodes: p.icfCodes,
    priceMinEuro: p.priceMinEuro,
    priceMaxEuro: p.priceMaxEuro,
    pricePeriod: p.pricePeriod,
    priceNote: p.priceNote,
    rules: p.rules as unknown as Prisma.InputJsonValue,
    needs: p.needs,
    isMonitoring: p.isMonitoring,
    monitoringRecords: p.monitoringRecords ?? null,
    monitoringWhoSees: p.monitoringWhoSees ?? null,
    monitoringHowToStop: p.monitoringHowToStop ?? null,
    imagePath: p.imagePath,
    imageAlt: p.imageAlt,
    lendable: p.lendable,
    loanPeriodDays: p.loanPeriodDays,
    maxExtensions: p.maxExtensions,
    maxLoanDays: p.maxLoanDays,
    checklist: p.checklist,
    fundingRoutes: p.fundingRoutes as unknown as Prisma.InputJsonValue,
    supplier: p.supplier,
    translations: (p.translations ?? {}) as unknown as Prisma.InputJsonValue,
    active: true,
  };
}

/**
 * Publishes a DRAFT: the published version becomes superseded, this one published, and Product gets its products.
 * Insert and update dates (EASTIN InsertDate / LastUpdateDate, the feed's updatedSince) carry over for unchanged
 * products and become `now` for new and changed ones. Call inside a transaction.
 */
export async function publishVersion(
  tx: Prisma.TransactionClient,
  versionId: string,
  now = new Date(),
): Promise<{ number: number; previous: number | null; diff: CatalogueDiff }> {
  await lockCatalogue(tx);
  const version = await tx.catalogueVersion.findUnique({ where: { id: versionId } });
  if (!version) throw notFoundError("Deze catalogusversie bestaat niet.");
  if (version.status !== "draft") throw new AppError("CONFLICT", `Versie ${version.number} is geen concept meer en kan niet (opnieuw) gepubliceerd worden.`);

  const { version: previous, products: before } = await publishedProducts(tx);
  const after = await versionProducts(tx, versionId);
  const beforeBySlug = new Map(before.map((p) => [p.data.slug, p]));

  for (const p of after) {
    const old = beforeBySlug.get(p.data.slug);
    const insertedAt = old?.insertedAt ?? now;
    const changedAt = old && old.hash === p.hash ? (old.changedAt ?? now) : now;
    await tx.catalogueVersionProduct.update({ where: { versionId_slug: { versionId, slug: p.data.slug } }, data: { insertedAt, changedAt } });
  }

  if (previous) await tx.catalogueVersion.update({ where: { id: previous.id }, data: { status: "superseded" } });
  await tx.catalogueVersion.update({ where: { id: versionId }, data: { status: "published", publishedAt: now } });

  // Product rows: create new ones, update changed or inactive ones, deactivate the ones no longer in the catalogue.
  const existing = await tx.product.findMany({ select: { slug: true, active: true } });
  const existingBySlug = new Map(existing.map((p) => [p.slug, p]));
  const afterSlugs = new Set(after.map((p) => p.data.slug));
  const toCreate = after.filter((p) => !existingBySlug.has(p.data.slug));
  if (toCreate.length > 0) {
    await tx.product.createMany({ data: toCreate.map((p) => ({ slug: p.data.slug, ...productColumns(p.data) })) });
  }
  for (const p of after) {
    const row = existingBySlug.get(p.data.slug);
    if (!row) continue;
    const unchanged = row.active && beforeBySlug.get(p.data.slug)?.hash === p.hash;
    if (!unchanged) await tx.product.update({ where: { slug: p.data.slug }, data: productColumns(p.data) });
  }
  const gone = existing.filter((p) => p.active && !afterSlugs.has(p.slug)).map((p) => p.slug);
  if (gone.length > 0) await tx.product.updateMany({ where: { slug: { in: gone } }, data: { active: false } });

  // supplier submissions whose product is now published (lib/server/catalogue/submissions.ts)
  await tx.productSubmission.updateMany({ where: { status: "in_concept", productSlug: { in: [...afterSlugs] } }, data: { status: "gepubliceerd" } });

  return { number: version.number, previous: previous?.number ?? null, diff: diffCatalogues(before.map((p) => p.data), after.map((p) => p.data)) };
}

/** Short audit details of a diff: slugs only, no values (the versions themselves keep the values). */
export function diffSummary(diff: CatalogueDiff): Prisma.InputJsonValue {
  return {
    added: diff.added.map((p) => p.slug),
    removed: diff.removed.map((p) => p.slug),
    changed: diff.changed.map((c) => ({ slug: c.slug, fields: c.fields.map((f) => f.field) })),
  };
}

export interface PublishOptions {
  createdById: string | null;
  audit: AuditSink;
  now?: Date;
}

/** Publishes a draft by its number, with its audit line, in one transaction. */
export async function publishDraft(db: PrismaClient, number: number, options: PublishOptions): Promise<{ number: number; previous: number | null; diff: CatalogueDiff }> {
  return db.$transaction(async (tx) => {
    const version = await tx.catalogueVersion.findUnique({ where: { number }, select: { id: true } });
    if (!version) throw notFoundError(`Catalogusversie ${number} bestaat niet.`);
    const result = await publishVersion(tx, version.id, options.now);
    await options.audit(tx, { action: "catalogue.publish", versionId: version.id, details: { number, previous: result.previous, ...(diffSummary(result.diff) as object) } });
    return result;
  });
}

/**
 * Rollback: publishes a NEW version with exactly the products of an earlier one (history is never rewritten).
 * Only a version that has been published can be restored.
 */
export async function rollbackTo(
  db: PrismaClient,
  number: number,
  options: PublishOptions & { note?: string },
): Promise<{ number: number; previous: number | null; diff: CatalogueDiff }> {
  return db.$transaction(async (tx) => {
    const target = await tx.catalogueVersion.findUnique({ where: { number } });
    if (!target) throw notFoundError(`Catalogusversie ${number} bestaat niet.`);
    if (target.status !== "superseded") {
      throw new AppError("CONFLICT", target.status === "published" ? `Versie ${number} is al de gepubliceerde versie.` : `Versie ${number} is nooit gepubliceerd; publiceer het concept in plaats van terug te zetten.`);
    }
    const products = (await versionProducts(tx, target.id)).map((p) => p.data);
    const created = await createVersion(tx, {
      products,
      note: options.note?.trim() || `Terug naar versie ${number}`,
      source: "rollback",
      createdById: options.createdById,
      restoredFrom: number,
    });
    const result = await publishVersion(tx, created.id, options.now);
    await options.audit(tx, { action: "catalogue.rollback", versionId: created.id, details: { number: created.number, restoredFrom: number, previous: result.previous, ...(diffSummary(result.diff) as object) } });
    return result;
  });
}

/** Differences between two versions by number (a before b). */
export async function diffVersions(db: Db, before: number, after: number): Promise<CatalogueDiff> {
  const [a, b] = await Promise.all([getVersion(db, before), getVersion(db, after)]);
  const [pa, pb] = await Promise.all([versionProducts(db, a.id), versionProducts(db, b.id)]);
  return diffCatalogues(pa.map((p) => p.data), pb.map((p) => p.data));
}

export interface ImportOptions {
  dryRun: boolean;
  note: string;
  createdById: string | null;
  audit: AuditSink;
  source?: VersionSource;
  /** publish the new version at once (the seed does; an editor reviews the draft first) */
  publish?: boolean;
  now?: Date;
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** the new version; null for a dry run or when a row was refused */
  version: { number: number; status: VersionStatus } | null;
}

/**
 * Imports a whole catalogue: validates every row and compares with the published version; then, unless this is a dry
 * run or a row is refused, writes ONE new draft version (and publishes it when asked) in one transaction.
 * A refused row means nothing is written at all.
 */
export async function importCatalogue(db: PrismaClient, rows: readonly ImportRow[], options: ImportOptions): Promise<ImportOutcome> {
  const { products: published } = await publishedProducts(db);
  const plan = planImport(rows, published.map((p) => p.data));
  if (!plan.ok || options.dryRun) return { plan, version: null };
  const version = await db.$transaction(
    async (tx) => {
      const created = await createVersion(tx, { products: plan.products, note: options.note, source: options.source ?? "import", createdById: options.createdById });
      await options.audit(tx, {
        action: "catalogue.import",
        versionId: created.id,
        details: { number: created.number, products: plan.products.length, ...(diffSummary(plan.diff) as object) },
      });
      if (options.publish) {
        const result = await publishVersion(tx, created.id, options.now);
        await options.audit(tx, { action: "catalogue.publish", versionId: created.id, details: { number: created.number, previous: result.previous } });
        return { number: created.number, status: "published" as const };
      }
      return { number: created.number, status: "draft" as const };
    },
    { timeout: 60_000 },
  );
  return { plan, version };
}

/** The products of a version (default: the published one) with their dates, for export. */
export async function exportableProducts(db: Db, number?: number): Promise<{ version: VersionSummary; products: VersionProduct[] }> {
  const version = number === undefined ? await getPublishedVersion(db) : await getVersion(db, number);
  if (!version) throw notFoundError("Er is nog geen gepubliceerde catalogus.");
  return { version, products: await versionProducts(db, version.id) };
}

/**
 * A database seeded before catalogue versions existed has products but no version: make its active products version 1
 * (published), through the importer. Does nothing when any version exists. A product that does not pass the schema
 * stops this with the reasons, so nothing half-valid is published.
 */
export async function ensureCatalogueVersion(db: PrismaClient): Promise<{ created: number | null }> {
  if ((await db.catalogueVersion.count()) > 0) return { created: null };
  const rows = await db.product.findMany({ where: { active: true }, orderBy: { slug: "asc" } });
  if (rows.length === 0) return { created: null };
  const products = rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    nameInSentence: r.nameInSentence,
    shortDescription: r.shortDescription,
    domain: r.domain,
    iso9999Code: r.iso9999Code,
    iso9999Edition: r.iso9999Edition,
    icfCodes: r.icfCodes,
    priceMinEuro: r.priceMinEuro,
    priceMaxEuro: r.priceMaxEuro,
    pricePeriod: r.pricePeriod,
    priceNote: r.priceNote,
    needs: r.needs,
    isMonitoring: r.isMonitoring,
    monitoringRecords: r.monitoringRecords,
    monitoringWhoSees: r.monitoringWhoSees,
    monitoringHowToStop: r.monitoringHowToStop,
    imagePath: r.imagePath,
    imageAlt: r.imageAlt,
    lendable: r.lendable,
    loanPeriodDays: r.loanPeriodDays,
    maxExtensions: r.maxExtensions,
    maxLoanDays: r.maxLoanDays,
    checklist: r.checklist,
    fundingRoutes: r.fundingRoutes,
    supplier: r.supplier,
    rules: r.rules,
    translations: r.translations,
  }));
  const outcome = await importCatalogue(db, rowsFromProducts(products), {
    dryRun: false,
    note: "Bestaande producten als eerste catalogusversie",
    source: "import",
    createdById: null,
    publish: true,
    audit: directAudit(null),
  });
  if (!outcome.version) {
    const problems = outcome.plan.refused.map((r) => `  ${r.slug ?? `rij ${r.row}`}: ${r.reasons.join("; ")}`);
    throw new Error(`De bestaande producten passen niet in het catalogusschema; los dit eerst op:\n${problems.join("\n")}`);
  }
  return { created: outcome.version.number };
}

// ------------------------------------------------------------------------------------------------ editing in a draft

/** The newest DRAFT version, or null. */
export async function getNewestDraft(db: Db): Promise<VersionSummary | null> {
  const row = await db.catalogueVersion.findFirst({ where: { status: "draft" }, orderBy: { number: "desc" }, select: summarySelect });
  return row ? toSummary(row) : null;
}

/**
 * The draft that edits go into: the newest draft, or (when there is none) a new draft copied from the published
 * version. The published version itself is never changed by an edit; only publishing the draft changes advice.
 */
export async function ensureEditableDraft(db: PrismaClient, options: { createdById: string | null; audit: AuditSink }): Promise<VersionSummary> {
  const existing = await getNewestDraft(db);
  if (existing) return existing;
  const number = await db.$transaction(async (tx) => {
    await lockCatalogue(tx);
    const again = await tx.catalogueVersion.findFirst({ where: { status: "draft" }, orderBy: { number: "desc" }, select: { number: true } });
    if (again) return again.number;
    const { version: published, products } = await publishedProducts(tx);
    if (!published) throw notFoundError("Er is nog geen gepubliceerde catalogus om van uit te gaan.");
    const created = await createVersion(tx, {
      products: products.map((p) => p.data),
      note: `Wijzigingen in de editor, op basis van versie ${published.number}`,
      source: "editor",
      createdById: options.createdById,
    });
    await options.audit(tx, { action: "catalogue.draft", versionId: created.id, details: { number: created.number, basedOn: published.number } });
    return created.number;
  });
  return getVersion(db, number);
}

/** One product as it is in a version (validated), or null when the version does not have it. */
export async function getVersionProduct(db: Db, versionId: string, slug: string): Promise<CatalogueProductData | null> {
  const row = await db.catalogueVersionProduct.findUnique({ where: { versionId_slug: { versionId, slug } } });
  return row ? normaliseProduct(catalogueProductSchema.parse(row.data)) : null;
}

/**
 * Writes one edited product into a DRAFT version (validated again with the one schema), with its audit line:
 * the fields that changed and the editor's reason ("why"). The slug cannot change here.
 */
export async function saveDraftProduct(
  db: PrismaClient,
  input: { number: number; product: CatalogueProductData; why: string; audit: AuditSink },
): Promise<{ changedFields: string[] }> {
  const product = normaliseProduct(catalogueProductSchema.parse(input.product));
  return db.$transaction(async (tx) => {
    await lockCatalogue(tx);
    const version = await tx.catalogueVersion.findUnique({ where: { number: input.number }, select: { id: true, status: true } });
    if (!version) throw notFoundError(`Catalogusversie ${input.number} bestaat niet.`);
    if (version.status !== "draft") throw new AppError("CONFLICT", `Versie ${input.number} is geen concept meer; wijzigingen kunnen alleen in een concept.`);
    const before = await getVersionProduct(tx, version.id, product.slug);
    if (!before) throw notFoundError("Dit hulpmiddel staat niet in het concept.");
    const diff = diffCatalogues([before], [product]);
    const changedFields = diff.changed.flatMap((c) => c.fields.map((f) => f.field));
    const data = product as unknown as Prisma.InputJsonValue;
    await tx.catalogueVersionProduct.update({
      where: { versionId_slug: { versionId: version.id, slug: product.slug } },
      data: { data, hash: productHash(product) },
    });
    await input.audit(tx, { action: "catalogue.edit", versionId: version.id, details: { number: input.number, slug: product.slug, fields: changedFields, why: input.why } });
    return { changedFields };
  });
}

/**
 * Adds a NEW product to a DRAFT version (validated with the one schema), with its audit line. A slug that the draft
 * already has is a CONFLICT (choose another); residents get the product only when the draft is published.
 */
export async function addDraftProduct(
  db: PrismaClient,
  input: { number: number; product: CatalogueProductData; why: string; audit: AuditSink },
): Promise<{ slug: string }> {
  const product = normaliseProduct(catalogueProductSchema.parse(input.product));
  return db.$transaction(async (tx) => {
    await lockCatalogue(tx);
    const version = await tx.catalogueVersion.findUnique({ where: { number: input.number }, select: { id: true, status: true } });
    if (!version) throw notFoundError(`Catalogusversie ${input.number} bestaat niet.`);
    if (version.status !== "draft") throw new AppError("CONFLICT", `Versie ${input.number} is geen concept meer; wijzigingen kunnen alleen in een concept.`);
    const existing = await tx.catalogueVersionProduct.findUnique({ where: { versionId_slug: { versionId: version.id, slug: product.slug } }, select: { id: true } });
    // an archived product keeps its Product row (history); its slug may come back only as that same product via rollback
    const archived = await tx.product.findUnique({ where: { slug: product.slug }, select: { active: true } });
    if (existing || archived) {
      const message = "Deze korte naam (slug) is al in gebruik. Kies een andere.";
      throw new AppError("INVALID", message, { slug: [message] });
    }
    await tx.catalogueVersionProduct.create({
      data: { versionId: version.id, slug: product.slug, data: product as unknown as Prisma.InputJsonValue, hash: productHash(product) },
    });
    await input.audit(tx, { action: "catalogue.add", versionId: version.id, details: { number: input.number, slug: product.slug, why: input.why } });
    return { slug: product.slug };
  });
}

/**
 * Archives a product: takes it out of a DRAFT version, with its audit line. After publishing, residents no longer get
 * it (its Product row becomes inactive, never deleted); a rollback to an earlier version brings it back.
 */
export async function removeDraftProduct(db: PrismaClient, input: { number: number; slug: string; why: string; audit: AuditSink }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    await lockCatalogue(tx);
    const version = await tx.catalogueVersion.findUnique({ where: { number: input.number }, select: { id: true, status: true } });
    if (!version) throw notFoundError(`Catalogusversie ${input.number} bestaat niet.`);
    if (version.status !== "draft") throw new AppError("CONFLICT", `Versie ${input.number} is geen concept meer; wijzigingen kunnen alleen in een concept.`);
    const row = await tx.catalogueVersionProduct.findUnique({ where: { versionId_slug: { versionId: version.id, slug: input.slug } }, select: { id: true, data: true } });
    if (!row) throw notFoundError("Dit hulpmiddel staat niet in het concept.");
    const remaining = await tx.catalogueVersionProduct.count({ where: { versionId: version.id } });
    if (remaining <= 1) throw new AppError("CONFLICT", "Dit is het laatste hulpmiddel van de catalogus; dat kan niet weg.");
    await tx.catalogueVersionProduct.delete({ where: { id: row.id } });
    await input.audit(tx, { action: "catalogue.archive", versionId: version.id, details: { number: input.number, slug: input.slug, why: input.why } });
    return { name: String((row.data as { name?: unknown }).name ?? input.slug) };
  });
}
