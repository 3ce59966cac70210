import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError, type ErrorKey } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { fieldErrors, updateUnitSchema, type UpdateUnitInput } from "@/lib/schemas/desk";
import { CHANGED_MEANWHILE, UNIT_NOT_FOUND, conflict, deskCentreIds, isUniqueViolation, notFound, TX_OPTIONS } from "./desk-scope";
import { canEditUnit } from "./unit-transitions";

export const CODE_TAKEN: ErrorKey = "staff.unitCodeTaken";

/** Changes the label code and the notes of a unit (not its status: that follows the lending cycle). */
export async function updateUnit({ actor, ...input }: { actor: Actor } & UpdateUnitInput): Promise<{ unitId: string; code: string }> {
  const centreIds = deskCentreIds(actor, UNIT_NOT_FOUND);
  const parsed = updateUnitSchema.safeParse(input);
  if (!parsed.success) throw appError("INVALID", "staff.checkTheData", { fields: fieldErrors(parsed.error) });
  const { unitId, code, notes } = parsed.data;

  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.lendingUnit.findFirst({
        where: { id: unitId, centreId: { in: centreIds } },
        select: { id: true, code: true, notes: true, status: true, centreId: true, centre: { select: { municipalityId: true } } },
      });
      if (!unit) throw notFound(UNIT_NOT_FOUND);
      if (!canEditUnit(unit.status)) throw conflict("staff.retiredUnitLocked");
      if (unit.code === code && unit.notes === notes) return { unitId: unit.id, code };

      const updated = await tx.lendingUnit.updateMany({
        where: { id: unit.id, centreId: { in: centreIds }, status: { not: "RETIRED" } },
        data: { code, notes },
      });
      if (updated.count !== 1) throw conflict(CHANGED_MEANWHILE);
      const changed = [unit.code !== code ? "code" : null, unit.notes !== notes ? "notities" : null].filter(Boolean).join(" en ");
      const note = unit.code !== code ? `Code was ${unit.code}; ${changed} aangepast.` : `${changed[0]?.toUpperCase()}${changed.slice(1)} aangepast.`;
      await tx.unitEvent.create({ data: { unitId: unit.id, fromStatus: unit.status, toStatus: unit.status, action: "edited", note, actorId: actor.userId } });
      await recordAuditEvent(
        {
          actor,
          action: "unit.edited",
          entityType: "LendingUnit",
          entityId: unit.id,
          municipalityId: unit.centre.municipalityId,
          details: { centreId: unit.centreId, codeChanged: unit.code !== code, notesChanged: unit.notes !== notes },
        },
        tx,
      );
      return { unitId: unit.id, code };
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw appError("CONFLICT", CODE_TAKEN, { field: "code" });
    throw error;
  }
}
