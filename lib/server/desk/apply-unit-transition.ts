import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { CHANGED_MEANWHILE, UNIT_NOT_FOUND, checkId, conflict, deskCentreIds, notFound, type Tx } from "./desk-scope";
import { UNIT_STATUS_LABELS, eventName, nextStatus, type UnitAction, type UnitStatus } from "./unit-transitions";

export interface UnitTransitionResult {
  unitId: string;
  productId: string;
  centreId: string;
  municipalityId: string;
  from: UnitStatus;
  to: UnitStatus;
}

/**
 * Moves one unit of the actor's centres along the transition table, inside the caller's transaction:
 * reads it (another centre's unit: NOT_FOUND), checks the table (not allowed now: CONFLICT), then updates it with
 * the status it had in the WHERE, so when two people click at once only one wins and the other gets CONFLICT.
 * Writes the UnitEvent (history) and the AuditEvent (who, no personal data) in the same transaction.
 */
export async function applyUnitTransition(
  tx: Tx,
  {
    actor,
    unitId,
    action,
    note = "",
    statusUntil = null,
    auditDetails = {},
  }: { actor: Actor; unitId: string; action: UnitAction; note?: string; statusUntil?: Date | null; auditDetails?: Record<string, string | number | boolean | null> },
): Promise<UnitTransitionResult> {
  const centreIds = deskCentreIds(actor, UNIT_NOT_FOUND);
  checkId(unitId, UNIT_NOT_FOUND);
  const unit = await tx.lendingUnit.findFirst({
    where: { id: unitId, centreId: { in: centreIds } },
    select: { id: true, status: true, productId: true, centreId: true, centre: { select: { municipalityId: true } } },
  });
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  const to = nextStatus(unit.status, action);
  if (!to) throw conflict("staff.unitWrongStatus", { status: UNIT_STATUS_LABELS[unit.status] });

  const updated = await tx.lendingUnit.updateMany({
    where: { id: unit.id, status: unit.status, centreId: { in: centreIds } },
    data: { status: to, statusUntil },
  });
  if (updated.count !== 1) throw conflict(CHANGED_MEANWHILE);

  await tx.unitEvent.create({ data: { unitId: unit.id, fromStatus: unit.status, toStatus: to, action: eventName(action), note, actorId: actor.userId } });
  await recordAuditEvent(
    {
      actor,
      action: `unit.${eventName(action)}`,
      entityType: "LendingUnit",
      entityId: unit.id,
      municipalityId: unit.centre.municipalityId,
      details: { centreId: unit.centreId, from: unit.status, to, ...auditDetails },
    },
    tx,
  );
  return { unitId: unit.id, productId: unit.productId, centreId: unit.centreId, municipalityId: unit.centre.municipalityId, from: unit.status, to };
}
