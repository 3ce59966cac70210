import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseNoteSchema, fieldErrors } from "@/lib/schemas/case";
import { findCaseToChange, touchCase } from "./case-scope";

/** A note on one topic (a difficulty group or "algemeen"). The resident sees every note in the report. */
export async function addCaseNote({ actor, reference, topic, text }: { actor: Actor | null; reference: string; topic: string; text: string }): Promise<{ id: string }> {
  const scoped = await findCaseToChange(actor, reference);
  const parsed = caseNoteSchema.safeParse({ topic, text });
  if (!parsed.success) throw appError("INVALID", "staff.checkTheNote", { fields: fieldErrors(parsed.error) });
  return db.$transaction(async (tx) => {
    const note = await tx.caseNote.create({ data: { caseId: scoped.id, topic: parsed.data.topic, text: parsed.data.text } });
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      { actor: scoped.actor, action: "case.note", entityType: "Case", entityId: scoped.id, municipalityId: scoped.municipalityId, details: { op: "add", noteId: note.id, topic: note.topic } },
      tx,
    );
    return { id: note.id };
  });
}
