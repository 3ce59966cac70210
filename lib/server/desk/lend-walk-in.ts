import "server-only";
import type { ErrorKey } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { calendarSelect } from "@/lib/server/lending/calendar";
import { RESERVATION_CONSENT_VERSION } from "@/lib/server/lending/consent-text";
import { eraseAfterFrom } from "@/lib/server/lending/rules";
import { checkContactAndConsent, lockUnit, newReference } from "@/lib/server/lending/shared";
import { formatCode } from "@/lib/util/codes";
import { dayToDate } from "@/lib/util/dates";
import { CHANGED_MEANWHILE, UNIT_NOT_FOUND, checkId, conflict, dayOf, deskCentreIds, isUniqueViolation, notFound, today, TX_OPTIONS } from "./desk-scope";
import { checkoutAgainst, loanDueAt, parseCheckout } from "./hand-over";
import { eventName } from "./unit-transitions";

export interface WalkInInput {
  actor: Actor;
  unitId: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  /** the borrower agreed to the same storage text as a reservation (lib/server/lending/consent-text.ts) */
  consent: boolean;
  checklist: unknown;
  now?: Date;
}

export interface WalkInResult {
  reservationId: string;
  reference: string;
  loanId: string;
  unitId: string;
  dueDay: string;
}

export const PEOPLE_WAITING: ErrorKey = "staff.peopleWaiting";

/**
 * Lending to someone who walks in without a reservation: an AVAILABLE unit of the staff member's own centre goes home
 * with them at once. Their name and phone or e-mail are stored with consent (the reservation text) in a reservation
 * record that is PICKED_UP straight away, so the code, the return reminder, the resident's page and erasure work as
 * for any loan. The product's checklist must be complete. The unit row is locked: two colleagues cannot lend the same
 * unit. Not when people wait for this product here (they come first). Another centre's unit: NOT_FOUND.
 */
export async function lendWalkIn(input: WalkInInput): Promise<WalkInResult> {
  const { actor } = input;
  const centreIds = deskCentreIds(actor, UNIT_NOT_FOUND);
  checkId(input.unitId, UNIT_NOT_FOUND);
  const contact = checkContactAndConsent({ name: input.name, phone: input.phone, email: input.email, consent: input.consent });
  const answers = parseCheckout(input.checklist);
  const now = input.now ?? new Date();

  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockUnit(tx, input.unitId);
      if (!locked || !centreIds.includes(locked.centreId)) throw notFound(UNIT_NOT_FOUND);
      if (locked.status !== "AVAILABLE") throw conflict("staff.unitNotAvailableChooseOther");
      const waiting = await tx.waitlistEntry.count({ where: { productId: locked.productId, centreId: locked.centreId, status: { in: ["WAITING", "OFFERED"] } } });
      if (waiting > 0) throw conflict(PEOPLE_WAITING);

      const [product, centre] = await Promise.all([
        tx.product.findUniqueOrThrow({ where: { id: locked.productId }, select: { id: true, lendable: true, active: true, loanPeriodDays: true, maxLoanDays: true, checklist: true } }),
        tx.lendingCentre.findUniqueOrThrow({ where: { id: locked.centreId }, select: { id: true, municipalityId: true, ...calendarSelect } }),
      ]);
      if (!product.lendable || !product.active) throw conflict("staff.productNoLongerLent");
      const checkout = checkoutAgainst(product.checklist, answers);
      const dueAt = loanDueAt(centre, product);
      const reference = await newReference(tx, "reservation");
      const reservation = await tx.reservation.create({
        data: {
          reference,
          productId: product.id,
          centreId: centre.id,
          unitId: locked.id,
          status: "PICKED_UP",
          pickupDate: dayToDate(today()),
          holdUntil: now,
          confirmedAt: now,
          name: contact.name,
          phone: contact.phone,
          email: contact.email,
          createdById: actor.userId,
          eraseAfter: eraseAfterFrom(dueAt, env().RETENTION_DAYS),
          consents: { create: { purpose: "reservation", textVersion: RESERVATION_CONSENT_VERSION, given: true } },
        },
        select: { id: true },
      });
      const unit = await tx.lendingUnit.updateMany({ where: { id: locked.id, status: "AVAILABLE", centreId: { in: centreIds } }, data: { status: "ON_LOAN", statusUntil: null } });
      if (unit.count !== 1) throw conflict(CHANGED_MEANWHILE);
      const loan = await tx.loan.create({
        data: { reservationId: reservation.id, unitId: locked.id, status: "ACTIVE", startedAt: now, dueAt, checkoutChecklist: checkout },
        select: { id: true },
      });
      await tx.unitEvent.create({
        data: { unitId: locked.id, fromStatus: "AVAILABLE", toStatus: "ON_LOAN", action: eventName("hand_over"), note: `Zonder reservering (code ${formatCode(reference)})`, actorId: actor.userId },
      });
      await recordAuditEvent(
        {
          actor,
          action: "loan.walk_in",
          entityType: "Loan",
          entityId: loan.id,
          municipalityId: centre.municipalityId,
          details: { centreId: centre.id, unitId: locked.id, reservationId: reservation.id },
        },
        tx,
      );
      return { reservationId: reservation.id, reference, loanId: loan.id, unitId: locked.id, dueDay: dayOf(dueAt) as string };
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("staff.unitAlreadyLentOrReserved");
    throw error;
  }
}
