import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseNotFound, findCaseToChange, touchCase } from "./case-scope";

/** Ticks off (or reopens) an agreed step. A step of another case reads as NOT_FOUND. */
export async function setCaseStepDone({ actor, reference, stepId, done }: { actor: Actor | null; reference: string; stepId: string; done: boolean }): Promise<void> {
  const scoped = await findCaseToChange(actor, reference);
  await db.$transaction(async (tx) => {
    const updated = await tx.caseStep.updateMany({ where: { id: stepId, caseId: scoped.id }, data: { done } });
    if (updated.count === 0) throw caseNotFound();
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      { actor: scoped.actor, action: "case.update", entityType: "Case", entityId: scoped.id, municipalityId: scoped.municipalityId, details: { part: "steps", op: done ? "done" : "reopen", stepId } },
      tx,
    );
  });
}
