import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseStepSchema, fieldErrors } from "@/lib/schemas/case";
import { dayToDate } from "@/lib/util/dates";
import { findCaseToChange, touchCase } from "./case-scope";

/**
 * An agreed next step: what, who, by when. When the case has no follow-up day yet, the step's day becomes it,
 * so the case list shows it in time.
 */
export async function addCaseStep({
  actor,
  reference,
  text,
  who,
  dueDate,
}: {
  actor: Actor | null;
  reference: string;
  text: string;
  who: string;
  dueDate?: string | null;
}): Promise<{ id: string }> {
  const scoped = await findCaseToChange(actor, reference);
  const parsed = caseStepSchema.safeParse({ text, who, dueDate: dueDate ?? undefined });
  if (!parsed.success) throw appError("INVALID", "staff.checkTheAppointment", { fields: fieldErrors(parsed.error) });
  const due = parsed.data.dueDate ? dayToDate(parsed.data.dueDate) : null;
  return db.$transaction(async (tx) => {
    const step = await tx.caseStep.create({ data: { caseId: scoped.id, text: parsed.data.text, who: parsed.data.who, dueDate: due } });
    if (due && !scoped.followUpDue && scoped.status !== "CLOSED") await tx.case.update({ where: { id: scoped.id }, data: { followUpDue: due } });
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      { actor: scoped.actor, action: "case.update", entityType: "Case", entityId: scoped.id, municipalityId: scoped.municipalityId, details: { part: "steps", op: "add", stepId: step.id } },
      tx,
    );
    return { id: step.id };
  });
}
