import "server-only";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { isSystemActor, type SystemActor } from "@/lib/auth/actor";
import { adminNotFound, adminScope, type AdminScope } from "@/lib/server/admin/admin-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { anonymiseReservations, anonymiseWaitlistEntries } from "./anonymise";
import {
  ERASED_NAMES,
  addRetentionCounts,
  emptyRetentionCounts,
  isAssessmentDue,
  isCaseDue,
  isReservationDue,
  isWaitlistEntryDue,
  type RetentionCounts,
} from "./retention-rules";

type Tx = Prisma.TransactionClient;

/** Rows handled per query; a municipality with a larger backlog is handled in several rounds of the same run. */
export const RETENTION_BATCH = 500;

export interface RunRetentionOptions {
  /**
   * Who runs it: the daily job (a SystemActor from lib/jobs: every municipality), or the person who pressed
   * "Nu opruimen" (retentionScope: a municipality administrator only their own municipality, a platform
   * administrator every one). Required: there is no unscoped way to delete across municipalities.
   */
  actor: Actor | SystemActor | null | undefined;
  /** the moment to compare eraseAfter with (tests pass a fixed moment) */
  now?: Date;
  /** only this municipality (within the actor's scope); without it, every municipality the actor may touch */
  municipalityId?: string;
}

/**
 * Who may start the clean-up by hand: a municipality administrator for their own municipality, a platform
 * administrator for every municipality (like the daily job). Anyone else: NOT_FOUND.
 */
export function retentionScope(actor: Actor | null | undefined, municipalityId?: string | null): AdminScope {
  if (actor?.role === "PLATFORM_ADMIN") return adminScope(actor, "municipality:manage", municipalityId);
  if (actor?.role === "MUNICIPALITY_ADMIN") return adminScope(actor, "case:erase", municipalityId);
  throw adminNotFound();
}

export interface RetentionResult extends RetentionCounts {
  municipalities: { municipalityId: string; counts: RetentionCounts }[];
}

/**
 * Applies the retention rules (retention-rules.ts) and returns what it did:
 * - conversations without an application past their eraseAfter moment are deleted, with their notes, choices,
 *   steps, outcomes, consents and questionnaire;
 * - residents' own questionnaires past their eraseAfter moment are deleted, with their saved advice;
 * - reservations and waiting-list entries past their eraseAfter moment lose name, phone and e-mail (the rows stay
 *   for the stock history), once they are finished (a loan's item back for RETENTION_DAYS).
 * One transaction per municipality, with one audit line "retention.run" holding the counts, so each municipality's
 * administrator sees in their own log when the clean-up ran. Rows being changed right now are skipped and
 * handled on the next run (SKIP LOCKED). Safe to run again: a second run finds nothing left to do.
 *
 * Called by the daily job (lib/jobs, with the retention job's SystemActor) and by the "Nu opruimen" button (run-retention-now.ts).
 */
