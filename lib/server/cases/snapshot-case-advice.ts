import "server-only";
import { db } from "@/lib/db";
import { readStoredAnswers } from "@/lib/server/assessments/read-stored-answers";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { createAdviceSnapshot, snapshotItems } from "@/lib/server/outcomes/create-snapshot";
import { buildCaseAdvice } from "./build-case-advice";

/**
 * INTERNAL for this folder (the caller checked access to the case): keeps the case's advice as the consultant saw it
 * when reserving a product on the resident's behalf, like the resident's own advice page does (source "consultant":
 * engine and catalogue version, per product rank, score and difficulties, the context answers as codes; no names,
 * contact data or postcode). Returns the snapshot's code for the reservation (reserveUnit's adviceCode), or null when
 * the advice does not recommend the product (then there is no rank or difficulty to learn from, and nothing is kept).
 */
export async function snapshotCaseAdvice(caseId: string, productSlug: string): Promise<string | null> {
  const kase = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { municipality: { select: { id: true, slug: true, name: true } }, assessment: { select: { id: true, answers: true, postcode: true } } },
  });
  const stored = readStoredAnswers(kase.assessment?.answers);
  if (!kase.assessment || stored.answers.difficulties.length === 0) return null;
  const advice = await buildCaseAdvice({ kase: { municipality: kase.municipality, answers: stored.answers, postcode: kase.assessment.postcode, district: stored.district } });
  if (!advice.recommendations.some((r) => r.product.slug === productSlug)) return null;
  const { code } = await createAdviceSnapshot({
    source: "consultant",
    assessmentId: kase.assessment.id,
    municipalityId: kase.municipality.id,
    engineVersion: advice.engineVersion,
    catalogueVersion: advice.catalogueVersion,
    difficulties: stored.answers.difficulties,
    context: stored.answers.context,
    items: snapshotItems(advice, stored.answers.difficulties, (await getCatalogue()).products),
    result: advice,
  });
  return code;
}
