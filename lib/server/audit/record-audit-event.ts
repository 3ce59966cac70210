import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientIpFromHeaders, UNKNOWN_CLIENT } from "@/lib/http/client-ip";
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

/** Where the request came from (lib/http/client-ip.ts, the same client as the rate limits); null outside a request. */
async function requestIp(): Promise<string | null> {
  try {
    const ip = clientIpFromHeaders(await headers());
    return ip === UNKNOWN_CLIENT ? null : ip;
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
