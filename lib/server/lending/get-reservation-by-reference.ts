import "server-only";
import { db } from "@/lib/db";
import type { ReservationStatus } from "@/lib/generated/prisma/client";
import { normaliseCode } from "@/lib/util/codes";
import { dateToDay, isoDateInAmsterdam } from "@/lib/util/dates";
import { residentStatus, type ResidentStatus } from "./resident-status";
import { maskContact, slotsOn, type OpeningSlot } from "./rules";
import { calendarOf, calendarSelect } from "./calendar";

export interface PublicReservation {
  reference: string;
  status: ReservationStatus;
  product: { slug: string; name: string; imagePath: string; imageAlt: string; loanPeriodDays: number };
  centre: { slug: string; name: string; street: string; postcode: string; city: string; phone: string; email: string; hours: OpeningSlot[] };
  /** "YYYY-MM-DD" */
  pickupDate: string;
  /** opening times on the pickup day */
  pickupSlots: { opens: string; closes: string }[];
  holdUntil: Date;
  createdAt: Date;
  cancelledAt: Date | null;
  /** the resident's name as given (or "Gewist" after erasure) */
  name: string;
  /** "06 ** ** 78" / "j***@voorbeeld.nl": where messages go, masked */
  contact: string | null;
  /** when picked up: the loan's due date and whether it came back */
  loan: { dueAt: Date; returned: boolean } | null;
  /** the resident can still cancel (status RESERVED) */
  canCancel: boolean;
  /** what it means for the resident now (reservation + loan): the page, the API and the desk say the same */
  residentStatus: ResidentStatus;
}

/**
 * A reservation for whoever has its reference (the resident's page and GET /api/v1/reservations/{reference}).
 * The reference is the key: random, 8 characters, no personal data. Unknown -> null.
 */
export async function getReservationByReference(input: { reference: string; now?: Date }): Promise<PublicReservation | null> {
  const now = input.now ?? new Date();
  const reference = normaliseCode(input.reference);
  if (!reference) return null;
  const r = await db.reservation.findUnique({
    where: { reference },
    select: {
      reference: true,
      status: true,
      pickupDate: true,
      holdUntil: true,
      createdAt: true,
      cancelledAt: true,
      name: true,
      phone: true,
      email: true,
      product: { select: { slug: true, name: true, imagePath: true, imageAlt: true, loanPeriodDays: true } },
      centre: {
        select: {
          slug: true,
          name: true,
          street: true,
          postcode: true,
          city: true,
          phone: true,
          email: true,
          ...calendarSelect,
        },
      },
      loan: { select: { dueAt: true, status: true } },
    },
  });
  if (!r) return null;
  const pickupDate = dateToDay(r.pickupDate);
  const { openingHours, closedDays, ...centre } = r.centre;
  const calendar = calendarOf({ openingHours, closedDays });
  return {
    reference: r.reference,
    status: r.status,
    product: r.product,
    centre: { ...centre, hours: openingHours },
    pickupDate,
    pickupSlots: slotsOn(calendar, pickupDate),
    holdUntil: r.holdUntil,
    createdAt: r.createdAt,
    cancelledAt: r.cancelledAt,
    name: r.name,
    contact: maskContact(r),
    loan: r.loan ? { dueAt: r.loan.dueAt, returned: r.loan.status === "RETURNED" } : null,
    canCancel: r.status === "RESERVED" && r.holdUntil > now,
    residentStatus: residentStatus({
      status: r.status,
      holdUntil: r.holdUntil,
      loan: r.loan ? { status: r.loan.status, dueDay: isoDateInAmsterdam(r.loan.dueAt) } : null,
      now,
      today: isoDateInAmsterdam(now),
    }),
  };
}
