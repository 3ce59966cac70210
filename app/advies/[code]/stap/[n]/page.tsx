import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeReminder } from "@/components/questionnaire/code-reminder";
import { QuestionStep, stepSectionLabel } from "@/components/questionnaire/question-step";
import { parseStepNumber, questionnaireSteps, type QuestionnaireStep } from "@/components/questionnaire/steps";
import { loadAssessment } from "../../load";
import { getWelcomeText } from "@/lib/server/public/list-privacy-contacts";
import { saveStep } from "./actions";
import { getRequestLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; n: string }> };

async function resolve(params: Props["params"]) {
  const { code, n } = await params;
  const assessment = await loadAssessment(code);
  // not a step number at all: on to where the resident was
  const stepNumber = parseStepNumber(n);
  if (stepNumber === null) redirect(`/advies/${assessment.code}`);
  const steps = questionnaireSteps(assessment.answers.difficulties, await getRequestLocale());
  return { code, stepNumber, assessment, steps };
}

/** The total is known only after the difficulties: it depends on what is chosen. */
const position = (n: number, total: number, step: QuestionnaireStep) => (step.kind === "difficulties" ? `Vraag ${n}` : `Vraag ${n} van ${total}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { stepNumber, steps } = await resolve(params);
  const step = steps[Math.min(stepNumber, steps.length) - 1];
  return { title: step ? `${position(stepNumber, steps.length, step)}: ${stepSectionLabel(step)}` : "Vragen", robots: { index: false, follow: false } };
}

export default async function StepPage({ params }: Props) {
  const { code, stepNumber, assessment, steps } = await resolve(params);
  // a tidy address (typed in lower case, or a step that no longer exists after changing the first answer)
  if (code !== assessment.code || stepNumber > steps.length) {
    redirect(`/advies/${assessment.code}/stap/${Math.min(stepNumber, steps.length)}`);
  }
  const step = steps[stepNumber - 1]!;
  const action = saveStep.bind(null, assessment.code, stepNumber);

  // the municipality's own welcome, above its first question (set on /beheer/instellingen)
  const welcome = stepNumber === 1 ? await getWelcomeText(assessment.municipality.slug) : "";
  return (
    <div className="space-y-8">
      {welcome ? (
        <aside aria-label={`Welkom van de gemeente ${assessment.municipality.name}`} className="max-w-prose whitespace-pre-line rounded-xl border-2 border-brand-700 bg-white p-4 text-lg">
          {welcome}
        </aside>
      ) : null}
      <QuestionStep
        step={step}
        stepNumber={stepNumber}
        totalSteps={steps.length}
        action={action}
        answers={assessment.answers}
        place={{ postcode: assessment.postcode, district: assessment.district, municipalitySlug: assessment.municipality.slug, municipalityName: assessment.municipality.name }}
        together={assessment.together === "family"}
      />
      <CodeReminder code={assessment.code} />
    </div>
  );
}
