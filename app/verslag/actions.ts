"use server";

import { redirect } from "next/navigation";
import type { CaseFormState } from "@/components/consultant/form-state";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { findCaseByReportCode } from "@/lib/server/cases/get-report-by-code";
import { saveResidentResponse } from "@/lib/server/cases/save-resident-response";
import { lookupByCode } from "@/lib/api/rate-limit";

/** The longest response (lib/schemas/case.ts residentResponseSchema says the same). */
const MAX_RESPONSE = 4000;

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

/** The resident types the code from the consultant: open the report. Messages in the resident's language. */
export async function openReport(_state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const t = translatorFor(await getRequestLocale(), "report");
  const typed = text(formData, "code");
  if (!typed.trim()) return { errors: { code: [t("page.enterCode")] } };
  let code: string;
  try {
    ({ reportCode: code } = await lookupByCode(() => findCaseByReportCode(typed), { mode: "page" }));
  } catch (error) {
    if (error instanceof AppError) return { errors: { code: [error.code === "NOT_FOUND" ? t("page.notFound") : error.message] }, values: { code: typed } };
    throw error;
  }
  redirect(`/verslag/${code}`);
}

/** The resident's response to the report; it replaces an earlier one. */
export async function respondToReport(code: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const t = translatorFor(await getRequestLocale(), "report");
  const response = text(formData, "response");
  // checked here first so the message is in the resident's language; the data access checks the same again
  const trimmed = response.trim();
  if (trimmed.length === 0) return { errors: { response: [t("page.responseEmpty")] }, values: { response } };
  if (trimmed.length > MAX_RESPONSE) return { errors: { response: [t("page.responseLong", { max: MAX_RESPONSE })] }, values: { response } };
  try {
    await lookupByCode(() => saveResidentResponse({ code, response }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "NOT_FOUND") return { message: t("page.notFound"), values: { response } };
      return { message: error.code === "INVALID" ? undefined : error.message, errors: error.fields, values: { response } };
    }
    throw error;
  }
  redirect(`/verslag/${code}?reactie=ontvangen#reactie`);
}
