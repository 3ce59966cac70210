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
import { expertFit } from "@/lib/learning/model";
import type { CatalogueProduct } from "@/lib/matching/types";
import { isDifficultyCode, type DifficultyCode } from "@/lib/questions/codes";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { createAdviceSnapshot } from "@/lib/server/outcomes/create-snapshot";
import { appError, errorText } from "@/lib/errors";
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
  /**
   * Optional: the difficulty (a questionnaire code) the person borrows it for, chosen at the desk among those the
   * product addresses. With it the loan gets a desk snapshot (product and difficulty; no rank, score or context), so
   * its outcome counts in the learning for that difficulty; without it the outcome is recorded and counted in the
   * insight, but not learned from.
   */
  difficulty?: string | null;
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
  const difficultyAsked = typeof input.difficulty === "string" && input.difficulty.trim() !== "" ? input.difficulty.trim() : null;
  const catalogue = difficultyAsked ? await getCatalogue() : null;

  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockUnit(tx, input.unitId);
      if (!locked || !centreIds.includes(locked.centreId)) throw notFound(UNIT_NOT_FOUND);
      if (locked.status !== "AVAILABLE") throw conflict("staff.unitNotAvailableChooseOther");
      const waiting = await tx.waitlistEntry.count({ where: { productId: locked.productId, centreId: locked.centreId, status: { in: ["WAITING", "OFFERED"] } } });
      if (waiting > 0) throw conflict(PEOPLE_WAITING);

      // one after the other: the transaction's connection takes one query at a time
      const product = await tx.product.findUniqueOrThrow({ where: { id: locked.productId }, select: { id: true, slug: true, lendable: true, active: true, loanPeriodDays: true, maxLoanDays: true, checklist: true } });
      const centre = await tx.lendingCentre.findUniqueOrThrow({ where: { id: locked.centreId }, select: { id: true, municipalityId: true, ...calendarSelect } });
      if (!product.lendable || !product.active) throw conflict("staff.productNoLongerLent");
      const checkout = checkoutAgainst(product.checklist, answers);
      const difficulty = difficultyAsked ? walkInDifficulty(difficultyAsked, catalogue?.products.find((p) => p.slug === product.slug)) : null;
      const snapshot = difficulty
        ? await createAdviceSnapshot(
            {
              source: "desk",
              assessmentId: null,
              municipalityId: centre.municipalityId,
              engineVersion: "none",
              catalogueVersion: catalogue?.version ?? null,
              difficulties: [difficulty],
              context: {},
              items: [{ slug: product.slug, rank: null, score: null, difficulties: [difficulty] }],
              result: null,
            },
            tx,
          )
        : null;
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
          adviceSnapshotId: snapshot?.id ?? null,
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
          details: { centreId: centre.id, unitId: locked.id, reservationId: reservation.id, ...(difficulty ? { difficulty } : {}) },
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

export const DIFFICULTY_NOT_ADDRESSED = errorText({ key: "staff.walkInDifficultyNotAddressed" });

/** The walk-in's difficulty: a questionnaire code the product addresses (catalogue rules), else INVALID on the field. */
function walkInDifficulty(code: string, product: Pick<CatalogueProduct, "rules"> | undefined): DifficultyCode {
  if (!isDifficultyCode(code) || !product || expertFit(product, code) === null) {
    throw appError("INVALID", "staff.walkInDifficultyNotAddressed", { field: "difficulty" });
  }
  return code;
}

/**
 * The difficulties a walk-in may be lent for (the optional choice on the walk-in form): the questionnaire's codes the
 * product addresses in the published catalogue, best expert fit first, with their Dutch labels.
 */
export async function walkInDifficultyOptions(productSlug: string): Promise<{ code: DifficultyCode; label: string }[]> {
  const product = (await getCatalogue()).products.find((p) => p.slug === productSlug);
  if (!product) return [];
  return ALL_DIFFICULTIES.flatMap((d) => {
    const fit = expertFit(product, d.code);
    return fit === null ? [] : [{ code: d.code, label: d.label, fit }];
  })
    .sort((a, b) => b.fit - a.fit)
    .map(({ code, label }) => ({ code, label }));
}
