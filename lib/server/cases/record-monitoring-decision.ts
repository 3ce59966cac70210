import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { MonitoringDecision } from "@/lib/schemas/case";
import { MONITORING_DECISIONS } from "@/lib/schemas/case";
import { findCaseToChange, touchCase } from "./case-scope";
import { findActiveProduct } from "./find-product";

/**
 * Records that the consultant explained a monitoring product (what it records, who sees what, how to stop) and what
 * the resident decided. Declining also un-marks the product. Only monitoring products need (and accept) this.
 */
export async function recordMonitoringDecision({
  actor,
  reference,
  productSlug,
  decision,
}: {
  actor: Actor | null;
  reference: string;
  productSlug: string;
  decision: MonitoringDecision;
}): Promise<void> {
  const scoped = await findCaseToChange(actor, reference);
  if (!MONITORING_DECISIONS.includes(decision)) throw appError("INVALID", "staff.chooseMonitoringDecision");
  await db.$transaction(async (tx) => {
    const product = await findActiveProduct(tx, productSlug);
    if (!product.isMonitoring) throw appError("INVALID", "staff.productMonitorsNothing");
    const now = new Date();
    await tx.caseChoice.upsert({
      where: { caseId_productId: { caseId: scoped.id, productId: product.id } },
      create: { caseId: scoped.id, productId: product.id, wantsToTry: false, monitoringExplainedAt: now, monitoringDecision: decision },
      update: { monitoringExplainedAt: now, monitoringDecision: decision, ...(decision === "declined" ? { wantsToTry: false } : {}) },
    });
    await touchCase(tx, scoped.id);
    await recordAuditEvent(
      {
        actor: scoped.actor,
        action: "case.choice",
        entityType: "Case",
        entityId: scoped.id,
        municipalityId: scoped.municipalityId,
        details: { op: "monitoring_explained", productSlug: product.slug, decision },
      },
      tx,
    );
  });
}
