import "server-only";
import { db } from "@/lib/db";
import { appError, type ErrorKey } from "@/lib/errors";
import type { CaseReport } from "@/lib/report/case-report";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { normaliseCode } from "@/lib/util/codes";
import { reportForCase } from "./case-report-input";
import { loadCaseDetail } from "./get-case";
import { REPORT_CODE_LENGTH } from "./share-case-report";
import type { Locale } from "@/lib/i18n/config";

export const REPORT_NOT_FOUND: ErrorKey = "resident.reportNotFound";

export interface ResidentReport {
  code: string;
  report: CaseReport;
  residentResponse: string | null;
  residentRespondedAt: Date | null;
}

/** Finds the case behind a report code as typed by a person (lower case, spaces and dashes are fine). */
export async function findCaseByReportCode(code: string, now: Date = new Date()): Promise<{ id: string; municipalityId: string; reportCode: string }> {
  const normalised = normaliseCode(code ?? "");
  if (normalised.length !== REPORT_CODE_LENGTH) throw appError("NOT_FOUND", REPORT_NOT_FOUND);
  const row = await db.case.findUnique({ where: { reportCode: normalised }, select: { id: true, municipalityId: true, reportCode: true, eraseAfter: true } });
  if (!row || !row.reportCode || row.eraseAfter <= now) throw appError("NOT_FOUND", REPORT_NOT_FOUND);
  return { id: row.id, municipalityId: row.municipalityId, reportCode: row.reportCode };
}

/**
 * The resident's copy of the report, opened with the secret report code (no account). Unknown code: NOT_FOUND.
 * Writes a "case.view" audit line without an actor (the resident).
 */
export async function getReportByCode({ code, locale }: { code: string; locale?: Locale }): Promise<ResidentReport> {
  const found = await findCaseByReportCode(code);
  const kase = await loadCaseDetail(found.id);
  const { report } = await reportForCase(kase, locale);
  await recordAuditEvent({ actor: null, action: "case.view", entityType: "Case", entityId: found.id, municipalityId: found.municipalityId, details: { part: "verslag-inwoner" } });
  return { code: found.reportCode, report, residentResponse: kase.residentResponse, residentRespondedAt: kase.residentRespondedAt };
}
