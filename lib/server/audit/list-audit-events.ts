import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminScope } from "@/lib/server/admin/admin-scope";
import { amsterdamDayRange } from "@/lib/server/admin/periods";
import { countsFromDetails } from "@/lib/server/privacy/retention-rules";
import { normaliseCode } from "@/lib/util/codes";
import { auditActorKind, auditActorLabel, type AuditActorKind } from "./audit-labels";
import { describeAuditSubjects } from "./audit-subject";

export const AUDIT_PAGE_SIZE = 25;

export interface AuditEventFilter {
  /** an action code, e.g. "case.erase" */
  action?: string;
  /** first and last calendar day (Amsterdam), "YYYY-MM-DD", both included */
  from?: string;
  to?: string;
  /** a reference or code of a record (case, reservation, waiting list, questionnaire), or a record id */
  reference?: string;
  /** platform administrators only: one municipality */
  municipalityId?: string;
}

export interface AuditEventItem {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  /** who acted: staff (a user), a resident (no account) or the system (background work) */
  actorKind: AuditActorKind;
  /** who, in words: the staff member's name, "Inwoner (reservering ABCD-2345)", "Systeem (automatisch)" */
  who: string;
  /** what it was about, in words ("Exemplaar GPS-003 (GPS-tracker)"); null when the record can no longer be found */
  subject: string | null;
  entityType: string;
  entityId: string;
  /** the record's reference (case, reservation, waiting list), from the event or the record itself */
  entityReference: string | null;
  /** for a session, a member of staff or a municipality: whose or which (names of staff, never of residents) */
  entityName: string | null;
  ip: string | null;
  municipalityName: string | null;
  /** for erasures and clean-ups: what was removed */
  counts: Record<string, number> | null;
}

export interface AuditEventPage {
  events: AuditEventItem[];
  /** pass as `cursor` to get the next (older) page; null on the last page */
  nextCursor: string | null;
}

/**
 * The audit log, newest first, a page at a time (cursor = id of the last event shown). A municipality
 * administrator reads only their own municipality's events; a platform administrator reads all, or one
 * municipality. Reading the log is not itself logged (that would only fill the log with itself).
 */
export async function listAuditEvents({
  actor,
  filter = {},
  cursor,
  pageSize = AUDIT_PAGE_SIZE,
}: {
  actor: Actor | null;
  filter?: AuditEventFilter;
  cursor?: string;
  pageSize?: number;
}): Promise<AuditEventPage> {
  const scope = adminScope(actor, "audit:read", filter.municipalityId);
  const where: Prisma.AuditEventWhereInput[] = [];
  if (scope.municipalityId) where.push({ municipalityId: scope.municipalityId });
  if (filter.action) where.push({ action: filter.action });
  if (filter.from || filter.to) where.push({ at: amsterdamDayRange(filter.from, filter.to) });
  if (filter.reference) where.push(await referenceCondition(filter.reference, scope.municipalityId));

  const take = Math.min(Math.max(pageSize, 1), 100);
  const rows = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      actorId: true,
      actorKind: true,
      subject: true,
      ip: true,
      details: true,
      actor: { select: { name: true, role: true } },
      municipality: { select: { name: true } },
    },
  });
  const page = rows.slice(0, take);
  const references = await currentReferences(page.filter((row) => !referenceFromDetails(row.details)));
  const names = await entityNames(page);
  // Events written before subjects were stored: resolve them now, within the administrator's municipality only.
  const resolved = await describeAuditSubjects(
    db,
    page.filter((row) => !row.subject),
    scope.municipalityId,
  );
  return {
    events: page.map((row) => {
      const entityReference = referenceFromDetails(row.details) ?? references.get(row.entityId) ?? null;
      const actorKind = auditActorKind({ actorKind: row.actorKind, hasActor: !!row.actorId, action: row.action, details: row.details });
      return {
        id: row.id,
        at: row.at,
        action: row.action,
        actorName: row.actor?.name ?? null,
        actorRole: row.actor?.role ?? null,
        actorKind,
        who: auditActorLabel({ kind: actorKind, actorName: row.actor?.name ?? null, entityType: row.entityType, reference: entityReference }),
        subject: row.subject ?? resolved.get(`${row.entityType}:${row.entityId}`) ?? null,
        entityType: row.entityType,
        entityId: row.entityId,
        entityReference,
        entityName: names.get(`${row.entityType}:${row.entityId}`) ?? null,
        ip: row.ip,
        municipalityName: row.municipality?.name ?? null,
        counts: countsFromDetails(row.details),
      };
    }),
    nextCursor: rows.length > take ? (page[page.length - 1]?.id ?? null) : null,
  };
}

