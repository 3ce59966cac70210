import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { applyUnitTransition } from "./apply-unit-transition";
import type { UnitStatus } from "./unit-transitions";
import { TX_OPTIONS } from "./desk-scope";

/**
 * Takes a unit out of lending for good (worn out, lost, broken beyond repair). Allowed from available, cleaning
 * or repair; a reserved or lent unit must first be cancelled or taken back. The unit and its history stay.
 */
export async function retireUnit({ actor, unitId, note = "" }: { actor: Actor; unitId: string; note?: string }): Promise<{ unitId: string; status: UnitStatus }> {
  const result = await db.$transaction((tx) => applyUnitTransition(tx, { actor, unitId, action: "retire", note: note.trim() }), TX_OPTIONS);
  return { unitId: result.unitId, status: result.to };
}
