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
  await writeAuditRow(tx, {
    actorId: input.actor?.userId ?? null,
    actorKind,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    municipalityId: input.municipalityId,
    ip: requestIp(h),
    details: input.details,
  });
}

/** The client of a sign-in as the rate limits saw it ("onbekend" when unknown). */
const UNKNOWN_SIGN_IN_CLIENT = "onbekend";

/**
 * A sign-in attempt (password or the municipality's identity provider), before there is a session and so before
 * there is an Actor: about the account that tried (null when none matched), from the client the sign-in limits
 * counted. The same row as every other audit line.
 */
export async function recordSignInEvent(input: {
  action: string;
  user: { id: string; municipalityId: string | null } | null;
  /** where the attempt was for when no account matched (the identity provider's municipality) */
  municipalityId?: string | null;
  client: string;
  details: Prisma.InputJsonValue;
}): Promise<void> {
  await writeAuditRow(db, {
    actorId: input.user?.id ?? null,
    actorKind: null,
    action: input.action,
    entityType: "User",
    entityId: input.user?.id ?? UNKNOWN_SIGN_IN_CLIENT,
    municipalityId: input.user?.municipalityId ?? input.municipalityId ?? null,
    ip: input.client === UNKNOWN_SIGN_IN_CLIENT ? null : input.client,
    details: input.details,
    describe: false,
  });
}

/** The one writer of AuditEvent rows. */
async function writeAuditRow(
  tx: Tx,
  row: {
    actorId: string | null;
    actorKind: AuditActorKind | null;
    action: string;
    entityType: string;
    entityId: string;
    municipalityId: string | null;
    ip: string | null;
    details?: Prisma.InputJsonValue;
    /** false: no readable subject (sign-in rows never had one) */
    describe?: boolean;
  },
): Promise<void> {
  const subject =
    row.describe === false ? undefined : ((await describeAuditSubjects(tx, [{ entityType: row.entityType, entityId: row.entityId }])).get(`${row.entityType}:${row.entityId}`) ?? null);
  await tx.auditEvent.create({
    data: {
      actorId: row.actorId,
      ...(row.actorKind ? { actorKind: row.actorKind } : {}),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      ...(subject !== undefined ? { subject } : {}),
      municipalityId: row.municipalityId,
      ip: row.ip,
      details: row.details,
    },
  });
}
