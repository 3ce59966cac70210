import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ERASED_NAME } from "./retention-rules";

type Tx = Prisma.TransactionClient;

/** What stays of a message to a resident once their personal data is erased. */
export const ERASED_MESSAGE_TEXT = "(gewist)";

/**
 * Erases the resident's name, phone and e-mail from reservations, keeping the rows for the stock history. Messages
 * to the resident about those reservations lose address and text; messages not sent yet are dropped (there is no
 * address to send them to any more). Returns the number of messages changed or dropped.
 */
export async function anonymiseReservations(tx: Tx, reservationIds: string[]): Promise<{ reservations: number; messages: number }> {
  if (reservationIds.length === 0) return { reservations: 0, messages: 0 };
  const reservations = await tx.reservation.updateMany({ where: { id: { in: reservationIds } }, data: { name: ERASED_NAME, phone: null, email: null } });
  const messages = await eraseMessages(tx, { reservationId: { in: reservationIds } });
  return { reservations: reservations.count, messages };
}

/**
 * Erases name, phone and e-mail of waiting-list entries (the rows stay). An entry still waiting is cancelled: nobody
 * can be reached for an offer any more. An open offer is left to expire by itself, so its unit is released the usual way.
 */
export async function anonymiseWaitlistEntries(tx: Tx, entryIds: string[]): Promise<{ waitlistEntries: number; messages: number }> {
  if (entryIds.length === 0) return { waitlistEntries: 0, messages: 0 };
  await tx.waitlistEntry.updateMany({ where: { id: { in: entryIds }, status: "WAITING" }, data: { status: "CANCELLED" } });
  const entries = await tx.waitlistEntry.updateMany({ where: { id: { in: entryIds } }, data: { name: ERASED_NAME, phone: null, email: null, caseId: null } });
  // Waiting-list messages carry the entry id in their dedupe key ("waitlist_offer:<entryId>:<unitId>").
  const messages = await eraseMessages(tx, { kind: { startsWith: "waitlist" }, OR: entryIds.map((id) => ({ dedupeKey: { contains: `:${id}` } })) });
  return { waitlistEntries: entries.count, messages };
}

async function eraseMessages(tx: Tx, where: Prisma.OutboxMessageWhereInput): Promise<number> {
  const dropped = await tx.outboxMessage.deleteMany({ where: { ...where, status: "PENDING" } });
  const erased = await tx.outboxMessage.updateMany({
    where: { ...where, NOT: { toAddress: ERASED_MESSAGE_TEXT } },
    data: { toAddress: ERASED_MESSAGE_TEXT, body: ERASED_MESSAGE_TEXT, lastError: null },
  });
  return dropped.count + erased.count;
}
