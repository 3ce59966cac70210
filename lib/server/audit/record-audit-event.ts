import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientIpFromHeaders, UNKNOWN_CLIENT } from "@/lib/http/client-ip";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditActorKind } from "./audit-labels";
import { describeAuditSubjects } from "./audit-subject";

type Tx = Prisma.TransactionClient | typeof db;

export interface AuditInput {
  actor: Actor | null;
  /**
   * Who acted when there is no actor: "resident" (no account: a reservation or waiting-list code, a report code) or
   * "system" (a background job). Default: "staff" with an actor; without one, "resident" inside a web or API
   * request and "system" outside one (jobs run outside requests).
   */
  actorKind?: AuditActorKind;
  /** e.g. "case.view", "case.update", "case.erase", "reservation.handover", "unit.retire" */
  action: string;
  entityType: string;
  entityId: string;
  municipalityId: string | null;
  /** never personal data: ids, statuses, counts */
  details?: Prisma.InputJsonValue;
}

/** The request's headers, or null outside a request (scripts, jobs, tests). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return (await headers()) as unknown as Headers;
  } catch {
    return null;
  }
}

/** Where the request came from (lib/http/client-ip.ts, the same client as the rate limits); null outside a request. */
function requestIp(h: Headers | null): string | null {
  if (!h) return null;
  const ip = clientIpFromHeaders(h);
  return ip === UNKNOWN_CLIENT ? null : ip;
}

/**
 * Records who viewed or changed which record, when and from where. Call it inside the same transaction as the
 * change (pass `tx`), so a change is never stored without its audit line. Besides the ids it stores, at the moment
 * of writing, who acted (staff / resident / system) and a readable subject ("Reservering ABCD2345", "Exemplaar
 * GPS-003 (GPS-tracker)"), built from codes and product names only, never from a resident's personal data. The log
 * stays readable after the record is erased.
 */
export async function recordAuditEvent(input: AuditInput, tx: Tx = db): Promise<void> {
  const h = await requestHeaders();
  const actorKind: AuditActorKind = input.actor ? "staff" : (input.actorKind ?? (h ? "resident" : "system"));
  const subjects = await describeAuditSubjects(tx, [{ entityType: input.entityType, entityId: input.entityId }]);
  await tx.auditEvent.create({
    data: {
      actorId: input.actor?.userId ?? null,
      actorKind,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      subject: subjects.get(`${input.entityType}:${input.entityId}`) ?? null,
      municipalityId: input.municipalityId,
      ip: requestIp(h),
      details: input.details,
    },
  });
}
