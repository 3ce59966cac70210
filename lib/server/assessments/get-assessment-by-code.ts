import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { normaliseCode } from "@/lib/util/codes";
import { readStoredAnswers } from "./read-stored-answers";
import { TOGETHER_VALUES, type AssessmentView, type Together } from "./types";

const CODE_SHAPE = /^[0-9A-Z]{6,12}$/;

/**
 * Loads an assessment by its resume code (as typed: lower case, spaces and dashes are fine).
 * Unknown, malformed or past its erase moment: NOT_FOUND.
 */
export async function getAssessmentByCode({ code, now = new Date() }: { code: string; now?: Date }): Promise<AssessmentView> {
  const normalised = normaliseCode(code);
  if (!CODE_SHAPE.test(normalised)) throw notFoundError({ key: "resident.codeUnknown" });
  const row = await db.assessment.findUnique({
    where: { code: normalised },
    include: { municipality: { select: { slug: true, name: true } } },
  });
  if (!row || row.eraseAfter <= now) throw notFoundError({ key: "resident.codeUnknown" });

  const { answers, district } = readStoredAnswers(row.answers);
  return {
    code: row.code,
    municipality: row.municipality,
    answers,
    postcode: row.postcode,
    district,
    together: (TOGETHER_VALUES as readonly string[]).includes(row.together ?? "") ? (row.together as Together) : null,
    step: row.step,
    eraseAfter: row.eraseAfter,
    updatedAt: row.updatedAt,
  };
}
