import "server-only";
import { db } from "@/lib/db";
import { appError, errorText } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { findCaseToChange, touchCase } from "./case-scope";
import { findActiveProduct } from "./find-product";

export const MONITORING_NOT_AGREED = errorText({ key: "staff.monitoringNotAgreed" });

/**
 * Marks whether the resident wants to try a product. A monitoring product (sensors, GPS tracker, fall detection,
 * video doorbell, ...) can only be marked after its explanation was recorded AND the resident agreed.
 */
export async function setCaseChoice({
  actor,
  reference,
  productSlug,
  wantsToTry,
}: {
  actor: Actor | null;
  reference: string;
  productSlug: string;
  wantsToTry: boolean;
}): Promise<void> {
  const scoped = await findCaseToChange(actor, reference);
  await db.$transaction(async (tx) => {
    const product = await findActiveProduct(tx, productSlug);
    const existing = await tx.caseChoice.findUnique({ where: { caseId_productId: { caseId: scoped.id, productId: product.id } } });
    if (wantsToTry && product.isMonitoring && !(existing?.monitoringExplainedAt && existing.monitoringDecision === "agreed")) {
      throw appError("INVALID", "staff.monitoringNotAgreed", { details: { reason: "monitoring_not_agreed" } });
    }
    if (existing) await tx.caseChoice.update({ where: { id: existing.id }, data: { wantsToTry } });
    else await tx.caseChoice.create({ data: { caseId: scoped.id, productId: product.id, wantsToTry } });
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      { actor: scoped.actor, action: "case.choice", entityType: "Case", entityId: scoped.id, municipalityId: scoped.municipalityId, details: { op: "mark", productSlug: product.slug, wantsToTry } },
      tx,
    );
  });
}
