/**
 * When a loan may be extended, and until which day. Pure: the facts come in (loan, product limits, who waits, the
 * centre's calendar), a decision with a Dutch reason comes out. Data access (extend-loan.ts) enforces it; the desk
 * shows the same reason before anyone clicks. Table-driven tests beside this file.
 *
 * A loan may be extended at most `maxExtensions` times (the stricter of Product.maxExtensions and the municipality's
 * maxExtensions setting: effectiveMaxExtensions), each time by the loan period, never
 * beyond `maxLoanDays` after it started (Product.maxLoanDays), and only when nobody waits for the product at that
 * centre (waiting list, or a reservation that needs this very unit). The new due day is a day the centre is open.
 */
import { addDays, formatDayLong } from "@/lib/util/dates";
import { openingDayOnOrAfter, openingDayOnOrBefore, toCalendar, type CalendarInput } from "./calendar";

/**
 * How often a loan may be extended: the stricter (lower) of the product's own limit and the municipality's setting.
 * A municipality can lend less generously than the catalogue allows, never more often than the product itself allows
 * (the product's limit is about the item: hygiene, wear, demand).
 */
export function effectiveMaxExtensions(productMax: number, municipalityMax: number): number {
  return Math.max(0, Math.min(productMax, municipalityMax));
}

export type ExtensionRefusal = "returned" | "someone_waiting" | "unit_reserved" | "max_extensions" | "max_loan_days";

export interface ExtensionFacts {
  loanStatus: "ACTIVE" | "RETURNED";
  /** "YYYY-MM-DD" the loan started and is now due */
  startDay: string;
  dueDay: string;
  extensions: number;
  loanPeriodDays: number;
  maxExtensions: number;
  maxLoanDays: number;
  /** waiting-list entries WAITING or OFFERED for this product at this centre */
  waiting: number;
  /** open reservations that need this unit */
  reservationsForUnit: number;
  calendar: CalendarInput;
}

export type ExtensionDecision =
  | { allowed: true; newDueDay: string; extensionsLeftAfter: number }
  | { allowed: false; reason: ExtensionRefusal; message: string };

export const SOMEONE_WAITING = "Iemand anders wacht op dit hulpmiddel. Verlengen kan daarom niet.";

function weeksOrDays(days: number): string {
  return days % 7 === 0 ? `${days / 7} weken` : `${days} dagen`;
}

function refuse(reason: ExtensionRefusal, message: string): ExtensionDecision {
  return { allowed: false, reason, message };
}

export function decideExtension(f: ExtensionFacts): ExtensionDecision {
  if (f.loanStatus !== "ACTIVE") return refuse("returned", "Dit hulpmiddel is al teruggebracht. Verlengen kan niet meer.");
  if (f.waiting > 0) return refuse("someone_waiting", SOMEONE_WAITING);
  if (f.reservationsForUnit > 0) return refuse("unit_reserved", "Dit exemplaar is al gereserveerd voor iemand anders. Verlengen kan daarom niet.");
  if (f.maxExtensions <= 0) return refuse("max_extensions", "Dit hulpmiddel kan niet verlengd worden. Het moet op de afgesproken dag terug.");
  if (f.extensions >= f.maxExtensions) {
    const times = f.maxExtensions === 1 ? "1 keer" : `${f.maxExtensions} keer`;
    return refuse("max_extensions", `Deze uitleen is al ${f.extensions === 1 ? "1 keer" : `${f.extensions} keer`} verlengd. Vaker dan ${times} verlengen kan niet.`);
  }
  const latest = addDays(f.startDay, f.maxLoanDays);
  const tooLong = refuse(
    "max_loan_days",
    `Langer lenen kan niet: een uitleen duurt hoogstens ${weeksOrDays(f.maxLoanDays)}, dus tot en met ${formatDayLong(latest)}.`,
  );
  if (f.dueDay >= latest) return tooLong;

  const plain = addDays(f.dueDay, f.loanPeriodDays);
  const target = plain > latest ? latest : plain;
  const calendar = toCalendar(f.calendar);
  let newDueDay: string | null = target;
  if (calendar.hours.length > 0) {
    // back on a day the centre is open: the first one from the target, or (past the longest loan) the last one before
    newDueDay = openingDayOnOrAfter(calendar, target, latest) ?? openingDayOnOrBefore(calendar, target, addDays(f.dueDay, 1));
  }
  if (!newDueDay || newDueDay <= f.dueDay) return tooLong;
  return { allowed: true, newDueDay, extensionsLeftAfter: f.maxExtensions - f.extensions - 1 };
}
