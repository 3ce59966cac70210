import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeReminder } from "@/components/questionnaire/code-reminder";
import { ContextQuestionForm } from "@/components/questionnaire/context-question-form";
import { DifficultiesForm } from "@/components/questionnaire/difficulties-form";
import { PlaceForm } from "@/components/questionnaire/place-form";
import { QuestionProgress } from "@/components/questionnaire/progress";
import { parseStepNumber, questionnaireSteps, type QuestionnaireStep } from "@/components/questionnaire/steps";
import { listDistricts } from "@/lib/server/assessments/list-place-options";
import { loadAssessment } from "../../load";
import { saveStep } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; n: string }> };

async function resolve(params: Props["params"]) {
  const { code, n } = await params;
  const assessment = await loadAssessment(code);
  // not a step number at all: on to where the resident was
  const stepNumber = parseStepNumber(n);
  if (stepNumber === null) redirect(`/advies/${assessment.code}`);
  const steps = questionnaireSteps(assessment.answers.difficulties);
  return { code, stepNumber, assessment, steps };
}

/** The total is known only after the difficulties: it depends on what is chosen. */
const position = (n: number, total: number, step: QuestionnaireStep) => (step.kind === "difficulties" ? `Vraag ${n}` : `Vraag ${n} van ${total}`);
const sectionLabel = (step: QuestionnaireStep) => (step.kind === "difficulties" ? `${step.section} (deel ${step.screen} van ${step.screens})` : step.section);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { stepNumber, steps } = await resolve(params);
  const step = steps[Math.min(stepNumber, steps.length) - 1];
  return { title: step ? `${position(stepNumber, steps.length, step)}: ${sectionLabel(step)}` : "Vragen", robots: { index: false, follow: false } };
}

export default async function StepPage({ params }: Props) {
  const { code, stepNumber, assessment, steps } = await resolve(params);
  // a tidy address (typed in lower case, or a step that no longer exists after changing the first answer)
  if (code !== assessment.code || stepNumber > steps.length) {
    redirect(`/advies/${assessment.code}/stap/${Math.min(stepNumber, steps.length)}`);
  }
  const step = steps[stepNumber - 1]!;
  const action = saveStep.bind(null, assessment.code, stepNumber);

  let form: React.ReactNode;
  if (step.kind === "difficulties") {
    form = (
      <DifficultiesForm
        key={`moeilijk-${step.screen}`}
        action={action}
        groups={step.groups}
        screen={step.screen}
        screens={step.screens}
        chosen={assessment.answers.difficulties}
        together={assessment.together === "family"}
      />
    );
  } else if (step.kind === "context") {
    const answer = assessment.answers.context[step.question.code];
    form = <ContextQuestionForm key={step.question.code} action={action} question={step.question} current={answer === undefined ? null : String(answer)} />;
  } else {
    const districts = await listDistricts({ municipalitySlug: assessment.municipality.slug });
    form = (
      <PlaceForm
        action={action}
        postcode={assessment.postcode}
        district={assessment.district}
        districts={districts}
        municipalityName={assessment.municipality.name}
      />
    );
  }

  return (
    <div className="space-y-8">
      <QuestionProgress current={stepNumber} total={step.kind === "difficulties" ? null : steps.length} section={sectionLabel(step)} />
      {form}
      <CodeReminder code={assessment.code} />
    </div>
  );
}
