import "server-only";
/**
 * Reassessment: the resident (with their code) or the consultant (on the case) fills the questionnaire in again
 * later. The answers so far are kept as a numbered round (AssessmentRound) and the questionnaire starts again at the
 * first screen with those answers filled in, so only what changed needs changing. The history compares the newest
 * answers with the last round (lib/reassessment/changes.ts) and lists what was tried since: the case's reservations,
 * loans and outcomes. A resident's own reservations carry no link to their questionnaire (privacy), so without a case
 * nothing is listed there.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError } from "@/lib/errors";
import { compareAnswers, triedSuggestions, type AssessmentChanges, type TriedSuggestion } from "@/lib/reassessment/changes";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { findScopedCase } from "@/lib/server/cases/case-scope";
import { loadMunicipalitySettingsBySlug } from "@/lib/server/municipalities/settings";
import type { DifficultyCode } from "@/lib/questions/codes";
import { getAssessmentByCode } from "./get-assessment-by-code";
import { readStoredAnswers } from "./read-stored-answers";
import { eraseAfterFrom } from "./retention";

async function archiveAndRestart(assessmentId: string, actor: Actor | null, municipalityId: string, slug: string, now: Date): Promise<{ round: number }> {
  const eraseAfter = eraseAfterFrom(now, (await loadMunicipalitySettingsBySlug(slug)).retentionDays);
  return db.$transaction(async (tx) => {
    // lock the assessment row: two presses at once make one round, not two with the same number
    await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${assessmentId} FOR UPDATE`;
    const row = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { answers: true, updatedAt: true } });
    const { answers } = readStoredAnswers(row.answers);
    if (answers.difficulties.length === 0) {
      throw appError("CONFLICT", "resident.answerAllFirst");
    }
    const last = await tx.assessmentRound.findFirst({ where: { assessmentId }, orderBy: { round: "desc" }, select: { round: true } });
    const round = (last?.round ?? 0) + 1;
    await tx.assessmentRound.create({ data: { assessmentId, round, answers: row.answers ?? {}, answeredAt: row.updatedAt } });
    await tx.assessment.update({ where: { id: assessmentId }, data: { step: 1, eraseAfter } });
    await recordAuditEvent(
      { actor, actorKind: actor ? "staff" : "resident", action: "assessment.reassess", entityType: "Assessment", entityId: assessmentId, municipalityId, details: { round } },
      tx,
    );
    return { round };
  });
}

/** The resident, with their code: keep the answers so far and start again at the first question. */
export async function startReassessment({ code, now = new Date() }: { code: string; now?: Date }): Promise<{ code: string; round: number }> {
  const view = await getAssessmentByCode({ code, now });
  const row = await db.assessment.findUniqueOrThrow({ where: { code: view.code }, select: { id: true, municipalityId: true } });
  const { round } = await archiveAndRestart(row.id, null, row.municipalityId, view.municipality.slug, now);
  return { code: view.code, round };
}

/** The consultant, on their case (another municipality's case or a case without questionnaire: NOT FOUND). */
export async function startReassessmentForCase(actor: Actor | null, reference: string, now = new Date()): Promise<{ code: string; round: number }> {
  const kase = await findScopedCase(actor, reference);
  const row = await db.assessment.findFirst({ where: { caseId: kase.id, eraseAfter: { gt: now } }, select: { id: true, code: true, municipality: { select: { slug: true } } } });
  if (!row) throw appError("NOT_FOUND", "staff.noQuestionnaireForCase");
  const { round } = await archiveAndRestart(row.id, kase.actor, kase.municipalityId, row.municipality.slug, now);
  return { code: row.code, round };
}

export interface AssessmentHistory {
  /** earlier fillings-in, oldest first */
  rounds: { round: number; answeredAt: Date; difficulties: DifficultyCode[] }[];
  /** the newest answers compared with the last round; null without a reassessment */
  changes: AssessmentChanges | null;
  /** when the last round was answered */
  since: Date | null;
  /** what was tried from earlier suggestions (only known through a case) */
  tried: TriedSuggestion[];
}

async function historyOf(assessment: { id: string; answers: unknown; caseId: string | null }): Promise<AssessmentHistory> {
  const rows = await db.assessmentRound.findMany({ where: { assessmentId: assessment.id }, orderBy: { round: "asc" } });
  const rounds = rows.map((r) => ({ round: r.round, answeredAt: r.answeredAt, difficulties: readStoredAnswers(r.answers).answers.difficulties }));
  const last = rows.at(-1);
  const changes = last ? compareAnswers(readStoredAnswers(last.answers).answers, readStoredAnswers(assessment.answers).answers) : null;
  // What was tried: reservations made from this questionnaire's advice (the reservation keeps the advice it came
  // from) and, for a consultant's case, everything reserved on the case; outcomes likewise.
  const fromThisAdvice = { adviceSnapshot: { assessmentId: assessment.id } };
  const where = assessment.caseId ? { OR: [{ caseId: assessment.caseId }, fromThisAdvice] } : fromThisAdvice;
  const [reservations, outcomes] = await Promise.all([
    db.reservation.findMany({
      where,
      select: { status: true, createdAt: true, product: { select: { name: true } }, loan: { select: { status: true, startedAt: true, returnedAt: true } } },
    }),
    db.outcome.findMany({ where, select: { result: true, helped: true, why: true, createdAt: true, product: { select: { name: true } } } }),
  ]);
  const tried: TriedSuggestion[] = triedSuggestions({
    reservations: reservations.map((r) => ({ productName: r.product.name, status: r.status, createdAt: r.createdAt, loan: r.loan })),
    outcomes: outcomes.map((o) => ({ productName: o.product.name, result: o.result, helped: o.helped, why: o.why, createdAt: o.createdAt })),
  });
  return { rounds, changes, since: last?.answeredAt ?? null, tried };
}

/** For the resident's advice page, by code (unknown code: NOT FOUND). */
export async function getAssessmentHistory({ code, now = new Date() }: { code: string; now?: Date }): Promise<AssessmentHistory> {
  const view = await getAssessmentByCode({ code, now });
  const row = await db.assessment.findUniqueOrThrow({ where: { code: view.code }, select: { id: true, answers: true, caseId: true } });
  return historyOf(row);
}

/** For the consultant on the case (scoped like every case read). */
export async function getCaseAssessmentHistory(actor: Actor | null, reference: string, now = new Date()): Promise<AssessmentHistory | null> {
  const kase = await findScopedCase(actor, reference);
  const row = await db.assessment.findFirst({ where: { caseId: kase.id, eraseAfter: { gt: now } }, select: { id: true, answers: true, caseId: true } });
  return row ? historyOf(row) : null;
}
