import "server-only";
import { db } from "@/lib/db";
import { configuredSender, type MessageSender } from "./sender";

/** After this many failed attempts a message is marked FAILED (staff still see it in the outbox). */
export const MAX_SEND_ATTEMPTS = 5;
/** Messages handled per run. */
export const DELIVERY_BATCH = 50;

export interface DeliveryResult {
  sent: number;
  kept: number;
  failed: number;
  retry: number;
}

/** A short error description without personal data (never the message text: it can contain an address). */
function describeError(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
    const parts = [typeof e.name === "string" ? e.name : "Error"];
    if (typeof e.code === "string" || typeof e.code === "number") parts.push(String(e.code));
    if (typeof e.responseCode === "number") parts.push(`SMTP ${e.responseCode}`);
    return parts.join(" ");
  }
  return "Error";
}

/**
 * Delivers PENDING outbox messages. With no sender for a message's channel (no SMTP_URL, or a text message), the
 * message gets status KEPT: it stays readable for the centre's staff in the app. Each message is locked with
 * FOR UPDATE SKIP LOCKED while it is sent, so two app instances never send the same message twice.
 */
export async function deliverOutbox(options: { sender?: MessageSender | null; now?: Date; limit?: number } = {}): Promise<DeliveryResult> {
  const sender = options.sender === undefined ? configuredSender() : options.sender;
  const now = options.now ?? new Date();
  const result: DeliveryResult = { sent: 0, kept: 0, failed: 0, retry: 0 };
  const candidates = await db.outboxMessage.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? DELIVERY_BATCH,
    select: { id: true },
  });

  for (const { id } of candidates) {
    await db.$transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "OutboxMessage" WHERE "id" = ${id} AND "status" = 'PENDING' FOR UPDATE SKIP LOCKED`;
        if (locked.length === 0) return; // another instance has it, or it is done
        const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
        const channel = message.channel === "sms" ? "sms" : "email";
        if (!sender || !sender.channels.includes(channel)) {
          await tx.outboxMessage.update({ where: { id }, data: { status: "KEPT" } });
          result.kept++;
          return;
        }
        try {
          await sender.send({ channel, to: message.toAddress, subject: message.subject, body: message.body });
          await tx.outboxMessage.update({ where: { id }, data: { status: "SENT", sentAt: now, attempts: { increment: 1 }, lastError: null } });
          result.sent++;
        } catch (error) {
          const attempts = message.attempts + 1;
          const failed = attempts >= MAX_SEND_ATTEMPTS;
          await tx.outboxMessage.update({ where: { id }, data: { status: failed ? "FAILED" : "PENDING", attempts, lastError: describeError(error) } });
          if (failed) result.failed++;
          else result.retry++;
        }
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  }
  return result;
}
