import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import type { Answers } from "@/lib/matching/types";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { readStoredAnswers } from "@/lib/server/assessments/read-stored-answers";
import { answersSchema, postcodeSchema } from "@/lib/schemas/answers";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { findCaseToChange, retentionEnd, touchCase } from "./case-scope";
import { caseAssessmentCode } from "./create-case";

export interface CaseAnswersPatch {
  /** replaces the chosen difficulties */
  difficulties?: string[];
  /** merged into the context answers; null removes an answer (the question was skipped) */
  context?: Record<string, boolean | string | null>;
  /** a Dutch postcode, or null to remove it */
  postcode?: string | null;
  /** a district of one of the municipality's lending centres, or null to remove it */
  district?: string | null;
}

export interface CaseAnswers {
  answers: Answers;
  postcode: string | null;
  district: string | null;
}

/**
 * Stores the questionnaire the consultant and the resident fill in together, with the same codes, checks and
 * storage shape as the resident's own questionnaire (lib/schemas/answers.ts, Assessment.answers). Every answer is
 * optional. Invalid input is INVALID with field messages, and nothing is saved.
 */
export async function saveCaseAnswers({ actor, reference, patch }: { actor: Actor | null; reference: string; patch: CaseAnswersPatch }): Promise<CaseAnswers> {
  const scoped = await findCaseToChange(actor, reference);
  return db.$transaction(async (tx) => {
    const existing = await tx.assessment.findUnique({ where: { caseId: scoped.id } });
    const current = readStoredAnswers(existing?.answers);

    const context: Record<string, unknown> = { ...current.answers.context };
    for (const [key, value] of Object.entries(patch.context ?? {})) {
      if (value === null) delete context[key];
      else context[key] = value;
    }
    const fields: Record<string, string[]> = {};
    const merged = answersSchema.safeParse({ difficulties: patch.difficulties ?? current.answers.difficulties, context });
    if (!merged.success) {
      for (const issue of merged.error.issues) (fields[issue.path.map(String).join(".") || "answers"] ??= []).push(issue.message);
    }

    let postcode = existing?.postcode ?? null;
    if (patch.postcode !== undefined) {
      if (patch.postcode === null || patch.postcode.trim() === "") postcode = null;
      else {
        const parsed = postcodeSchema.safeParse(patch.postcode);
        if (parsed.success) postcode = parsed.data;
        else fields.postcode = parsed.error.issues.map((i) => i.message);
      }
    }

    let district = current.district;
    if (patch.district !== undefined) {
      if (patch.district === null || patch.district.trim() === "") district = null;
      else {
        const known = await tx.lendingCentre.findFirst({ where: { district: patch.district, municipalityId: scoped.municipalityId }, select: { district: true } });
        if (known) district = known.district;
        else fields.district = ["Kies een wijk uit de lijst."];
      }
    }

    if (!merged.success || Object.keys(fields).length > 0) throw appError("INVALID", "resident.answersInvalid", { fields });

    const stored = { ...merged.data, ...(district ? { district } : {}) };
    if (existing) await tx.assessment.update({ where: { id: existing.id }, data: { answers: stored as object, postcode } });
    else {
      await tx.assessment.create({
        data: { code: caseAssessmentCode(), municipalityId: scoped.municipalityId, answers: stored as object, postcode, together: "consultant", caseId: scoped.id, eraseAfter: retentionEnd(new Date(), (await loadMunicipalitySettings(scoped.municipalityId, tx)).retentionDays) },
      });
    }
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      {
        actor: scoped.actor,
        action: "case.update",
        entityType: "Case",
        entityId: scoped.id,
        municipalityId: scoped.municipalityId,
        details: {
          part: "answers",
          ...(patch.difficulties ? { difficulties: merged.data.difficulties.length } : {}),
          ...(patch.context ? { context: Object.keys(patch.context) } : {}),
          ...(patch.postcode !== undefined || patch.district !== undefined ? { place: true } : {}),
        },
      },
      tx,
    );
    return { answers: merged.data, postcode, district };
  });
}
