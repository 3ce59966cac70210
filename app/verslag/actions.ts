"use server";

import { redirect } from "next/navigation";
import type { CaseFormState } from "@/components/consultant/form-state";
import { AppError } from "@/lib/errors";
import { findCaseByReportCode } from "@/lib/server/cases/get-report-by-code";
import { saveResidentResponse } from "@/lib/server/cases/save-resident-response";
import { lookupByCode } from "@/lib/api/rate-limit";

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

/** The resident types the code from the consultant: open the report. */
export async function openReport(_state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const typed = text(formData, "code");
  if (!typed.trim()) return { errors: { code: ["Vul de code in die u van uw Wmo-consulent kreeg."] } };
  let code: string;
  try {
    ({ reportCode: code } = await lookupByCode(() => findCaseByReportCode(typed), { mode: "page" }));
  } catch (error) {
    if (error instanceof AppError) return { errors: { code: [error.message] }, values: { code: typed } };
    throw error;
  }
  redirect(`/verslag/${code}`);
}

/** The resident's response to the report; it replaces an earlier one. */
export async function respondToReport(code: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  try {
    await lookupByCode(() => saveResidentResponse({ code, response: text(formData, "response") }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError) return { message: error.code === "INVALID" ? undefined : error.message, errors: error.fields, values: { response: text(formData, "response") } };
    throw error;
  }
  redirect(`/verslag/${code}?reactie=ontvangen#reactie`);
}
