import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { CaseReport } from "@/lib/report/case-report";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { reportForCase } from "./case-report-input";
import { getCase, type CaseDetail } from "./get-case";

/**
 * The conversation report for the consultant (the page and the PDF). Access as getCase (own municipality only);
 * writes "case.view" and a "case.report" audit line saying whether it was shown or downloaded as PDF.
 */
export async function getCaseReport({ actor, reference, format }: { actor: Actor | null; reference: string; format: "page" | "pdf" }): Promise<{ kase: CaseDetail; report: CaseReport }> {
  const kase = await getCase({ actor, reference, part: format === "pdf" ? "verslag-pdf" : "verslag" });
  const { report } = await reportForCase(kase);
  await recordAuditEvent({ actor, action: "case.report", entityType: "Case", entityId: kase.id, municipalityId: kase.municipality.id, details: { op: format } });
  return { kase, report };
}
