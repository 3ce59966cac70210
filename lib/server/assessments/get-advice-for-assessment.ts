import "server-only";
import { db } from "@/lib/db";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import { getAssessmentByCode } from "./get-assessment-by-code";
import type { AssessmentView } from "./types";
import type { Locale } from "@/lib/i18n/config";

/**
 * The live advice for an assessment (availability as it is now). Lending centres are ordered nearest first by the
 * resident's postcode; without one but with a district, the centres in that district come first.
 * Unknown code: NOT_FOUND.
 */
export async function getAdviceForAssessment({ code, locale }: { code: string; locale?: Locale }): Promise<{ assessment: AssessmentView; advice: AdviceResult }> {
  const assessment = await getAssessmentByCode({ code });
  let nearBy = assessment.postcode;
  if (!nearBy && assessment.district) {
    const centre = await db.lendingCentre.findFirst({
      where: { district: assessment.district, municipality: { slug: assessment.municipality.slug } },
      orderBy: { name: "asc" },
      select: { postcode: true },
    });
    nearBy = centre?.postcode ?? null;
  }
  const advice = await buildAdvice({ municipalitySlug: assessment.municipality.slug, answers: assessment.answers, postcode: nearBy, locale });
  // the result's postcode is the resident's own (or none), never the district's stand-in
  return { assessment, advice: { ...advice, postcode: assessment.postcode } };
}
