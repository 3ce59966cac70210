import "server-only";
import { isSystemActor, type SystemActor } from "@/lib/auth/actor";
import { notFoundError } from "@/lib/errors";
import { db } from "@/lib/db";
import { eachIsolated, TX_OPTIONS } from "../shared";
import { offerReturnedUnit } from "./offer-returned-unit";

/**
 * The safety net of the lending sweep: an AVAILABLE unit while someone WAITS for that product at that centre (e.g.
 * a new unit was added, or a change did not call offerReturnedUnit) is offered to the first in line.
 */
export async function offerAvailableUnits(options: { actor: SystemActor; now?: Date }): Promise<{ offered: number }> {
  if (!isSystemActor(options.actor)) throw notFoundError();
  const now = options.now ?? new Date();
  const units = await db.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "LendingUnit" u
     WHERE u."status" = 'AVAILABLE'
       AND EXISTS (SELECT 1 FROM "WaitlistEntry" w
                    WHERE w."productId" = u."productId" AND w."centreId" = u."centreId" AND w."status" = 'WAITING')
     ORDER BY u."code"`;
  let offered = 0;
  await eachIsolated("offer available unit", units, async ({ id }) => {
    const offer = await db.$transaction((tx) => offerReturnedUnit(tx, id, now), TX_OPTIONS);
    if (offer) offered++;
  });
  return { offered };
}