/** The action codes that occur in the log the actor may read, for the filter's list. */
export async function listAuditActions({ actor, municipalityId }: { actor: Actor | null; municipalityId?: string }): Promise<string[]> {
  const scope = adminScope(actor, "audit:read", municipalityId);
  const rows = await db.auditEvent.findMany({
    where: scope.municipalityId ? { municipalityId: scope.municipalityId } : {},
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((r) => r.action);
}

/** The references of the cases, reservations and waiting-list entries the events are about (while they exist). */
async function currentReferences(events: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const [cases, reservations, entries] = await Promise.all([
    idsOf("Case").length ? db.case.findMany({ where: { id: { in: idsOf("Case") } }, select: { id: true, reference: true } }) : [],
    idsOf("Reservation").length ? db.reservation.findMany({ where: { id: { in: idsOf("Reservation") } }, select: { id: true, reference: true } }) : [],
    idsOf("WaitlistEntry").length ? db.waitlistEntry.findMany({ where: { id: { in: idsOf("WaitlistEntry") } }, select: { id: true, reference: true } }) : [],
  ]);
  return new Map([...cases, ...reservations, ...entries].map((r) => [r.id, r.reference]));
}

/** Names for sessions (whose), staff and municipalities the events are about. */
async function entityNames(events: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const [sessions, users, municipalities] = await Promise.all([
    idsOf("Session").length ? db.session.findMany({ where: { id: { in: idsOf("Session") } }, select: { id: true, user: { select: { name: true } } } }) : [],
    idsOf("User").length ? db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, name: true } }) : [],
    idsOf("Municipality").length ? db.municipality.findMany({ where: { id: { in: idsOf("Municipality") } }, select: { id: true, name: true } }) : [],
  ]);
  return new Map([
    ...sessions.map((s) => [`Session:${s.id}`, `van ${s.user.name}`] as const),
    ...users.map((u) => [`User:${u.id}`, u.name] as const),
    ...municipalities.map((m) => [`Municipality:${m.id}`, m.name] as const),
  ]);
}

function referenceFromDetails(details: unknown): string | null {
  if (!details || typeof details !== "object" || Array.isArray(details)) return null;
  const reference = (details as { reference?: unknown }).reference;
  return typeof reference === "string" && /^[0-9A-Z]{4,20}$/.test(reference) ? reference : null;
}

/**
 * Events about the record the administrator typed: by its id, by the reference stored in the event, or by the
 * id of the case, reservation, waiting-list entry or questionnaire that has this reference or code. Events of an
 * erased record are still found: the erasure event keeps the reference and the old id.
 */
async function referenceCondition(input: string, municipalityId: string | null): Promise<Prisma.AuditEventWhereInput> {
  const raw = input.trim();
  const code = normaliseCode(raw);
  const inMunicipality = municipalityId ? { municipalityId } : {};
  const ids = new Set<string>([raw]);
  if (code) {
    const [cases, reservations, entries, assessments, earlier] = await Promise.all([
      db.case.findMany({ where: { reference: code, ...inMunicipality }, select: { id: true } }),
      db.reservation.findMany({ where: { reference: code, centre: inMunicipality }, select: { id: true } }),
      db.waitlistEntry.findMany({ where: { reference: code, centre: inMunicipality }, select: { id: true } }),
      db.assessment.findMany({ where: { code, ...inMunicipality }, select: { id: true } }),
      db.auditEvent.findMany({ where: { ...inMunicipality, details: { path: ["reference"], equals: code } }, select: { entityId: true }, distinct: ["entityId"], take: 50 }),
    ]);
    for (const row of [...cases, ...reservations, ...entries, ...assessments]) ids.add(row.id);
    for (const row of earlier) ids.add(row.entityId);
  }
  return { OR: [{ entityId: { in: [...ids] } }, ...(code ? [{ details: { path: ["reference"], equals: code } }] : [])] };
}
