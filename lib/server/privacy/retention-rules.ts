/**
 * The retention rules as pure functions: which stored records are due for erasure at a given moment.
 * No Prisma, no I/O, so they are unit-tested beside this file; run-retention.ts queries with the same rules and
 * checks every row it loaded against these predicates before it deletes or anonymises anything.
 */

/** What the name of a resident becomes when the personal data of a reservation or waiting-list entry is erased. */
export const ERASED_NAME = "Gewist";
/**
 * Placeholders that mean "already erased" (the same word as the lending sweep, lib/server/lending/shared.ts, writes;
 * "(gewist)" was used by earlier builds and still counts), so the two clean-ups never undo each other's work.
 */
export const ERASED_NAMES: readonly string[] = [ERASED_NAME, "(gewist)"];

/** Reservations that are still open, or whose item is still with the resident, keep their contact data. */
export const OPEN_RESERVATION_STATUSES = ["RESERVED"] as const;
/** Waiting-list entries that may still lead to an offer keep their contact data. */
export const ACTIVE_WAITLIST_STATUSES = ["WAITING", "OFFERED"] as const;

export interface CaseFacts {
  eraseAfter: Date;
  hasApplication: boolean;
}

export interface AssessmentFacts {
  eraseAfter: Date;
  /** an assessment that belongs to a case is erased together with that case, never on its own */
  caseId: string | null;
}

export interface PersonalData {
  name: string;
  phone: string | null;
  email: string | null;
}

export interface ReservationFacts extends PersonalData {
  eraseAfter: Date;
  status: string;
  /** status of the loan that followed the reservation, if any */
  loanStatus: string | null;
  /** when that loan's item came back, if it did */
  loanReturnedAt: Date | null;
}

export interface WaitlistFacts extends PersonalData {
  eraseAfter: Date;
  status: string;
}

const past = (eraseAfter: Date, now: Date) => eraseAfter.getTime() < now.getTime();

/** A conversation is deleted after its eraseAfter moment, unless the resident made an application (the law keeps those). */
export function isCaseDue(kase: CaseFacts, now: Date): boolean {
  return !kase.hasApplication && past(kase.eraseAfter, now);
}

/** A resident's own questionnaire (not part of a case) is deleted after its eraseAfter moment. */
export function isAssessmentDue(assessment: AssessmentFacts, now: Date): boolean {
  return assessment.caseId === null && past(assessment.eraseAfter, now);
}

/** True when only the placeholder name is left and no phone number or e-mail address. */
export function isPersonalDataErased(row: PersonalData): boolean {
  return ERASED_NAMES.includes(row.name) && row.phone === null && row.email === null;
}

/**
 * A reservation's name, phone and e-mail are erased after its eraseAfter moment; the row itself stays for the
 * stock history. Not while it is still waiting for pickup or the item is still on loan, and not until the item has
 * been back for `retentionDays` (a question about the return can still come): the centre must be able to reach the
 * resident then. The same rule as the lending sweep's erasePersonalData.
 */
export function isReservationDue(reservation: ReservationFacts, now: Date, retentionDays: number): boolean {
  if (isPersonalDataErased(reservation)) return false;
  if ((OPEN_RESERVATION_STATUSES as readonly string[]).includes(reservation.status)) return false;
  if (!past(reservation.eraseAfter, now)) return false;
  if (reservation.loanStatus === null) return true; // cancelled, expired, or picked up without a loan record
  if (reservation.loanStatus === "ACTIVE" || reservation.loanReturnedAt === null) return false;
  return reservation.loanReturnedAt.getTime() <= now.getTime() - retentionDays * 86_400_000;
}

/** A waiting-list entry's personal data is erased after its eraseAfter moment, once it can no longer lead to an offer. */
export function isWaitlistEntryDue(entry: WaitlistFacts, now: Date): boolean {
  if (isPersonalDataErased(entry)) return false;
  if ((ACTIVE_WAITLIST_STATUSES as readonly string[]).includes(entry.status)) return false;
  return past(entry.eraseAfter, now);
}

export interface RetentionCounts {
  /** conversations deleted (with their notes, choices, steps, outcomes, consents and questionnaire) */
  cases: number;
  /** residents' own questionnaires deleted (with their saved advice) */
  assessments: number;
  /** reservations whose personal data was erased */
  reservations: number;
  /** waiting-list entries whose personal data was erased */
  waitlistEntries: number;
}

export function emptyRetentionCounts(): RetentionCounts {
  return { cases: 0, assessments: 0, reservations: 0, waitlistEntries: 0 };
}

export function addRetentionCounts(a: RetentionCounts, b: RetentionCounts): RetentionCounts {
  return {
    cases: a.cases + b.cases,
    assessments: a.assessments + b.assessments,
    reservations: a.reservations + b.reservations,
    waitlistEntries: a.waitlistEntries + b.waitlistEntries,
  };
}

/** The counts of an audit event's details, if it has them (erasures and clean-ups store only counts). */
export function countsFromDetails(details: unknown): Record<string, number> | null {
  if (!details || typeof details !== "object" || Array.isArray(details)) return null;
  const counts = (details as { counts?: unknown }).counts;
  if (!counts || typeof counts !== "object" || Array.isArray(counts)) return null;
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(counts)) if (typeof value === "number" && Number.isFinite(value)) out[key] = value;
  return out;
}
