import "server-only";
/**
 * The shared catalogue's versions, for the platform administrator (the editor screens call these): list versions,
 * compare two, import a file as a draft (with a dry run), publish a draft, roll back. Each change writes its audit line
 * (lib/server/audit) in the same transaction. Anybody else reads as NOT FOUND, like every other administration record.
 */
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { appError, AppError, notFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { CatalogueDiff } from "@/lib/catalogue/diff";
import { ExchangeFileError, exportCsv, exportJson, parseExchangeFile, type ExchangeFormat } from "@/lib/catalogue/exchange";
import {
  diffVersions,
  exportableProducts,
  importCatalogue,
  listVersions,
  publishDraft,
  rollbackTo,
  type AuditSink,
  type ImportOutcome,
  type VersionSummary,
} from "@/lib/catalogue/store";

/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function assertCatalogueAdmin(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !can(actor, "catalogue:manage")) throw notFoundError();
}

function auditAs(actor: Actor): AuditSink {
  return (tx, event) =>
    recordAuditEvent({ actor, action: event.action, entityType: "CatalogueVersion", entityId: event.versionId, municipalityId: null, details: event.details }, tx);
}

export async function listCatalogueVersions(actor: Actor | null): Promise<VersionSummary[]> {
  assertCatalogueAdmin(actor);
  return listVersions(db);
}

export async function compareCatalogueVersions(actor: Actor | null, before: number, after: number): Promise<CatalogueDiff> {
  assertCatalogueAdmin(actor);
  return diffVersions(db, before, after);
}

export interface ImportRequest {
  /** the file's text (UTF-8) */
  text: string;
  format: ExchangeFormat;
  dryRun: boolean;
  /** why: shown with the version */
  note: string;
}

/**
 * Imports a whole catalogue file as a new DRAFT version, or (dryRun) only reports what would be added, changed,
 * removed or refused. A refused row means nothing is written. A file that cannot be read is INVALID.
 */
export async function importCatalogueFile(actor: Actor | null, request: ImportRequest): Promise<ImportOutcome> {
  assertCatalogueAdmin(actor);
  if (Buffer.byteLength(request.text, "utf8") > MAX_IMPORT_BYTES) {
    throw appError("INVALID", "staff.catalogueFileTooLarge", { field: "file" });
  }
  const note = request.note.trim();
  if (!request.dryRun && note.length === 0) throw appError("INVALID", "staff.whyThisVersion", { fieldMessage: { field: "note", key: "staff.fillThisIn" } });
  let rows;
  try {
    rows = parseExchangeFile(request.text, request.format);
  } catch (error) {
    if (error instanceof ExchangeFileError) throw new AppError("INVALID", error.message, { file: [error.message] });
    throw error;
  }
  return importCatalogue(db, rows, { dryRun: request.dryRun, note, createdById: actor.userId, audit: auditAs(actor) });
}

export async function publishCatalogueDraft(actor: Actor | null, number: number) {
  assertCatalogueAdmin(actor);
  return publishDraft(db, number, { createdById: actor.userId, audit: auditAs(actor) });
}

export async function rollbackCatalogue(actor: Actor | null, number: number, note?: string) {
  assertCatalogueAdmin(actor);
  return rollbackTo(db, number, { createdById: actor.userId, audit: auditAs(actor), note });
}

/** The published version (or a given one) as a file, for the editor's download. */
export async function exportCatalogueFile(actor: Actor | null, format: ExchangeFormat, number?: number): Promise<{ filename: string; contentType: string; body: string }> {
  assertCatalogueAdmin(actor);
  const { version, products } = await exportableProducts(db, number);
  const filename = `catalogus-v${version.number}.${format}`;
  if (format === "csv") return { filename, contentType: "text/csv; charset=utf-8", body: exportCsv(products) };
  return {
    filename,
    contentType: "application/json; charset=utf-8",
    body: exportJson(products, { catalogueVersion: version.number, publishedAt: version.publishedAt, exportedAt: new Date() }),
  };
}
