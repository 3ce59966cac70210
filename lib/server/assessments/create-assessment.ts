import "server-only";
import { db } from "@/lib/db";
import { appError, notFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { shortCode } from "@/lib/util/codes";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { eraseAfterFrom } from "./retention";
import type { StoredAnswers, Together } from "./types";

const ATTEMPTS = 5;

/**
 * Starts a resident's questionnaire in a municipality, without an account: the random short code is the only key.
 * The code carries no personal data. An unknown municipality is NOT_FOUND.
 */
export async function createAssessment({ municipalitySlug, together }: { municipalitySlug: string; together: Together | null }): Promise<{ code: string }> {
  const municipality = await db.municipality.findUnique({ where: { slug: municipalitySlug }, select: { id: true, status: true, name: true } });
  if (!municipality) throw notFoundError({ key: "resident.municipalityUnknown" });
  if (municipality.status === "paused") throw appError("GONE", "resident.municipalityPausedQuestions", { params: { municipality: municipality.name } });

  const { retentionDays } = await loadMunicipalitySettings(municipality.id);
  const answers: StoredAnswers = { difficulties: [], context: {} };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = shortCode();
    try {
      await db.assessment.create({
        data: { code, municipalityId: municipality.id, answers: answers as object, together, step: 1, eraseAfter: eraseAfterFrom(new Date(), retentionDays) },
      });
      return { code };
    } catch (error) {
      // a code that is already taken: try another one
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw appError("CONFLICT", "resident.codeCreationFailed");
}
