"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { FIELD, type StepFormState } from "@/components/questionnaire/form-state";
import { questionnaireSteps } from "@/components/questionnaire/steps";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getAssessmentByCode } from "@/lib/server/assessments/get-assessment-by-code";
import { normaliseCode } from "@/lib/util/codes";
import { lookupByCode } from "@/lib/api/rate-limit";
import { getRequestLocale } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

/** The code as typed, normalised; its messages in the resident's language. */
const codeSchema = (locale: Locale) => {
  const t = translatorFor(locale, "questionnaire");
  return z
    .string()
    .transform(normaliseCode)
    .pipe(z.string().min(1, { error: t("resume.empty") }).regex(/^[0-9A-Z]{8}$/, { error: t("resume.format") }));
};

/** Resume with a code: back to the question where the resident stopped, or to the advice when all is answered. */
export async function resumeAssessment(_state: StepFormState, formData: FormData): Promise<StepFormState> {
  const raw = formData.get(FIELD.code);
  const typed = typeof raw === "string" ? raw.slice(0, 40) : "";
  const locale = await getRequestLocale();
  const parsed = codeSchema(locale).safeParse(typed);
  if (!parsed.success) {
    return { errors: { [FIELD.code]: parsed.error.issues.map((i) => i.message) }, values: { [FIELD.code]: typed } };
  }
  let target: string;
  try {
    const assessment = await lookupByCode(() => getAssessmentByCode({ code: parsed.data }), { mode: "page" });
    const steps = questionnaireSteps(assessment.answers.difficulties);
    target = assessment.step > steps.length ? `/advies/${assessment.code}/advies` : `/advies/${assessment.code}/stap/${Math.max(1, assessment.step)}`;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return {
        errors: { [FIELD.code]: [translatorFor(locale, "questionnaire")("resume.notFound", { days: env().RETENTION_DAYS })] },
        values: { [FIELD.code]: typed },
      };
    }
    throw error;
  }
  redirect(target);
}
