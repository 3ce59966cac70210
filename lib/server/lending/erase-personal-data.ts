import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ERASED_NAME } from "./shared";

/**
 * Keeps the promise of the consent text: a resident's name, phone number and e-mail address are erased once
 * eraseAfter has passed, and messages older than the retention period are deleted. Never while the data is still
 * needed: an open reservation, an active loan (or one returned less than RETENTION_DAYS ago), or a waiting-list
 * entry that is still WAITING or OFFERED. The records themselves stay (without personal data) for the stock history
 * and the numbers. Runs in the lending sweep.
 */
export async function erasePersonalData(options: { now?: Date } = {}): Promise<{ reservations: number; waitlist: number; messages: number }> {
  const now = options.now ?? new Date();
  const retentionStart = new Date(now.getTime() - env().RETENTION_DAYS * 86_400_000);

  const reservations = await db.$executeRaw`
    UPDATE "Reservation" r
       SET "name" = ${ERASED_NAME}, "phone" = NULL, "email" = NULL, "updatedAt" = ${now}
     WHERE r."eraseAfter" <= ${now}
       AND (r."name" <> ${ERASED_NAME} OR r."phone" IS NOT NULL OR r."email" IS NOT NULL)
       AND (
             r."status" IN ('CANCELLED', 'EXPIRED')
          OR (r."status" = 'PICKED_UP' AND NOT EXISTS (
                SELECT 1 FROM "Loan" l
                 WHERE l."reservationId" = r."id"
                   AND (l."status" = 'ACTIVE' OR l."returnedAt" IS NULL OR l."returnedAt" > ${retentionStart})))
           )`;

  const waitlist = await db.$executeRaw`
    UPDATE "WaitlistEntry" w
       SET "name" = ${ERASED_NAME}, "phone" = NULL, "email" = NULL, "updatedAt" = ${now}
     WHERE w."eraseAfter" <= ${now}
       AND w."status" IN ('ACCEPTED', 'EXPIRED', 'CANCELLED')
       AND (w."name" <> ${ERASED_NAME} OR w."phone" IS NOT NULL OR w."email" IS NOT NULL)`;

  const messages = await db.$executeRaw`
    DELETE FROM "OutboxMessage" WHERE "createdAt" <= ${retentionStart}`;

  return { reservations, waitlist, messages };
}
