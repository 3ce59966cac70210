import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import { normaliseCode } from "@/lib/util/codes";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { createAdviceSnapshot, snapshotItems } from "@/lib/server/outcomes/create-snapshot";
import { readStoredAnswers } from "./read-stored-answers";

/**
 * Keeps the advice as it was shown when the resident finished the questions (engine and catalogue version included), so a
 * consultant can later see what was advised, and so an outcome can be linked to the advice that led to it: per product
 * its rank, score and the chosen difficulties it addresses, and the context answers as codes. The snapshot holds no
 * names, contact data or postcode (the result is stored without the postcode), so it outlives the erasure of its
 * assessment (assessmentId becomes null).
 */
export async function saveAdviceSnapshot({ code, result }: { code: string; result: AdviceResult }): Promise<{ code: string }> {
  const row = await db.assessment.findFirst({ where: { code: normaliseCode(code), eraseAfter: { gt: new Date() } }, select: { id: true, municipalityId: true, answers: true } });
  if (!row) throw notFoundError({ key: "resident.codeUnknown" });
  const { answers } = readStoredAnswers(row.answers);
  const items = snapshotItems(result, answers.difficulties, (await getCatalogue()).products);
  const created = await createAdviceSnapshot({
    source: "advice",
    assessmentId: row.id,
    municipalityId: row.municipalityId,
    engineVersion: result.engineVersion,
    catalogueVersion: result.catalogueVersion,
    difficulties: answers.difficulties,
    context: answers.context,
    items,
    result,
  });
  return { code: created.code };
}

/** The newest advice snapshot of an assessment (its code goes along to the reserve page), or null. */
export async function latestSnapshotCode({ code }: { code: string }): Promise<string | null> {
  const row = await db.adviceSnapshot.findFirst({ where: { assessment: { code: normaliseCode(code) } }, orderBy: { createdAt: "desc" }, select: { code: true } });
  return row?.code ?? null;
}
