import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { appError, type ErrorKey } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";

/** A Prisma transaction client (what `db.$transaction(async (tx) => ...)` hands over). */
export type Tx = Prisma.TransactionClient;

export const UNIT_NOT_FOUND: ErrorKey = "staff.unitNotFound";
export const RESERVATION_NOT_FOUND: ErrorKey = "staff.reservationNotFound";
export const LOAN_NOT_FOUND: ErrorKey = "staff.loanNotFound";
export const CENTRE_NOT_FOUND: ErrorKey = "staff.centreNotFoundForStaff";
export const CHANGED_MEANWHILE: ErrorKey = "staff.changedMeanwhile";

/**
 * The centres whose desk this person may run. Anyone who is not lending-centre staff gets "not found",
 * the same answer as for a record of another centre.
 */
export function deskCentreIds(actor: Actor, notFoundMessage: ErrorKey = CENTRE_NOT_FOUND): string[] {
  if (actor.role !== "CENTRE_STAFF" || !can(actor, "desk:use") || actor.centreIds.length === 0) {
    throw appError("NOT_FOUND", notFoundMessage);
  }
  return actor.centreIds;
}

export const notFound = (key: ErrorKey) => appError("NOT_FOUND", key);

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG = /^[a-z0-9-]{1,80}$/;

/** An id from a URL or form that cannot be a record id (or a slug that cannot be a centre) is simply not found. */
export function checkId(id: string, message: ErrorKey): string {
  if (typeof id !== "string" || !RECORD_ID.test(id)) throw notFound(message);
  return id;
}
export function checkSlug(slug: string, message: ErrorKey = CENTRE_NOT_FOUND): string {
  if (typeof slug !== "string" || !SLUG.test(slug)) throw notFound(message);
  return slug;
}
export const conflict = (key: ErrorKey = CHANGED_MEANWHILE, params?: Record<string, string>) => appError("CONFLICT", key, params ? { params } : {});

/** A unique-index violation from PostgreSQL (23505), however Prisma and the pg adapter wrap it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (o.code === "P2002" || o.code === "23505" || o.originalCode === "23505" || o.kind === "UniqueConstraintViolation") return true;
    e = o.cause ?? o.meta?.driverAdapterError;
  }
  return false;
}

/** Interactive transactions wait for a pooled connection instead of failing under load. */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Today as "YYYY-MM-DD" in Amsterdam. */
export function today(): string {
  return isoDateInAmsterdam();
}

/** A calendar day `days` after today, stored like the other day columns (UTC midnight). */
export function dayFromToday(days: number): Date {
  return dayToDate(addDays(today(), days));
}

/** The calendar day (Amsterdam) of a stored moment, or null. */
export function dayOf(moment: Date | null | undefined): string | null {
  return moment ? isoDateInAmsterdam(moment) : null;
}
