import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { fieldErrors, residentResponseSchema } from "@/lib/schemas/case";
import { touchCase } from "./case-scope";
import { findCaseByReportCode } from "./get-report-by-code";

/**
 * The resident's response to the report (Wmo: the resident may respond to the gespreksverslag). Stored on the
 * case and shown in the consultant's workspace; a new response replaces the earlier one.
 */
export async function saveResidentResponse({ code, response }: { code: string; response: string }): Promise<void> {
  const found = await findCaseByReportCode(code);
  const parsed = residentResponseSchema.safeParse({ response });
  if (!parsed.success) throw appError("INVALID", "resident.checkYourResponse", { fields: fieldErrors(parsed.error) });
  await db.$transaction(async (tx) => {
    await tx.case.update({ where: { id: found.id }, data: { residentResponse: parsed.data.response, residentRespondedAt: new Date() } });
    await touchCase(tx, found.id);
    await recordAuditEvent(
      { actor: null, action: "case.update", entityType: "Case", entityId: found.id, municipalityId: found.municipalityId, details: { part: "residentResponse" } },
      tx,
    );
  });
}
