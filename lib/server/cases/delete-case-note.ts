import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseNotFound, findCaseToChange, touchCase } from "./case-scope";

/** Removes a note that was written wrongly. A note of another case reads as NOT_FOUND. */
export async function deleteCaseNote({ actor, reference, noteId }: { actor: Actor | null; reference: string; noteId: string }): Promise<void> {
  const scoped = await findCaseToChange(actor, reference);
  await db.$transaction(async (tx) => {
    const removed = await tx.caseNote.deleteMany({ where: { id: noteId, caseId: scoped.id } });
    if (removed.count === 0) throw caseNotFound();
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      { actor: scoped.actor, action: "case.note", entityType: "Case", entityId: scoped.id, municipalityId: scoped.municipalityId, details: { op: "delete", noteId } },
      tx,
    );
  });
}
