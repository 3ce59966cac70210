import "server-only";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError, type ErrorKey } from "@/lib/errors";
import { can, canWorkOnCase, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseCode } from "@/lib/util/codes";

export type Tx = Prisma.TransactionClient | typeof db;

export const CASE_NOT_FOUND: ErrorKey = "staff.caseNotFound";

export const caseNotFound = () => appError("NOT_FOUND", CASE_NOT_FOUND);

/**
 * A consultant with a municipality who may `need` (read, or also change, cases; lib/auth/permissions.ts); anyone
 * else gets NOT_FOUND (a case of theirs does not exist).
 */
export function consultantScope(actor: Actor | null | undefined, need: "case:read" | "case:write" = "case:read"): { actor: Actor; municipalityId: string } {
  if (!actor || actor.role !== "CONSULTANT" || !actor.municipalityId || !can(actor, need)) throw caseNotFound();
  return { actor, municipalityId: actor.municipalityId };
}

export interface ScopedCase {
  id: string;
  reference: string;
  municipalityId: string;
  residentName: string;
  residentContact: string | null;
  status: "OPEN" | "FOLLOW_UP" | "CLOSED";
  followUpDue: Date | null;
}

/**
 * Loads a case by its reference, but only within the actor's municipality: another municipality's case reads as
 * NOT_FOUND (never as forbidden). Pass `tx` to lock-free read inside a transaction.
 */
export async function findScopedCase(actor: Actor | null | undefined, reference: string, tx: Tx = db, need: "case:read" | "case:write" = "case:read"): Promise<ScopedCase & { actor: Actor }> {
  const scope = consultantScope(actor, need);
  const ref = normaliseCode(reference ?? "");
  if (!ref || ref.length > 20) throw caseNotFound();
  const row = await tx.case.findFirst({
    where: { reference: ref, municipalityId: scope.municipalityId },
    select: { id: true, reference: true, municipalityId: true, residentName: true, residentContact: true, status: true, followUpDue: true },
  });
  if (!row || !canWorkOnCase(scope.actor, row)) throw caseNotFound();
  return { ...row, actor: scope.actor };
}

/** findScopedCase for a change to the case (permission case:write). */
export function findCaseToChange(actor: Actor | null | undefined, reference: string, tx: Tx = db): Promise<ScopedCase & { actor: Actor }> {
  return findScopedCase(actor, reference, tx, "case:write");
}

/**
 * The moment a case without an application is erased: the retention period after the last contact. Pass the
 * municipality's retentionDays (loadMunicipalitySettings); without it the deployment's RETENTION_DAYS applies.
 */
export function retentionEnd(now: Date = new Date(), retentionDays: number = env().RETENTION_DAYS): Date {
  return new Date(now.getTime() + retentionDays * 86_400_000);
}

/** Every change counts as contact: push the erase moment of the case and its answers forward. */
export async function touchCase(tx: Tx, caseId: string, now: Date = new Date()): Promise<void> {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { municipalityId: true } });
  const eraseAfter = retentionEnd(now, (await loadMunicipalitySettings(kase.municipalityId, tx)).retentionDays);
  await tx.case.update({ where: { id: caseId }, data: { eraseAfter } });
  await tx.assessment.updateMany({ where: { caseId }, data: { eraseAfter } });
}
