import "server-only";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import { normaliseCode, shortCode } from "@/lib/util/codes";

const ATTEMPTS = 5;

/**
 * Keeps the advice as it was shown when the resident finished the questions (engine and catalogue version included), so a
 * consultant can later see what was advised. The snapshot is erased together with its assessment.
 */
export async function saveAdviceSnapshot({ code, result }: { code: string; result: AdviceResult }): Promise<{ code: string }> {
  const row = await db.assessment.findFirst({ where: { code: normaliseCode(code), eraseAfter: { gt: new Date() } }, select: { id: true } });
  if (!row) throw notFoundError("Deze code kennen wij niet.");
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snapshotCode = shortCode();
    try {
      await db.adviceSnapshot.create({
        data: { code: snapshotCode, assessmentId: row.id, engineVersion: result.engineVersion, catalogueVersion: result.catalogueVersion, result: JSON.parse(JSON.stringify(result)) as object },
      });
      return { code: snapshotCode };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw new AppError("CONFLICT", "Het advies kon niet worden bewaard. Probeer het opnieuw.");
}
