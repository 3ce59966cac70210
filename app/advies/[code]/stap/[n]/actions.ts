"use server";

import { redirect } from "next/navigation";
import { directionOf, type StepFormState } from "@/components/questionnaire/form-state";
import { questionnaireSteps } from "@/components/questionnaire/steps";
import { AppError } from "@/lib/errors";
import { getAdviceForAssessment } from "@/lib/server/assessments/get-advice-for-assessment";
import { getAssessmentByCode } from "@/lib/server/assessments/get-assessment-by-code";
import { saveAdviceSnapshot } from "@/lib/server/assessments/save-advice-snapshot";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { parseStepForm } from "@/components/questionnaire/parse-step-form";
import { lookupByCode } from "@/lib/api/rate-limit";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";


/**
 * Saves one screen of the questionnaire and moves on: "volgende" (validated), "overslaan", or "terug" (keeps
 * whatever was valid, never blocks going back). After the last screen the advice is kept as a snapshot.
 */
export async function saveStep(code: string, stepNumber: number, _state: StepFormState, formData: FormData): Promise<StepFormState> {
  const direction = directionOf(formData);
  const locale = await getRequestLocale();
  const t = translatorFor(locale, "questionnaire");
  const GONE: StepFormState = { message: t("errors.gone") };

  let assessment;
  try {
    assessment = await lookupByCode(() => getAssessmentByCode({ code }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return GONE;
    throw error;
  }
  const steps = questionnaireSteps(assessment.answers.difficulties);
  const step = steps[stepNumber - 1];
  if (!step) return { message: t("errors.stepGone") };

  const parsed = parseStepForm(step, formData, direction, assessment.answers.difficulties, locale);
  const hasErrors = Object.keys(parsed.errors).length > 0;
  if (hasErrors && direction !== "terug") {
    return { errors: parsed.errors, message: t("errors.checkBelow"), values: parsed.values };
  }

  let saved;
  try {
    // going back saves only what is valid; going forward also remembers where to resume
    saved = await saveAnswers({ code: assessment.code, patch: { ...(hasErrors ? {} : parsed.patch), ...(direction === "terug" ? {} : { step: stepNumber + 1 }) } });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") {
      return { errors: error.fields, message: t("errors.checkBelow"), values: parsed.values };
    }
    if (error instanceof AppError && error.code === "NOT_FOUND") return GONE;
    throw error;
  }

  if (direction === "terug") redirect(`/advies/${saved.code}/stap/${Math.max(1, stepNumber - 1)}`);

  const next = questionnaireSteps(saved.answers.difficulties);
  if (stepNumber < next.length) redirect(`/advies/${saved.code}/stap/${stepNumber + 1}`);

  // the last screen: keep what was advised (best effort: the advice page works without it)
  try {
    const { advice } = await getAdviceForAssessment({ code: saved.code });
    await saveAdviceSnapshot({ code: saved.code, result: advice });
  } catch (error) {
    console.error("advies-momentopname niet bewaard:", error instanceof Error ? error.name : "onbekende fout");
  }
  redirect(`/advies/${saved.code}/advies`);
}
