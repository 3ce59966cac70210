import "server-only";
import { db } from "@/lib/db";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import type { CaseDetail } from "./get-case";
import type { Locale } from "@/lib/i18n/config";

/**
 * The live advice for a case's answers (the same engine and texts as the resident's advice page). Takes a case the
 * caller already loaded with getCase (which checked access). Without a postcode but with a district, the centres
 * in that district come first.
 */
export async function buildCaseAdvice({ kase, locale }: { kase: Pick<CaseDetail, "municipality" | "answers" | "postcode" | "district">; locale?: Locale }): Promise<AdviceResult> {
  let nearBy = kase.postcode;
  if (!nearBy && kase.district) {
    const centre = await db.lendingCentre.findFirst({
      where: { district: kase.district, municipality: { slug: kase.municipality.slug } },
      orderBy: { name: "asc" },
      select: { postcode: true },
    });
    nearBy = centre?.postcode ?? null;
  }
  const advice = await buildAdvice({ municipalitySlug: kase.municipality.slug, answers: kase.answers, postcode: nearBy, locale });
  return { ...advice, postcode: kase.postcode };
}
