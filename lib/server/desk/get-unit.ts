import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { dateToDay } from "@/lib/util/dates";
import { productChecklist } from "@/lib/schemas/desk";
import { UNIT_NOT_FOUND, checkId, dayOf, deskCentreIds, notFound } from "./desk-scope";
import { getCentreAvailability } from "./get-centre-availability";
import { canEditUnit, unitPageActions, type UnitPageAction, type UnitStatus } from "./unit-transitions";

export interface UnitHistoryRow {
  id: string;
  at: Date;
  action: string;
  fromStatus: UnitStatus | null;
  toStatus: UnitStatus;
  note: string;
  /** name of the staff member, when a person did it */
  actorName: string | null;
}

export interface UnitDetail {
  id: string;
  code: string;
  notes: string;
  status: UnitStatus;
  untilDay: string | null;
  createdAt: Date;
  /** checklist: the points checked at hand-over and take-back (Product.checklist, or the fallback) */
  product: { id: string; slug: string; name: string; checklist: string[] };
  centre: { id: string; slug: string; name: string };
  /** "nu beschikbaar" for this product at this centre (getAvailability) */
  productAvailable: number;
  openReservation: { id: string; reference: string; pickupDay: string } | null;
  activeLoan: { id: string; reservationId: string | null; dueDay: string } | null;
  actions: UnitPageAction[];
  canEdit: boolean;
  history: UnitHistoryRow[];
}

/** One unit of the staff member's own centres, with its full history (newest first). */
export async function getUnit({ actor, unitId }: { actor: Actor; unitId: string }): Promise<UnitDetail> {
  const centreIds = deskCentreIds(actor, UNIT_NOT_FOUND);
  checkId(unitId, UNIT_NOT_FOUND);
  const unit = await db.lendingUnit.findFirst({
    where: { id: unitId, centreId: { in: centreIds } },
    include: {
      product: { select: { id: true, slug: true, name: true, checklist: true } },
      centre: { select: { id: true, slug: true, name: true } },
      reservations: { where: { status: "RESERVED" }, select: { id: true, reference: true, pickupDate: true }, take: 1 },
      loans: { where: { status: "ACTIVE" }, select: { id: true, reservationId: true, dueAt: true }, take: 1 },
      events: { orderBy: [{ at: "desc" }, { id: "desc" }], include: { actor: { select: { name: true } } } },
    },
  });
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  const availability = await getCentreAvailability({ actor, centreId: unit.centreId, productIds: [unit.productId] });
  const reservation = unit.reservations[0];
  const loan = unit.loans[0];
  return {
    id: unit.id,
    code: unit.code,
    notes: unit.notes,
    status: unit.status,
    untilDay: dayOf(unit.statusUntil),
    createdAt: unit.createdAt,
    product: { ...unit.product, checklist: productChecklist(unit.product.checklist) },
    centre: unit.centre,
    productAvailable: availability[0]?.available ?? 0,
    openReservation: reservation ? { id: reservation.id, reference: reservation.reference, pickupDay: dateToDay(reservation.pickupDate) } : null,
    activeLoan: loan ? { id: loan.id, reservationId: loan.reservationId, dueDay: dayOf(loan.dueAt) as string } : null,
    actions: unitPageActions(unit.status),
    canEdit: canEditUnit(unit.status),
    history: unit.events.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actorName: e.actor?.name ?? null,
    })),
  };
}
