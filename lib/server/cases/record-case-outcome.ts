import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseOutcomeSchema, fieldErrors } from "@/lib/schemas/case";
import { findCaseToChange, touchCase } from "./case-scope";
import { findActiveProduct } from "./find-product";

/**
 * What came of trying a product: did it help (yes / partly / no), was it kept, returned or bought, and why.
 * Asked after a loan for this case ends, or entered by hand. Kept for learning and municipal insight; the
 * outcome itself holds no personal data.
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
  if (!parsed.success) throw new AppError("INVALID", "Controleer de antwoorden.", fieldErrors(parsed.error));
  return db.$transaction(async (tx) => {
    const product = await findActiveProduct(tx, parsed.data.productSlug, { includeInactive: true });
    const outcome = await tx.caseOutcome.create({
      data: { caseId: scoped.id, productId: product.id, helped: parsed.data.helped, result: parsed.data.result, why: parsed.data.why ?? "" },
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
