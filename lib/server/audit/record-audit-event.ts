import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient | typeof db;

export interface AuditInput {
  actor: Actor | null;
  /** e.g. "case.view", "case.update", "case.erase", "reservation.handover", "unit.retire" */
  action: string;
  entityType: string;
  entityId: string;
  municipalityId: string | null;
  /** never personal data: ids, statuses, counts */
  details?: Prisma.InputJsonValue;
}

/** Where the request came from (first x-forwarded-for hop, else x-real-ip); null outside a request. */
async function requestIp(): Promise<string | null> {
  try {
    const h = await headers();
    return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
  } catch {
    return null; // not inside a request (scripts, jobs, tests)
  }
}

/**
 * Records who viewed or changed which record, when and from where. Call it inside the same transaction as the
 * change (pass `tx`), so a change is never stored without its audit line.
 */
export async function recordAuditEvent(input: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actor?.userId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      municipalityId: input.municipalityId,
      ip: await requestIp(),
      details: input.details,
    },
  });
}
