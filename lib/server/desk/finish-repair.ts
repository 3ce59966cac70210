import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { applyUnitTransition } from "./apply-unit-transition";
import { unitBecameAvailable } from "./unit-became-available";
import type { UnitStatus } from "./unit-transitions";
import { TX_OPTIONS } from "./desk-scope";

/** "Reparatie klaar": a unit in REPAIR becomes AVAILABLE again, and the waiting list gets its chance. */
export async function finishRepair({ actor, unitId, note = "" }: { actor: Actor; unitId: string; note?: string }): Promise<{ unitId: string; status: UnitStatus }> {
  return db.$transaction(async (tx) => {
    const result = await applyUnitTransition(tx, { actor, unitId, action: "finish_repair", note: note.trim() });
    await unitBecameAvailable(tx, result.unitId);
    const after = await tx.lendingUnit.findUniqueOrThrow({ where: { id: result.unitId }, select: { status: true } });
    return { unitId: result.unitId, status: after.status };
  }, TX_OPTIONS);
}
