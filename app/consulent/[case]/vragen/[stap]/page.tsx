import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CaseHeader } from "@/components/consultant/case-header";
import { QuestionStep } from "@/components/questionnaire/question-step";
import { parseStepNumber, questionnaireSteps } from "@/components/questionnaire/steps";
import { loadCase } from "../../../_lib/load";
import { saveCaseStep } from "../../actions";

export const metadata: Metadata = { title: "Vragen samen invullen", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string; stap: string }> };

/** The resident's own questionnaire (same screens and components), filled in together on the tablet. */
export default async function CaseQuestionsPage({ params }: Props) {
  const { case: reference, stap } = await params;
  const stepNumber = parseStepNumber(stap);
  if (stepNumber === null) notFound();
  const { kase } = await loadCase(reference, "vragen");
  const steps = questionnaireSteps(kase.answers.difficulties);
  if (stepNumber > steps.length) redirect(`/consulent/${kase.reference}/vragen/${steps.length}`);
  const step = steps[stepNumber - 1]!;
  const action = saveCaseStep.bind(null, kase.reference, stepNumber);

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="vragen" />
      <QuestionStep
        step={step}
        stepNumber={stepNumber}
        totalSteps={steps.length}
        action={action}
        answers={kase.answers}
        place={{ postcode: kase.postcode, district: kase.district, municipalitySlug: kase.municipality.slug, municipalityName: kase.municipality.name }}
        together
        formClassName="text-xl"
      />
    </div>
  );
}
