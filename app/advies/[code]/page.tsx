import { redirect } from "next/navigation";
import { questionnaireSteps } from "@/components/questionnaire/steps";
import { loadAssessment } from "./load";

export const dynamic = "force-dynamic";

/** /advies/<code>: on to where the resident was, or to the advice when every question is done. */
export default async function AssessmentPage({ params }: { params: Promise<{ code: string }> }) {
  const assessment = await loadAssessment((await params).code);
  const steps = questionnaireSteps(assessment.answers.difficulties);
  redirect(assessment.step > steps.length ? `/advies/${assessment.code}/advies` : `/advies/${assessment.code}/stap/${Math.max(1, assessment.step)}`);
}
