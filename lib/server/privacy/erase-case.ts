import "server-only";
import type { ErrorKey } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminNotFound, adminScope, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { normaliseCode } from "@/lib/util/codes";
import { anonymiseReservations, anonymiseWaitlistEntries } from "./anonymise";

type Tx = Prisma.TransactionClient;

export const CASE_NOT_FOUND_FOR_ADMIN: ErrorKey = "staff.caseNotFoundForAdmin";

/** Everything that goes when a conversation is erased. */
export interface CaseErasureCounts {
  notes: number;
  choices: number;
  steps: number;
  outcomes: number;
  consents: number;
  assessments: number;
  adviceSnapshots: number;
  /** linked reservations whose name, phone and e-mail are erased (the rows stay for the stock history) */
  reservations: number;
  /** waiting-list entries of the same conversation whose personal data is erased */
  waitlistEntries: number;
}

/** Counts what belongs to a case, for the preview and for the audit line of the erasure. */
export async function countCaseData(tx: Tx | typeof db, caseId: string): Promise<CaseErasureCounts> {
  // one after the other: inside a transaction all queries share one connection, which takes one query at a time
  const notes = await tx.caseNote.count({ where: { caseId } });
  const choices = await tx.caseChoice.count({ where: { caseId } });
  const steps = await tx.caseStep.count({ where: { caseId } });
  const outcomes = await tx.outcome.count({ where: { caseId } });
  const consents = await tx.consent.count({ where: { caseId } });
  const assessments = await tx.assessment.count({ where: { caseId } });
  const adviceSnapshots = await tx.adviceSnapshot.count({ where: { assessment: { caseId } } });
  const reservations = await tx.reservation.count({ where: { caseId } });
  const waitlistEntries = await tx.waitlistEntry.count({ where: { caseId } });
  return { notes, choices, steps, outcomes, consents, assessments, adviceSnapshots, reservations, waitlistEntries };
}

export interface EraseCaseResult {
  reference: string;
  counts: CaseErasureCounts;
}

/**
 * Carries out a resident's request to erase a conversation, in ONE transaction: the case with its notes, choices,
 * steps and consents; its questionnaire; the free text of its outcomes (the outcomes and the saved advice hold no
 * personal data and stay, unlinked, for learning from outcomes); the personal data of its reservations and
 * waiting-list entries (those rows stay for the stock history). Writes one audit line "case.erase" with the
 * reference and the counts only. Only an administrator of the case's own municipality may do this; for anyone
 * else the case does not exist (NOT_FOUND).
 */
export async function eraseCase({ actor, reference }: { actor: Actor | null; reference: string }): Promise<EraseCaseResult> {
  const scope = adminScope(actor, "case:erase");
  const ref = normaliseCode(reference ?? "");
  if (!ref || ref.length > 20) throw adminNotFound(CASE_NOT_FOUND_FOR_ADMIN);

  return db.$transaction(
    async (tx) => {
      // Lock the case first: a second, simultaneous erasure waits and then finds nothing.
      const rows = await tx.$queryRaw<{ id: string; reference: string; municipalityId: string }[]>`
        SELECT "id", "reference", "municipalityId" FROM "Case" WHERE "reference" = ${ref} FOR UPDATE`;
      const kase = rows[0];
      if (!kase) throw adminNotFound(CASE_NOT_FOUND_FOR_ADMIN);
      assertAdministers(scope, kase.municipalityId, CASE_NOT_FOUND_FOR_ADMIN);

      const counts = await countCaseData(tx, kase.id);
      const reservationIds = (await tx.reservation.findMany({ where: { caseId: kase.id }, select: { id: true } })).map((r) => r.id);
      const waitlistIds = (await tx.waitlistEntry.findMany({ where: { caseId: kase.id }, select: { id: true } })).map((w) => w.id);

      await anonymiseReservations(tx, reservationIds);
      await anonymiseWaitlistEntries(tx, waitlistIds);
      await tx.reservation.updateMany({ where: { caseId: kase.id }, data: { caseId: null } });
      // the questionnaire of the conversation goes; its saved advice (no personal data) stays, detached, for learning
      await tx.assessment.deleteMany({ where: { caseId: kase.id } });
      // outcomes stay for learning without the consultant's free text; their link to the case goes with it (SET NULL)
      await tx.outcome.updateMany({ where: { caseId: kase.id }, data: { why: "" } });
      // notes, choices, steps and consents go with the case (cascade)
      await tx.case.delete({ where: { id: kase.id } });

      await recordAuditEvent(
        {
          actor: scope.actor,
          action: "case.erase",
          entityType: "Case",
          entityId: kase.id,
          municipalityId: kase.municipalityId,
          details: { reference: kase.reference, counts: { ...counts } },
        },
        tx,
      );
      return { reference: kase.reference, counts };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
