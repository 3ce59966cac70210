import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError, AppError, type ErrorKey } from "@/lib/errors";
import type { WaitlistStatus } from "@/lib/generated/prisma/client";
import { normaliseCode } from "@/lib/util/codes";
import { WAITLIST_CONSENT_VERSION } from "../consent-text";
import { amsterdamToday, calendarOf, eraseAfterFrom, pickupDayProblem } from "../rules";
import { centreForRulesSelect, createReservationRecord, isUniqueViolation, lockUnit, TX_OPTIONS, type ReservationCreated } from "../shared";



const NOT_OFFERED: Record<Exclude<WaitlistStatus, "OFFERED">, { code: "CONFLICT" | "GONE"; key: ErrorKey }> = {
  WAITING: { code: "CONFLICT", key: "resident.offerNotYet" },
  ACCEPTED: { code: "CONFLICT", key: "resident.offerAlreadyAccepted" },
  EXPIRED: { code: "GONE", key: "resident.offerGone" },
  CANCELLED: { code: "GONE", key: "resident.noLongerOnWaitlist" },
};

function notOffered(status: Exclude<WaitlistStatus, "OFFERED">): AppError {
  const why = NOT_OFFERED[status];
  return appError(why.code, why.key, { fields: {}, details: { status } });
}

/**
 * The resident says yes to a waiting-list offer (by the entry's reference) and picks a pickup day: the held unit gets
 * a Reservation (as if reserved normally: hold, consent, confirmation message), and the entry becomes ACCEPTED.
 * After offerExpiresAt -> GONE; not offered -> CONFLICT; a bad pickup day -> INVALID (field pickupDate).
 */
export async function acceptOffer(input: { reference: string; pickupDate: string; now?: Date }): Promise<ReservationCreated> {
  const now = input.now ?? new Date();
  const reference = normaliseCode(input.reference);
  const entry = await db.waitlistEntry.findUnique({
    where: { reference },
    select: { id: true, status: true, offerExpiresAt: true, centre: { select: centreForRulesSelect } },
  });
  if (!entry) throw appError("NOT_FOUND", "resident.codeUnknownCheckCode");
  // first whether there is an offer at all (checked again under a lock below), then the chosen day
  if (entry.status !== "OFFERED") throw notOffered(entry.status);
  if (!entry.offerExpiresAt || entry.offerExpiresAt <= now) throw appError("GONE", "resident.offerGone", { fields: {}, details: { status: "EXPIRED" } });
  const problem = pickupDayProblem(calendarOf(entry.centre), input.pickupDate, amsterdamToday(now));
  if (problem) throw appError("INVALID", problem.key, { params: problem.params, field: "pickupDate" });

  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "WaitlistEntry" WHERE "id" = ${entry.id} FOR UPDATE`;
      const e = await tx.waitlistEntry.findUniqueOrThrow({
        where: { id: entry.id },
        select: {
          id: true,
          status: true,
          offeredUnitId: true,
          offerExpiresAt: true,
          name: true,
          phone: true,
          email: true,
          caseId: true,
          locale: true,
          adviceSnapshotId: true,
          product: { select: { id: true, slug: true, name: true, loanPeriodDays: true } },
        },
      });
      if (e.status !== "OFFERED") throw notOffered(e.status);
      if (!e.offeredUnitId || !e.offerExpiresAt || e.offerExpiresAt <= now) throw appError("GONE", "resident.offerGone", { fields: {}, details: { status: "EXPIRED" } });
      const unit = await lockUnit(tx, e.offeredUnitId);
      if (!unit || unit.status !== "RESERVED") throw appError("GONE", "resident.offerGone", { fields: {}, details: { status: "EXPIRED" } });

      const created = await createReservationRecord(tx, {
        unit: { id: unit.id, fromStatus: "RESERVED" },
        product: e.product,
        centre: entry.centre,
        pickupDate: input.pickupDate,
        contact: { name: e.name, phone: e.phone, email: e.email },
        consentVersion: WAITLIST_CONSENT_VERSION,
        actor: null,
        caseId: e.caseId,
        via: "waitlist",
        // the reservation speaks the language the resident joined the list in
        locale: e.locale,
        // the advice the resident joined from: the loan's outcome is learned from like a direct reservation's
        adviceSnapshotId: e.adviceSnapshotId,
      });
      await tx.waitlistEntry.update({
        where: { id: e.id },
        data: { status: "ACCEPTED", reservationId: created.id, eraseAfter: eraseAfterFrom(now, env().RETENTION_DAYS) },
      });
      return created;
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw appError("GONE", "resident.offerGone");
    throw error;
  }
}
