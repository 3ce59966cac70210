import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/server/app-url";
import { composeMessage, type MessageInput } from "./messages";

type Tx = Prisma.TransactionClient;

export interface EnqueueInput {
  /** the same key never produces a second message (OutboxMessage.dedupeKey is unique) */
  dedupeKey: string;
  centreId: string;
  reservationId?: string | null;
  contact: { phone?: string | null; email?: string | null };
  /** the resident's language (a waiting-list entry's); absent: the reservation's stored locale, else Dutch */
  locale?: string | null;
  /** the message itself, without channel, appUrl and locale (chosen here) */
  message: DistributiveOmit<MessageInput, "channel" | "appUrl" | "locale">;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** E-mail when there is an address, otherwise a text message to the phone number; null when there is neither. */
export function channelFor(contact: { phone?: string | null; email?: string | null }): { channel: "email" | "sms"; to: string } | null {
  if (contact.email) return { channel: "email", to: contact.email };
  if (contact.phone) return { channel: "sms", to: contact.phone };
  return null;
}

/**
 * Puts a message in the outbox, in the caller's transaction (so a reservation is never stored without its
 * confirmation, and a rolled-back change sends nothing). Idempotent: a second call with the same dedupeKey does
 * nothing (INSERT ... ON CONFLICT DO NOTHING, which keeps the transaction usable). Returns true when a row was added.
 */
export async function enqueueMessage(tx: Tx, input: EnqueueInput): Promise<boolean> {
  const target = channelFor(input.contact);
  if (!target) return false;
  // links in the message keep the resident's municipality: /<slug>/reservering/... (issue 9)
  const centre = await tx.lendingCentre.findUnique({ where: { id: input.centreId }, select: { municipality: { select: { slug: true } } } });
  // written in the resident's language (issue 12): given, or stored with the reservation; Dutch otherwise
  const locale =
    input.locale ?? (input.reservationId ? (await tx.reservation.findUnique({ where: { id: input.reservationId }, select: { locale: true } }))?.locale : null) ?? null;
  const { subject, body } = composeMessage({ ...input.message, channel: target.channel, appUrl: await appUrl(), municipalitySlug: centre?.municipality.slug, locale } as MessageInput);
  const result = await tx.outboxMessage.createMany({
    data: [
      {
        dedupeKey: input.dedupeKey,
        centreId: input.centreId,
        reservationId: input.reservationId ?? null,
        kind: input.message.kind,
        toAddress: target.to,
        channel: target.channel,
        subject,
        body,
      },
    ],
    skipDuplicates: true,
  });
  return result.count === 1;
}
