import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CaseHeader } from "@/components/consultant/case-header";
import { ContextQuestionForm } from "@/components/questionnaire/context-question-form";
import { DifficultiesForm } from "@/components/questionnaire/difficulties-form";
import { PlaceForm } from "@/components/questionnaire/place-form";
import { QuestionProgress } from "@/components/questionnaire/progress";
import { parseStepNumber, questionnaireSteps } from "@/components/questionnaire/steps";
import { listDistricts } from "@/lib/server/assessments/list-place-options";
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

  let form: React.ReactNode;
  if (step.kind === "difficulties") {
    form = (
      <DifficultiesForm
        key={`moeilijk-${step.screen}`}
        action={action}
        groups={step.groups}
        screen={step.screen}
        screens={step.screens}
        chosen={kase.answers.difficulties}
        together
      />
    );
  } else if (step.kind === "context") {
    const answer = kase.answers.context[step.question.code];
    form = <ContextQuestionForm key={step.question.code} action={action} question={step.question} current={answer === undefined ? null : String(answer)} />;
  } else {
    const districts = await listDistricts({ municipalitySlug: kase.municipality.slug });
    form = <PlaceForm action={action} postcode={kase.postcode} district={kase.district} districts={districts} municipalityName={kase.municipality.name} />;
  }

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="vragen" />
      <QuestionProgress
        current={stepNumber}
        total={step.kind === "difficulties" ? null : steps.length}
        section={step.kind === "difficulties" ? `${step.section} (deel ${step.screen} van ${step.screens})` : step.section}
      />
      <div className="text-xl">{form}</div>
    </div>
  );
}
