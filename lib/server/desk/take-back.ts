import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { eraseAfterFrom } from "@/lib/server/lending/rules";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { checkinChecklistSchema, fieldErrors, matchChecklist, productChecklist } from "@/lib/schemas/desk";
import { dateToDay } from "@/lib/util/dates";
import { CHANGED_MEANWHILE, LOAN_NOT_FOUND, checkId, conflict, dayFromToday, deskCentreIds, notFound, TX_OPTIONS } from "./desk-scope";
import { DEFAULT_REPAIR_DAYS } from "./send-to-repair";
import { eventName, type UnitStatus } from "./unit-transitions";

export interface TakeBackResult {
  loanId: string;
  unitId: string;
  reservationId: string | null;
  status: Extract<UnitStatus, "CLEANING" | "REPAIR">;
  untilDay: string;
}

/**
 * The resident brings the item back: the ACTIVE loan of the actor's centres becomes RETURNED and the unit goes to
 * CLEANING until today + the cleaningDays setting of the centre's municipality (lending stays blocked until "Schoonmaak klaar"), or to REPAIR when it came
 * back damaged. The check-in checklist is stored with the loan; what is missing or broken goes into the history.
 */
export async function takeBack({ actor, loanId, checklist }: { actor: Actor; loanId: string; checklist: unknown }): Promise<TakeBackResult> {
  const centreIds = deskCentreIds(actor, LOAN_NOT_FOUND);
  checkId(loanId, LOAN_NOT_FOUND);
  const parsed = checkinChecklistSchema.safeParse(checklist);
  if (!parsed.success) {
    const fields = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [`checklist.${k}`, v]));
    throw appError("INVALID", "staff.checkTheChecklist", { fields });
  }
  const { note, items: ticked, ...answers } = parsed.data;
  const damaged = answers.damage;
  const to = damaged ? "REPAIR" : "CLEANING";

  return db.$transaction(async (tx) => {
    const loan = await tx.loan.findFirst({
      where: { id: loanId, unit: { centreId: { in: centreIds } } },
      select: { id: true, status: true, unitId: true, reservationId: true, unit: { select: { centreId: true, product: { select: { checklist: true } }, centre: { select: { municipalityId: true } } } } },
    });
    if (!loan) throw notFound(LOAN_NOT_FOUND);
    if (loan.status !== "ACTIVE") throw conflict("staff.alreadyReturned");
    // what came back, point by point of the product's own list; something missing or broken needs a note
    const { results } = matchChecklist(productChecklist(loan.unit.product.checklist), ticked);
    const complete = results.every((r) => r.ok);
    if (damaged && !note) throw appError("INVALID", "staff.checkTheChecklist", { fieldMessage: { field: "checklist.note", key: "staff.describeDamage" } });
    if (!complete && !note) throw appError("INVALID", "staff.checkTheChecklist", { fieldMessage: { field: "checklist.note", key: "staff.describeMissing" } });

    const settings = await loadMunicipalitySettings(loan.unit.centre.municipalityId, tx);
    const statusUntil = dayFromToday(damaged ? DEFAULT_REPAIR_DAYS : settings.cleaningDays);
    const now = new Date();
    const returned = await tx.loan.updateMany({
      where: { id: loan.id, status: "ACTIVE", unit: { centreId: { in: centreIds } } },
      data: { status: "RETURNED", returnedAt: now, checkinChecklist: { items: results, complete, ...answers, note } },
    });
    if (returned.count !== 1) throw conflict(CHANGED_MEANWHILE);

    const unit = await tx.lendingUnit.updateMany({
      where: { id: loan.unitId, status: "ON_LOAN", centreId: { in: centreIds } },
      data: { status: to, statusUntil },
    });
    if (unit.count !== 1) throw conflict("staff.unitNotOnLoan");

    if (loan.reservationId) {
      await tx.reservation.update({ where: { id: loan.reservationId }, data: { eraseAfter: eraseAfterFrom(now, settings.retentionDays) } });
    }
    const parts = [complete ? "" : `Niet compleet: ${results.filter((r) => !r.ok).map((r) => r.text).join(", ")}.`, answers.needsCleaning ? "Extra schoonmaken." : "", note].filter(Boolean);
    await tx.unitEvent.create({
      data: { unitId: loan.unitId, fromStatus: "ON_LOAN", toStatus: to, action: eventName(damaged ? "take_back_damaged" : "take_back"), note: parts.join(" "), actorId: actor.userId },
    });
    await recordAuditEvent(
      {
        actor,
        action: "loan.checkin",
        entityType: "Loan",
        entityId: loan.id,
        municipalityId: loan.unit.centre.municipalityId,
        details: { centreId: loan.unit.centreId, unitId: loan.unitId, to, complete, damage: damaged },
      },
      tx,
    );
    return { loanId: loan.id, unitId: loan.unitId, reservationId: loan.reservationId, status: to, untilDay: dateToDay(statusUntil) };
  }, TX_OPTIONS);
}
