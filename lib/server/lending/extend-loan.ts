import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError, AppError } from "@/lib/errors";
import { canWorkAtCentre, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { dayToDate, formatDayLong, isoDateInAmsterdam } from "@/lib/util/dates";
import { calendarOf, calendarSelect } from "./calendar";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { decideExtension, effectiveMaxExtensions, type ExtensionDecision } from "./extension-rules";
import { eraseAfterFrom } from "./rules";
import { TX_OPTIONS, type Tx } from "./shared";

export { SOMEONE_WAITING } from "./extension-rules";

export interface LoanExtended {
  loanId: string;
  dueAt: Date;
  extensions: number;
}


/**
 * Whether a loan can be extended now, and until which day (the rule in extension-rules.ts with the facts from the
 * database: the product's limits, who waits at that centre, reservations on the unit, the centre's calendar).
 * Used by extendLoan (which enforces it under a row lock) and by the desk to show the reason before anyone clicks.
 */
export async function extensionDecisionFor(client: Tx | typeof db, loanId: string): Promise<ExtensionDecision> {
  const loan = await client.loan.findUniqueOrThrow({
    where: { id: loanId },
    select: {
      status: true,
      startedAt: true,
      dueAt: true,
      extensions: true,
      unitId: true,
      unit: {
        select: {
          productId: true,
          centreId: true,
          product: { select: { loanPeriodDays: true, maxExtensions: true, maxLoanDays: true } },
          centre: { select: { ...calendarSelect, municipalityId: true } },
        },
      },
    },
  });
  const settings = await loadMunicipalitySettings(loan.unit.centre.municipalityId, client);
  const [waiting, reservationsForUnit] = await Promise.all([
    client.waitlistEntry.count({ where: { productId: loan.unit.productId, centreId: loan.unit.centreId, status: { in: ["WAITING", "OFFERED"] } } }),
    client.reservation.count({ where: { unitId: loan.unitId, status: "RESERVED" } }),
  ]);
  return decideExtension({
    loanStatus: loan.status,
    startDay: isoDateInAmsterdam(loan.startedAt),
    dueDay: isoDateInAmsterdam(loan.dueAt),
    extensions: loan.extensions,
    loanPeriodDays: loan.unit.product.loanPeriodDays,
    maxExtensions: effectiveMaxExtensions(loan.unit.product.maxExtensions, settings.maxExtensions),
    maxLoanDays: loan.unit.product.maxLoanDays,
    waiting,
    reservationsForUnit,
    calendar: calendarOf(loan.unit.centre),
  });
}

/**
 * Extends an active loan (see extension-rules.ts): at most effectiveMaxExtensions times (product and municipality), never beyond Product.maxLoanDays
 * after it started, only when nobody waits for the product at that centre; the new due day is an opening day.
 * Refused -> CONFLICT with the Dutch reason (details.reason says which rule). Only the centre's own staff: another
 * centre's loan is NOT_FOUND. The loan row is locked, so two clicks at once cannot both extend. Writes the unit's
 * history line and the audit line in the same transaction (the desk, the API and any other path get both).
 */
export async function extendLoan(input: { actor: Actor; loanId: string; now?: Date }): Promise<LoanExtended> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const found =
    actor.role === "CENTRE_STAFF" && typeof input.loanId === "string"
      ? await db.loan.findFirst({ where: { id: input.loanId, unit: { centreId: { in: actor.centreIds } } }, select: { id: true, unit: { select: { centreId: true } } } })
      : null;
  if (!found || !canWorkAtCentre(actor, found.unit.centreId)) throw appError("NOT_FOUND", "staff.loanUnknown");

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Loan" WHERE "id" = ${found.id} FOR UPDATE`;
    const decision = await extensionDecisionFor(tx, found.id);
    if (!decision.allowed) throw new AppError("CONFLICT", decision.message, {}, { reason: decision.reason });

    const loan = await tx.loan.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, reservationId: true, unitId: true, unit: { select: { status: true, centreId: true, centre: { select: { municipalityId: true } } } } },
    });
    const dueAt = dayToDate(decision.newDueDay);
    const updated = await tx.loan.update({ where: { id: loan.id }, data: { dueAt, extensions: { increment: 1 } }, select: { dueAt: true, extensions: true } });
    if (loan.reservationId) {
      await tx.reservation.update({ where: { id: loan.reservationId }, data: { eraseAfter: eraseAfterFrom(dueAt, env().RETENTION_DAYS) } });
    }
    await tx.unitEvent.create({
      data: {
        unitId: loan.unitId,
        fromStatus: loan.unit.status,
        toStatus: loan.unit.status,
        action: "extended",
        note: `Verlengd tot ${formatDayLong(decision.newDueDay)}`,
        actorId: actor.userId,
      },
    });
    await recordAuditEvent(
      {
        actor,
        action: "loan.extend",
        entityType: "Loan",
        entityId: loan.id,
        municipalityId: loan.unit.centre.municipalityId,
        details: { centreId: loan.unit.centreId, extensions: updated.extensions, at: now.toISOString() },
      },
      tx,
    );
    return { loanId: loan.id, dueAt: updated.dueAt, extensions: updated.extensions };
  }, TX_OPTIONS);
}
