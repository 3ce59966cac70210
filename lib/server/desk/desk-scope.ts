import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";

/** A Prisma transaction client (what `db.$transaction(async (tx) => ...)` hands over). */
export type Tx = Prisma.TransactionClient;

export const UNIT_NOT_FOUND = "Dit exemplaar bestaat niet, of het hoort niet bij uw uitleenpunt.";
export const RESERVATION_NOT_FOUND = "Deze reservering bestaat niet, of hij hoort niet bij uw uitleenpunt.";
export const LOAN_NOT_FOUND = "Deze uitleen bestaat niet, of hij hoort niet bij uw uitleenpunt.";
export const CENTRE_NOT_FOUND = "Dit uitleenpunt bestaat niet, of u werkt er niet.";
export const CHANGED_MEANWHILE = "Iemand anders heeft dit net veranderd. Bekijk de nieuwe situatie en probeer het opnieuw.";

/**
 * The centres whose desk this person may run. Anyone who is not lending-centre staff gets "not found",
 * the same answer as for a record of another centre.
 */
export function deskCentreIds(actor: Actor, notFoundMessage = CENTRE_NOT_FOUND): string[] {
  if (actor.role !== "CENTRE_STAFF" || !can(actor, "desk:use") || actor.centreIds.length === 0) {
    throw new AppError("NOT_FOUND", notFoundMessage);
  }
  return actor.centreIds;
}

export const notFound = (message: string) => new AppError("NOT_FOUND", message);

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG = /^[a-z0-9-]{1,80}$/;

/** An id from a URL or form that cannot be a record id (or a slug that cannot be a centre) is simply not found. */
export function checkId(id: string, message: string): string {
  if (typeof id !== "string" || !RECORD_ID.test(id)) throw notFound(message);
  return id;
}
export function checkSlug(slug: string, message: string = CENTRE_NOT_FOUND): string {
  if (typeof slug !== "string" || !SLUG.test(slug)) throw notFound(message);
  return slug;
}
export const conflict = (message: string = CHANGED_MEANWHILE, fields?: Record<string, string[]>) => new AppError("CONFLICT", message, fields);

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
