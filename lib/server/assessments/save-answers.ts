import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { answersSchema, postcodeSchema } from "@/lib/schemas/answers";
import { getAssessmentByCode } from "./get-assessment-by-code";
import { loadMunicipalitySettingsBySlug } from "@/lib/server/municipalities/settings";
import { eraseAfterFrom } from "./retention";
import type { AssessmentView, StoredAnswers } from "./types";

export interface AnswersPatch {
  /** replaces the chosen difficulties */
  difficulties?: string[];
  /** merged into the context answers; null removes an answer (the question was skipped) */
  context?: Record<string, boolean | string | null>;
  /** a Dutch postcode, or null to remove it */
  postcode?: string | null;
  /** a district of one of the municipality's lending centres, or null to remove it */
  district?: string | null;
  /** the step to resume at next time */
  step?: number;
}

/**
 * Saves (part of) a resident's answers under their code and moves the erase moment to RETENTION_DAYS from now.
 * Everything is validated again here, whatever the caller checked: unknown codes or wrong values are INVALID with
 * field messages (and nothing is saved); an unknown code is NOT_FOUND.
 */
export async function saveAnswers({ code, patch, now = new Date() }: { code: string; patch: AnswersPatch; now?: Date }): Promise<AssessmentView> {
  const current = await getAssessmentByCode({ code, now });
  // the municipality's own retention period (its settings), else the deployment's default
  const eraseAfter = eraseAfterFrom(now, (await loadMunicipalitySettingsBySlug(current.municipality.slug)).retentionDays);

  const context: Record<string, unknown> = { ...current.answers.context };
  for (const [key, value] of Object.entries(patch.context ?? {})) {
    if (value === null) delete context[key];
    else context[key] = value;
  }
  const merged = answersSchema.safeParse({ difficulties: patch.difficulties ?? current.answers.difficulties, context });
  const fields: Record<string, string[]> = {};
  if (!merged.success) {
    for (const issue of merged.error.issues) {
      const key = issue.path.map(String).join(".") || "answers";
      (fields[key] ??= []).push(issue.message);
    }
  }

  let postcode = current.postcode;
  if (patch.postcode !== undefined) {
    if (patch.postcode === null) postcode = null;
    else {
      const parsed = postcodeSchema.safeParse(patch.postcode);
      if (parsed.success) postcode = parsed.data;
      else fields.postcode = parsed.error.issues.map((i) => i.message);
    }
  }

  let district = current.district;
  if (patch.district !== undefined) {
    if (patch.district === null) district = null;
    else {
      const known = await db.lendingCentre.findFirst({
        where: { district: patch.district, municipality: { slug: current.municipality.slug } },
        select: { district: true },
      });
      if (known) district = known.district;
      else fields.district = ["Kies een wijk uit de lijst."];
    }
  }

  let step = current.step;
  if (patch.step !== undefined) {
    if (Number.isInteger(patch.step) && patch.step >= 1 && patch.step <= 100) step = patch.step;
    else fields.step = ["De stap moet een getal van 1 tot en met 100 zijn."];
  }

  if (!merged.success || Object.keys(fields).length > 0) {
    throw appError("INVALID", "resident.answersInvalid", { fields });
  }

  const stored: StoredAnswers = { ...merged.data, ...(district ? { district } : {}) };
  await db.assessment.update({
    where: { code: current.code },
    data: { answers: stored as object, postcode, step, eraseAfter },
  });
  return { ...current, answers: merged.data, postcode, district, step, eraseAfter, updatedAt: now };
}
