import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { dateToDay } from "@/lib/util/dates";
import { productChecklist } from "@/lib/schemas/desk";
import { residentStatus, type ResidentStatus } from "@/lib/server/lending/resident-status";
import { extensionDecisionFor } from "@/lib/server/lending/extend-loan";
import type { ExtensionDecision } from "@/lib/server/lending/extension-rules";
import { RESERVATION_NOT_FOUND, checkId, dayOf, deskCentreIds, notFound, today } from "./desk-scope";
import type { UnitStatus } from "./unit-transitions";

export interface DeskReservation {
  id: string;
  reference: string;
  status: "RESERVED" | "PICKED_UP" | "CANCELLED" | "EXPIRED";
  pickupDay: string;
  holdUntil: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  /** the resident's contact details, for the desk only (never in URLs or logs) */
  resident: { name: string; phone: string | null; email: string | null };
  product: { id: string; name: string; loanPeriodDays: number; /** the points checked at hand-over and take-back */ checklist: string[] };
  unit: { id: string; code: string; status: UnitStatus };
  centre: { id: string; slug: string; name: string };
  /** what the resident sees on their page (the same function as the page and the API) */
  residentStatus: ResidentStatus;
  loan: {
    id: string;
    status: "ACTIVE" | "RETURNED";
    startedAt: Date;
    dueDay: string;
    overdue: boolean;
    returnedAt: Date | null;
    extensions: number;
    checkout: Record<string, unknown> | null;
    checkin: Record<string, unknown> | null;
    /** whether it can be extended now (the same rule extendLoan enforces), with the Dutch reason when not */
    extension: ExtensionDecision;
  } | null;
}

/** One reservation (and its loan, once picked up) of the staff member's own centres. */
export async function getReservation({ actor, reservationId }: { actor: Actor; reservationId: string }): Promise<DeskReservation> {
  const centreIds = deskCentreIds(actor, RESERVATION_NOT_FOUND);
  checkId(reservationId, RESERVATION_NOT_FOUND);
  const r = await db.reservation.findFirst({
    where: { id: reservationId, centreId: { in: centreIds } },
    include: {
      product: { select: { id: true, name: true, loanPeriodDays: true, checklist: true } },
      unit: { select: { id: true, code: true, status: true } },
      centre: { select: { id: true, slug: true, name: true } },
      loan: true,
    },
  });
  if (!r) throw notFound(RESERVATION_NOT_FOUND);
  const dueDay = r.loan ? (dayOf(r.loan.dueAt) as string) : null;
  const extension = r.loan ? await extensionDecisionFor(db, r.loan.id) : null;
  const asRecord = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    pickupDay: dateToDay(r.pickupDate),
    holdUntil: r.holdUntil,
    confirmedAt: r.confirmedAt,
    cancelledAt: r.cancelledAt,
    createdAt: r.createdAt,
    resident: { name: r.name, phone: r.phone, email: r.email },
    product: { ...r.product, checklist: productChecklist(r.product.checklist) },
    unit: r.unit,
    centre: r.centre,
    residentStatus: residentStatus({
      status: r.status,
      holdUntil: r.holdUntil,
      loan: r.loan && dueDay ? { status: r.loan.status, dueDay } : null,
      now: new Date(),
      today: today(),
    }),
    loan:
      r.loan && dueDay
        ? {
            id: r.loan.id,
            status: r.loan.status,
            startedAt: r.loan.startedAt,
            dueDay,
            overdue: r.loan.status === "ACTIVE" && dueDay < today(),
            returnedAt: r.loan.returnedAt,
            extensions: r.loan.extensions,
            checkout: asRecord(r.loan.checkoutChecklist),
            checkin: asRecord(r.loan.checkinChecklist),
            extension: extension as ExtensionDecision,
          }
        : null,
  };
}
