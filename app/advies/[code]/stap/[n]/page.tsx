import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeReminder } from "@/components/questionnaire/code-reminder";
import { QuestionStep, stepSectionLabel } from "@/components/questionnaire/question-step";
import { parseStepNumber, questionnaireSteps, type QuestionnaireStep } from "@/components/questionnaire/steps";
import { loadAssessment } from "../../load";
import { getWelcomeText } from "@/lib/server/public/list-privacy-contacts";
import { saveStep } from "./actions";
import { getTranslations } from "next-intl/server";
import { OwnWordsForm, type OwnWordsTexts } from "@/components/questionnaire/own-words-form";
import { ownWordsAction } from "./own-words-actions";

const OWN_WORDS_KEYS = ["heading", "label", "hint", "submit", "understood", "question", "because", "confirm", "chooseMyself", "notUnderstood", "consentLabel", "consentHint", "keep", "kept", "errorSummary"] as const;
import { getRequestLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; n: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

async function resolve(params: Props["params"]) {
  const { code, n } = await params;
  const assessment = await loadAssessment(code);
  // not a step number at all: on to where the resident was
  const stepNumber = parseStepNumber(n);
  if (stepNumber === null) redirect(`/advies/${assessment.code}`);
  const steps = questionnaireSteps(assessment.answers.difficulties, await getRequestLocale());
  return { code, stepNumber, assessment, steps };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { stepNumber, steps } = await resolve(params);
  const t = await getTranslations("questionnaire");
  const step = steps[Math.min(stepNumber, steps.length) - 1];
  // the total is known only after the difficulties: it depends on what is chosen
  const position = (s: QuestionnaireStep) => (s.kind === "difficulties" ? t("progress", { current: stepNumber }) : t("progressOf", { current: stepNumber, total: steps.length }));
  return { title: step ? `${position(step)}: ${stepSectionLabel(step, (v) => t("sectionPart", v))}` : t("questions"), robots: { index: false, follow: false } };
}

export default async function StepPage({ params, searchParams }: Props) {
  const { code, stepNumber, assessment, steps } = await resolve(params);
  // a tidy address (typed in lower case, or a step that no longer exists after changing the first answer)
  if (code !== assessment.code || stepNumber > steps.length) {
    redirect(`/advies/${assessment.code}/stap/${Math.min(stepNumber, steps.length)}`);
  }
  const step = steps[stepNumber - 1]!;
  const action = saveStep.bind(null, assessment.code, stepNumber);

  // the municipality's own welcome, above its first question (set on /beheer/instellingen)
  const welcome = stepNumber === 1 ? await getWelcomeText(assessment.municipality.slug) : "";
  // the need in the resident's own words, on the first question screen only (lib/words)
  let ownWords: React.ReactNode = null;
  let confirmed: string | null = null;
  if (stepNumber === 1) {
    const t = await getTranslations("words.ownWords");
    const texts = Object.fromEntries(OWN_WORDS_KEYS.map((k) => [k, k === "because" ? t.raw(k) : t(k)])) as OwnWordsTexts;
    ownWords = <OwnWordsForm action={ownWordsAction.bind(null, assessment.code)} texts={texts} />;
    if ((await searchParams)?.begrepen !== undefined) confirmed = t("confirmed");
  }
  const reminderLocale = await getRequestLocale();
  const welcomeLabel = (await getTranslations("questionnaire"))("welcome", { municipality: assessment.municipality.name });
  return (
    <div className="space-y-8">
      {welcome ? (
        <aside
          aria-label={welcomeLabel}
          className="max-w-prose whitespace-pre-line rounded-xl border-2 border-brand-700 bg-white p-4 text-lg"
          dir="auto"
        >
          {welcome}
        </aside>
      ) : null}
      {ownWords}
      <div id="keuzes" tabIndex={-1} className="space-y-8">
      {confirmed ? (
        <p role="status" className="max-w-prose rounded-lg border-s-4 border-good-700 bg-white p-3 text-lg font-semibold">
          {confirmed}
        </p>
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
      </div>
      <CodeReminder code={assessment.code} locale={reminderLocale} />
    </div>
  );
}