export async function runRetention({ actor: by, now = new Date(), municipalityId: requested }: RunRetentionOptions): Promise<RetentionResult> {
  // the audit line names the person; the daily job is audited without one
  let actor: Actor | null = null;
  let municipalityId = requested ?? null;
  if (!isSystemActor(by)) {
    const scope = retentionScope(by, requested);
    actor = scope.actor;
    municipalityId = scope.municipalityId;
  }
  const municipalities = await db.municipality.findMany({ where: municipalityId ? { id: municipalityId } : {}, select: { id: true }, orderBy: { name: "asc" } });
  let total = emptyRetentionCounts();
  const perMunicipality: RetentionResult["municipalities"] = [];
  for (const m of municipalities) {
    const counts = await db.$transaction(
      async (tx) => {
        const c: RetentionCounts = {
          cases: await deleteDueCases(tx, m.id, now),
          assessments: await deleteDueAssessments(tx, m.id, now),
          reservations: await anonymiseDueReservations(tx, m.id, now),
          waitlistEntries: await anonymiseDueWaitlistEntries(tx, m.id, now),
        };
        await recordAuditEvent(
          { actor, action: "retention.run", entityType: "Municipality", entityId: m.id, municipalityId: m.id, details: { counts: { ...c }, at: now.toISOString() } },
          tx,
        );
        return c;
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    perMunicipality.push({ municipalityId: m.id, counts });
    total = addRetentionCounts(total, counts);
  }
  return { ...total, municipalities: perMunicipality };
}

/**
 * The personal-data part of the retention rules, for the lending sweep every few minutes (lib/jobs): the same
 * queries and rules as the nightly run (anonymiseDueReservations / anonymiseDueWaitlistEntries below, with each
 * municipality's own retention period), so a resident's name, phone and e-mail go as soon as eraseAfter passes
 * instead of at night. Not audited per run (the nightly run writes the audit line); also deletes outbox messages
 * older than the deployment's retention period. One transaction per municipality, rows in use are skipped.
 */
export async function erasePersonalDataNow({ actor, now = new Date(), messagesBefore }: { actor: SystemActor; now?: Date; messagesBefore: Date }): Promise<{ reservations: number; waitlist: number; messages: number }> {
  if (!isSystemActor(actor)) throw adminNotFound();
  const municipalities = await db.municipality.findMany({ select: { id: true }, orderBy: { name: "asc" } });
  let reservations = 0;
  let waitlist = 0;
  for (const m of municipalities) {
    await db.$transaction(
      async (tx) => {
        reservations += await anonymiseDueReservations(tx, m.id, now);
        waitlist += await anonymiseDueWaitlistEntries(tx, m.id, now);
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  }
  const messages = await db.outboxMessage.deleteMany({ where: { createdAt: { lte: messagesBefore } } });
  return { reservations, waitlist, messages: messages.count };
}

/** Runs `step` until a round handles fewer rows than a full batch; returns the total handled. */
async function inRounds(step: () => Promise<{ loaded: number; handled: number }>): Promise<number> {
  let handled = 0;
  for (;;) {
    const round = await step();
    handled += round.handled;
    // a short batch means nothing is left; a batch in which no row was due would repeat forever
    if (round.loaded < RETENTION_BATCH || round.handled === 0) return handled;
  }
}

async function deleteDueCases(tx: Tx, municipalityId: string, now: Date): Promise<number> {
  return inRounds(async () => {
    const rows = await tx.$queryRaw<{ id: string; eraseAfter: Date; hasApplication: boolean }[]>`
      SELECT "id", "eraseAfter", "hasApplication" FROM "Case"
       WHERE "municipalityId" = ${municipalityId} AND "hasApplication" = false AND "eraseAfter" < ${now}
       ORDER BY "eraseAfter" LIMIT ${RETENTION_BATCH}
       FOR UPDATE SKIP LOCKED`;
    const due = rows.filter((row) => isCaseDue(row, now)).map((row) => row.id);
    if (due.length === 0) return { loaded: rows.length, handled: 0 };
    await tx.assessment.deleteMany({ where: { caseId: { in: due } } });
    // outcomes stay for learning, without the consultant's free text (their caseId becomes null with the case)
    await tx.outcome.updateMany({ where: { caseId: { in: due } }, data: { why: "" } });
    await tx.waitlistEntry.updateMany({ where: { caseId: { in: due } }, data: { caseId: null } });
    const deleted = await tx.case.deleteMany({ where: { id: { in: due } } });
    return { loaded: rows.length, handled: deleted.count };
  });
}

async function deleteDueAssessments(tx: Tx, municipalityId: string, now: Date): Promise<number> {
  return inRounds(async () => {
    const rows = await tx.$queryRaw<{ id: string; eraseAfter: Date; caseId: string | null }[]>`
      SELECT "id", "eraseAfter", "caseId" FROM "Assessment"
       WHERE "municipalityId" = ${municipalityId} AND "caseId" IS NULL AND "eraseAfter" < ${now}
       ORDER BY "eraseAfter" LIMIT ${RETENTION_BATCH}
       FOR UPDATE SKIP LOCKED`;
    const due = rows.filter((row) => isAssessmentDue(row, now)).map((row) => row.id);
    if (due.length === 0) return { loaded: rows.length, handled: 0 };
    const deleted = await tx.assessment.deleteMany({ where: { id: { in: due } } });
    return { loaded: rows.length, handled: deleted.count };
  });
}

async function anonymiseDueReservations(tx: Tx, municipalityId: string, now: Date): Promise<number> {
  // the municipality's own retention period (its settings), else the deployment's default
  const retentionDays = (await loadMunicipalitySettings(municipalityId, tx)).retentionDays;
  const returnedBefore = new Date(now.getTime() - retentionDays * 86_400_000);
  return inRounds(async () => {
    const rows = await tx.$queryRaw<{ id: string; eraseAfter: Date; status: string; loanStatus: string | null; loanReturnedAt: Date | null; name: string; phone: string | null; email: string | null }[]>`
      SELECT r."id", r."eraseAfter", r."status"::text AS "status", l."status"::text AS "loanStatus", l."returnedAt" AS "loanReturnedAt",
             r."name", r."phone", r."email"
        FROM "Reservation" r
        JOIN "LendingCentre" c ON c."id" = r."centreId"
        LEFT JOIN "Loan" l ON l."reservationId" = r."id"
       WHERE c."municipalityId" = ${municipalityId}
         AND r."eraseAfter" < ${now}
         AND r."status" <> 'RESERVED'
         AND (l."id" IS NULL OR (l."status" <> 'ACTIVE' AND l."returnedAt" <= ${returnedBefore}))
         AND NOT (r."name" IN (${Prisma.join([...ERASED_NAMES])}) AND r."phone" IS NULL AND r."email" IS NULL)
       ORDER BY r."eraseAfter" LIMIT ${RETENTION_BATCH}
       FOR UPDATE OF r SKIP LOCKED`;
    const due = rows.filter((row) => isReservationDue(row, now, retentionDays)).map((row) => row.id);
    const done = await anonymiseReservations(tx, due);
    return { loaded: rows.length, handled: done.reservations };
  });
}

async function anonymiseDueWaitlistEntries(tx: Tx, municipalityId: string, now: Date): Promise<number> {
  return inRounds(async () => {
    const rows = await tx.$queryRaw<{ id: string; eraseAfter: Date; status: string; name: string; phone: string | null; email: string | null }[]>`
      SELECT w."id", w."eraseAfter", w."status"::text AS "status", w."name", w."phone", w."email"
        FROM "WaitlistEntry" w
        JOIN "LendingCentre" c ON c."id" = w."centreId"
       WHERE c."municipalityId" = ${municipalityId}
         AND w."eraseAfter" < ${now}
         AND w."status" NOT IN ('WAITING', 'OFFERED')
         AND NOT (w."name" IN (${Prisma.join([...ERASED_NAMES])}) AND w."phone" IS NULL AND w."email" IS NULL)
       ORDER BY w."eraseAfter" LIMIT ${RETENTION_BATCH}
       FOR UPDATE OF w SKIP LOCKED`;
    const due = rows.filter((row) => isWaitlistEntryDue(row, now)).map((row) => row.id);
    const done = await anonymiseWaitlistEntries(tx, due);
    return { loaded: rows.length, handled: done.waitlistEntries };
  });
}
