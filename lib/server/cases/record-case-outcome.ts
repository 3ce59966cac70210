import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseOutcomeSchema, fieldErrors } from "@/lib/schemas/case";
import { findCaseToChange, touchCase } from "./case-scope";
import { findActiveProduct } from "./find-product";
import { snapshotFacts } from "@/lib/server/outcomes/snapshot-facts";

/**
 * What came of trying a product: did it help (yes / partly / no), was it kept, returned or bought, and why.
 * Asked after a loan for this case ends, or entered by hand. The same Outcome record as the desk's and the
 * resident's (lib/server/outcomes), linked to the advice snapshot when there is one, so it counts for learning too.
 * The outcome holds no personal data except `why`, which is blanked when the case is erased.
 */
export async function recordCaseOutcome({
  actor,
  reference,
  productSlug,
  helped,
  result,
  why,
}: {
  actor: Actor | null;
  reference: string;
  productSlug: string;
  helped: string;
  result: string;
  why?: string | null;
}): Promise<{ id: string }> {
  const scoped = await findCaseToChange(actor, reference);
  const parsed = caseOutcomeSchema.safeParse({ productSlug, helped, result, why: why ?? undefined });
  if (!parsed.success) throw appError("INVALID", "staff.checkTheAnswers", { fields: fieldErrors(parsed.error) });
  return db.$transaction(async (tx) => {
    const product = await findActiveProduct(tx, parsed.data.productSlug, { includeInactive: true });
    // the advice that led to it: the snapshot of this case's reservation of the product, else the case's last advice
    const reserved = await tx.reservation.findFirst({ where: { caseId: scoped.id, productId: product.id, adviceSnapshotId: { not: null } }, orderBy: { createdAt: "desc" }, select: { adviceSnapshot: { select: { id: true, items: true } } } });
    const snapshot = reserved?.adviceSnapshot ?? (await tx.adviceSnapshot.findFirst({ where: { assessment: { caseId: scoped.id } }, orderBy: { createdAt: "desc" }, select: { id: true, items: true } }));
    // a loan of this case already has its outcome from the desk or the resident's link, linked to the same advice: the
    // consultant's answer is kept and shown, but not linked again, so the learning counts the loan once
    const learnedAlready = await tx.outcome.count({ where: { caseId: scoped.id, productId: product.id, loanId: { not: null }, difficulty: { not: null } } });
    const facts = snapshot && learnedAlready === 0 ? snapshotFacts(snapshot.items, product.slug) : null;
    const outcome = await tx.outcome.create({
      data: {
        municipalityId: scoped.municipalityId,
        source: "consultant",
        caseId: scoped.id,
        productId: product.id,
        helped: parsed.data.helped,
        result: parsed.data.result,
        why: parsed.data.why ?? "",
        adviceSnapshotId: facts ? snapshot!.id : null,
        difficulty: facts?.difficulty ?? null,
        rank: facts?.rank ?? null,
        score: facts?.score ?? null,
      },
    });
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      {
        actor: scoped.actor,
        action: "case.outcome",
        entityType: "Case",
        entityId: scoped.id,
        municipalityId: scoped.municipalityId,
        details: { productSlug: product.slug, helped: parsed.data.helped, result: parsed.data.result },
      },
      tx,
    );
    return { id: outcome.id };
  });
}
