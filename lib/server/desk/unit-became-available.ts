import "server-only";
import { offerReturnedUnit } from "@/lib/server/lending/waitlist/offer-returned-unit";
import type { Tx } from "./desk-scope";

/**
 * Call inside the same transaction whenever a unit becomes AVAILABLE (cleaned, repaired, newly added): the first
 * person on that centre's waiting list for the product is offered it (the lending side decides how).
 */
export async function unitBecameAvailable(tx: Tx, unitId: string): Promise<void> {
  await offerReturnedUnit(tx, unitId);
}
