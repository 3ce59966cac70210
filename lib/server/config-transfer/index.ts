import "server-only";
/**
 * Export and import of a municipality's configuration for administrators (issue 9): a platform administrator for
 * any municipality (and a new one, by the file's slug), a municipality administrator only for their own; another
 * municipality reads as not found. The work itself is in ./core.ts (shared with the command line).
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { appUrl } from "@/lib/server/app-url";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { applyImport, exportConfiguration, ImportRefusedError, planImport, type ApplyResult, type ConfigAuditSink, type ImportPlan } from "./core";
import { readConfigFile, writeConfigFile, type ConfigProblem } from "./schema";

/** At most 900 kB (a server action takes 1 MB): a big municipality's file is about 100 kB. */
export const MAX_CONFIG_FILE_BYTES = 900_000;

function scopeOf(actor: Actor | null, municipalityId: string | null) {
  const scope = adminScope(actor, "settings:manage", municipalityId);
  if (!municipalityId && scope.actor.role !== "PLATFORM_ADMIN") throw adminNotFound();
  if (municipalityId && scope.municipalityId !== municipalityId) throw adminNotFound();
  return scope;
}

function auditAs(actor: Actor): ConfigAuditSink {
  return (tx, event) => recordAuditEvent({ actor, action: event.action, entityType: "Municipality", entityId: event.municipalityId, municipalityId: event.municipalityId, details: event.details }, tx as Parameters<typeof recordAuditEvent>[1]);
}

/** The file of one municipality (text and a file name); audited. */
export async function exportMunicipalityConfiguration({ actor, municipalityId, now = new Date() }: { actor: Actor | null; municipalityId: string; now?: Date }): Promise<{ fileName: string; text: string }> {
  const scope = scopeOf(actor, municipalityId);
  const file = await exportConfiguration(db, municipalityId, now);
  if (!file) throw adminNotFound();
  await auditAs(scope.actor)(db, { action: "configuration.export", municipalityId, details: { slug: file.gemeente.slug } });
  return { fileName: `ttv-configuratie-${file.gemeente.slug}-${now.toISOString().slice(0, 10)}.json`, text: writeConfigFile(file) };
}

export type ImportOutcome =
  | { ok: false; problems: ConfigProblem[]; plan?: ImportPlan }
  | { ok: true; applied: false; plan: ImportPlan }
  | { ok: true; applied: true; plan: ImportPlan; result: ApplyResult };

/**
 * Reads and checks a file, then either shows the plan (dry run) or applies it in one transaction.
 * `municipalityId`: import into this municipality (its slug must be the file's); null (platform only): the file's
 * municipality by slug, made when it does not exist yet.
 */
export async function importMunicipalityConfiguration({ actor, municipalityId, text, apply, now = new Date() }: { actor: Actor | null; municipalityId: string | null; text: string; apply: boolean; now?: Date }): Promise<ImportOutcome> {
  const scope = scopeOf(actor, municipalityId);
  if (municipalityId && !(await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } }))) throw adminNotFound();
  if (Buffer.byteLength(text) > MAX_CONFIG_FILE_BYTES) return { ok: false, problems: [{ path: "", message: "Dit bestand is te groot (meer dan 900 kB). Gebruik het bestand zoals het uit de export kwam." }] };
  const read = readConfigFile(text);
  if (!read.ok) return { ok: false, problems: read.problems };
  if (!apply) {
    const plan = await planImport(db, read.file, { targetMunicipalityId: municipalityId, now });
    return plan.errors.length ? { ok: false, problems: plan.errors, plan } : { ok: true, applied: false, plan };
  }
  try {
    const result = await applyImport(db, read.file, { targetMunicipalityId: municipalityId, invitedBy: { userId: scope.actor.userId, name: scope.actor.name }, appUrl: await appUrl(), audit: auditAs(scope.actor), now });
    return { ok: true, applied: true, plan: result.plan, result };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { ok: false, problems: error.plan.errors, plan: error.plan };
    if (error instanceof AppError) throw error;
    throw error;
  }
}

/** The municipality a configuration page is about (scoped like the export: another one reads as not found). */
export async function getConfigurationTarget({ actor, municipalityId }: { actor: Actor | null; municipalityId: string }): Promise<{ id: string; name: string; slug: string }> {
  scopeOf(actor, municipalityId);
  const m = await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true, name: true, slug: true } });
  if (!m) throw adminNotFound();
  return m;
}
