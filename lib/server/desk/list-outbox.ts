import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getDeskCentre, type DeskCentre } from "./get-desk-centre";

export const OUTBOX_PAGE_SIZE = 100;

export interface OutboxRow {
  id: string;
  kind: string;
  channel: string;
  toAddress: string;
  subject: string;
  body: string;
  /** PENDING | SENT | KEPT (no mail server configured: not sent, readable here) | FAILED */
  status: "PENDING" | "SENT" | "KEPT" | "FAILED";
  createdAt: Date;
  sentAt: Date | null;
  reference: string | null;
}

/** The messages of one of the staff member's centres, newest first (at most OUTBOX_PAGE_SIZE). */
export async function listOutbox({ actor, centreSlug }: { actor: Actor; centreSlug: string }): Promise<{ centre: DeskCentre; messages: OutboxRow[]; total: number }> {
  const centre = await getDeskCentre({ actor, centreSlug });
  const where = { centreId: centre.id };
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        channel: true,
        toAddress: true,
        subject: true,
        body: true,
        status: true,
        createdAt: true,
        sentAt: true,
        reservation: { select: { reference: true } },
      },
    }),
    db.outboxMessage.count({ where }),
  ]);
  return {
    centre,
    total,
    messages: rows.map(({ reservation, ...m }) => ({ ...m, reference: reservation?.reference ?? null })),
  };
}
