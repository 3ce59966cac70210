import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { shortCode } from "@/lib/util/codes";
import { findCaseToChange, touchCase } from "./case-scope";

/** Report codes are bearer secrets to a resident's report: 12 symbols (about 2e17 combinations). */
export const REPORT_CODE_LENGTH = 12;

/**
 * Gives the resident a copy of the report: creates the secret report code once (later calls return the same
 * code). With the code the resident opens /verslag/<code> and can respond.
 */
export async function shareCaseReport({ actor, reference }: { actor: Actor | null; reference: string }): Promise<{ reportCode: string }> {
  const scoped = await findCaseToChange(actor, reference);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const current = await tx.case.findUniqueOrThrow({ where: { id: scoped.id }, select: { reportCode: true } });
        if (current.reportCode) return { reportCode: current.reportCode };
        const reportCode = shortCode(REPORT_CODE_LENGTH);
        await tx.case.update({ where: { id: scoped.id }, data: { reportCode } });
        await touchCase(tx, scoped.id);
        await recordAuditEvent(
          { actor: scoped.actor, action: "case.report", entityType: "Case", entityId: scoped.id, municipalityId: scoped.municipalityId, details: { op: "share" } },
          tx,
        );
        return { reportCode };
      });
    } catch (error) {
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
