import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { fieldErrors, updateCaseSchema, type UpdateCaseInput } from "@/lib/schemas/case";
import { addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { findCaseToChange, touchCase } from "./case-scope";

/**
 * Changes the case's own fields: name or initials, contact, status, follow-up day, whether there is an application.
 * The audit line names the fields that changed, never their values.
 */
export async function updateCase({ actor, reference, changes }: { actor: Actor | null; reference: string; changes: UpdateCaseInput }): Promise<void> {
  const scoped = await findCaseToChange(actor, reference);
  const parsed = updateCaseSchema.safeParse(changes);
  if (!parsed.success) throw appError("INVALID", "staff.checkTheFields", { fields: fieldErrors(parsed.error) });
  const c = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await tx.case.findUniqueOrThrow({ where: { id: scoped.id } });
    // going into follow-up without a day: the municipality's follow-up period (its settings) from today
    const followUpDue = c.followUpDue
      ? c.followUpDue
      : c.status === "FOLLOW_UP" && before.status !== "FOLLOW_UP"
        ? addDays(isoDateInAmsterdam(), (await loadMunicipalitySettings(scoped.municipalityId, tx)).followUpDays)
        : null;
    const data = {
      residentName: c.residentName,
      residentContact: c.residentContact ?? null,
      status: c.status,
      followUpDue: followUpDue ? dayToDate(followUpDue) : null,
      hasApplication: c.hasApplication,
    };
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => {
      const a = before[k];
      const b = data[k];
      return a instanceof Date || b instanceof Date ? (a as Date | null)?.getTime() !== (b as Date | null)?.getTime() : a !== b;
    });
    if (!changed.length) return;
    await tx.case.update({ where: { id: scoped.id }, data });
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      {
        actor: scoped.actor,
        action: "case.update",
        entityType: "Case",
        entityId: scoped.id,
        municipalityId: scoped.municipalityId,
        details: { fields: changed, ...(changed.includes("status") ? { status: c.status } : {}) },
      },
      tx,
    );
  });
}
