import "server-only";
import { db } from "@/lib/db";
import { appError, notFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import { normaliseCode, shortCode } from "@/lib/util/codes";
import { expertFit } from "@/lib/learning/model";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { contextCodesOnly, type SnapshotItem } from "@/lib/server/outcomes/snapshot-facts";
import { readStoredAnswers } from "./read-stored-answers";

const ATTEMPTS = 5;

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
  const rules = new Map((await getCatalogue()).products.map((p) => [p.slug, p]));
  const items: SnapshotItem[] = result.recommendations.map((r, i) => {
    const product = rules.get(r.product.slug);
    const difficulties = product ? answers.difficulties.filter((d) => expertFit(product, d) !== null).sort((a, b) => (expertFit(product, b) ?? 0) - (expertFit(product, a) ?? 0)) : [];
    return { slug: r.product.slug, rank: i + 1, score: r.score, difficulties };
  });
  const stored = { ...result, postcode: null };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snapshotCode = shortCode();
    try {
      await db.adviceSnapshot.create({
        data: {
          code: snapshotCode,
          assessmentId: row.id,
          municipalityId: row.municipalityId,
          engineVersion: result.engineVersion,
          catalogueVersion: result.catalogueVersion,
          difficulties: answers.difficulties,
          context: contextCodesOnly(answers.context),
          items: JSON.parse(JSON.stringify(items)) as object,
          result: JSON.parse(JSON.stringify(stored)) as object,
        },
      });
      return { code: snapshotCode };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw appError("CONFLICT", "resident.adviceNotSaved");
}

/** The newest advice snapshot of an assessment (its code goes along to the reserve page), or null. */
export async function latestSnapshotCode({ code }: { code: string }): Promise<string | null> {
  const row = await db.adviceSnapshot.findFirst({ where: { assessment: { code: normaliseCode(code) } }, orderBy: { createdAt: "desc" }, select: { code: true } });
  return row?.code ?? null;
}
