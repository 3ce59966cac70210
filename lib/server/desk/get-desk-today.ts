import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { addDays, dateToDay, dayToDate } from "@/lib/util/dates";
import { dayOf, today as todayDay } from "./desk-scope";
import { getDeskCentre, type DeskCentre } from "./get-desk-centre";
import { getCentreAvailability, type ProductAvailability } from "./get-centre-availability";

/** How far ahead the desk lists pickups, and how soon a return counts as "due". */
export const UPCOMING_PICKUP_DAYS = 7;
export const RETURN_DUE_DAYS = 2;

export interface DeskPickup {
  reservationId: string;
  reference: string;
  pickupDay: string;
  /** the pickup day has passed but the hold has not ended yet */
  late: boolean;
  confirmed: boolean;
  productName: string;
  unitId: string;
  unitCode: string;
  residentName: string;
}

export interface DeskLoan {
  loanId: string;
  reservationId: string | null;
  reference: string | null;
  dueDay: string;
  extensions: number;
  productName: string;
  unitId: string;
  unitCode: string;
  residentName: string | null;
}

export interface DeskUnitOut {
  unitId: string;
  code: string;
  productName: string;
  status: "CLEANING" | "REPAIR";
  untilDay: string | null;
  /** the expected end has passed */
  late: boolean;
}

export interface DeskWaitlistEntry {
  id: string;
  reference: string;
  productName: string;
  status: "WAITING" | "OFFERED";
  sinceDay: string;
  offerExpiresAt: Date | null;
  residentName: string;
}

export interface DeskToday {
  centre: DeskCentre;
  today: string;
  pickups: DeskPickup[];
  returnsDue: DeskLoan[];
  overdue: DeskLoan[];
  outOfService: DeskUnitOut[];
  waitlist: DeskWaitlistEntry[];
  availability: ProductAvailability[];
}

/**
 * Everything the desk of one centre needs today: pickups (today, late and the coming week), returns due soon,
 * overdue loans, units in cleaning or repair, the waiting list, and what can be lent now.
 */
export async function getDeskToday({ actor, centreSlug }: { actor: Actor; centreSlug: string }): Promise<DeskToday> {
  const centre = await getDeskCentre({ actor, centreSlug });
  const today = todayDay();
  const startOfToday = dayToDate(today);

  const loanInclude = {
    unit: { select: { id: true, code: true, product: { select: { name: true } } } },
    reservation: { select: { id: true, reference: true, name: true } },
  } as const;

  const [reservations, dueLoans, overdueLoans, outUnits, waiting, availability] = await Promise.all([
    db.reservation.findMany({
      where: { centreId: centre.id, status: "RESERVED", pickupDate: { lte: dayToDate(addDays(today, UPCOMING_PICKUP_DAYS)) } },
      include: { product: { select: { name: true } }, unit: { select: { id: true, code: true } } },
      orderBy: [{ pickupDate: "asc" }, { createdAt: "asc" }],
    }),
    db.loan.findMany({
      where: { status: "ACTIVE", unit: { centreId: centre.id }, dueAt: { gte: startOfToday, lt: dayToDate(addDays(today, RETURN_DUE_DAYS + 1)) } },
      include: loanInclude,
      orderBy: { dueAt: "asc" },
    }),
    db.loan.findMany({
      where: { status: "ACTIVE", unit: { centreId: centre.id }, dueAt: { lt: startOfToday } },
      include: loanInclude,
      orderBy: { dueAt: "asc" },
    }),
    db.lendingUnit.findMany({
      where: { centreId: centre.id, status: { in: ["CLEANING", "REPAIR"] } },
      select: { id: true, code: true, status: true, statusUntil: true, product: { select: { name: true } } },
      orderBy: [{ statusUntil: "asc" }, { code: "asc" }],
    }),
    db.waitlistEntry.findMany({
      where: { centreId: centre.id, status: { in: ["WAITING", "OFFERED"] } },
      select: { id: true, reference: true, status: true, name: true, createdAt: true, offerExpiresAt: true, product: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    getCentreAvailability({ actor, centreId: centre.id }),
  ]);

  const toLoan = (l: (typeof dueLoans)[number]): DeskLoan => ({
    loanId: l.id,
    reservationId: l.reservation?.id ?? null,
    reference: l.reservation?.reference ?? null,
    dueDay: dayOf(l.dueAt) as string,
    extensions: l.extensions,
    productName: l.unit.product.name,
    unitId: l.unit.id,
    unitCode: l.unit.code,
    residentName: l.reservation?.name ?? null,
  });

  return {
    centre,
    today,
    pickups: reservations.map((r) => {
      const pickupDay = dateToDay(r.pickupDate);
      return {
        reservationId: r.id,
        reference: r.reference,
        pickupDay,
        late: pickupDay < today,
        confirmed: r.confirmedAt !== null,
        productName: r.product.name,
        unitId: r.unit.id,
        unitCode: r.unit.code,
        residentName: r.name,
      };
    }),
    returnsDue: dueLoans.map(toLoan),
    overdue: overdueLoans.map(toLoan),
    outOfService: outUnits.map((u) => {
      const untilDay = dayOf(u.statusUntil);
      return {
        unitId: u.id,
        code: u.code,
        productName: u.product.name,
        status: u.status as "CLEANING" | "REPAIR",
        untilDay,
        late: untilDay !== null && untilDay < today,
      };
    }),
    waitlist: waiting.map((w) => ({
      id: w.id,
      reference: w.reference,
      productName: w.product.name,
      status: w.status as "WAITING" | "OFFERED",
      sinceDay: dayOf(w.createdAt) as string,
      offerExpiresAt: w.offerExpiresAt,
      residentName: w.name,
    })),
    availability,
  };
}
