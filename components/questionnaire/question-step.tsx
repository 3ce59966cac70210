import { getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/matching/types";
import { listDistricts } from "@/lib/server/assessments/list-place-options";
import { ContextQuestionForm } from "./context-question-form";
import { DifficultiesForm } from "./difficulties-form";
import { PlaceForm, type PlaceTexts } from "./place-form";
import { QuestionProgress } from "./progress";
import type { QuestionnaireTexts, StepFormAction } from "./form-state";
import type { QuestionnaireStep } from "./steps";

export interface QuestionStepProps {
  step: QuestionnaireStep;
  stepNumber: number;
  totalSteps: number;
  action: StepFormAction;
  answers: Answers;
  place: { postcode: string | null; district: string | null; municipalitySlug: string; municipalityName: string };
  together: boolean;
  /** classes around the form only, e.g. larger type at the kitchen table */
  formClassName?: string;
}

/** "Wat gaat moeilijk? (deel 2 van 3)" or the context section's name; `part` is the translated pattern. */
export function stepSectionLabel(step: QuestionnaireStep, part?: (values: { section: string; screen: number; screens: number }) => string): string {
  if (step.kind !== "difficulties") return step.section;
  const values = { section: step.section, screen: step.screen, screens: step.screens };
  return part ? part(values) : `${step.section} (deel ${step.screen} van ${step.screens})`;
}

/** The questionnaire's words in the request's language, for the client forms. */
export async function questionnaireTexts(): Promise<QuestionnaireTexts> {
  const t = await getTranslations("questionnaire");
  const keys = ["difficultiesHeading", "chooseAll", "together", "skipUnknown", "why", "skipHint", "unknown", "next", "back", "toAdvice", "placeHeading"] as const;
  const texts = Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<QuestionnaireTexts, "parts">;
  // "{screens}" stays a placeholder: the client form fills it in
  return { ...texts, parts: t.raw("parts") as string };
}

/**
 * One screen of the questionnaire with its progress line: the same screens for a resident alone (/advies) and for a
 * consultant with a resident at the kitchen table (/consulent/…/vragen). The page decides where answers are saved.
 */
export async function QuestionStep({ step, stepNumber, totalSteps, action, answers, place, together, formClassName }: QuestionStepProps) {
  const texts = await questionnaireTexts();
  const t = await getTranslations("questionnaire");
  let form: React.ReactNode;
  if (step.kind === "difficulties") {
    form = (
      <DifficultiesForm
        key={`moeilijk-${step.screen}`}
        action={action}
        groups={step.groups}
        screen={step.screen}
        screens={step.screens}
        chosen={answers.difficulties}
        together={together}
        texts={texts}
      />
    );
  } else if (step.kind === "context") {
    const answer = answers.context[step.question.code];
    form = <ContextQuestionForm key={step.question.code} action={action} question={step.question} current={answer === undefined ? null : String(answer)} texts={texts} />;
  } else {
    const districts = await listDistricts({ municipalitySlug: place.municipalitySlug });
    const placeTexts: PlaceTexts = {
      intro: t("place.intro"),
      postcode: t("place.postcode"),
      example: t("place.example"),
      orDistrict: t("place.orDistrict"),
      districtHint: t("place.districtHint", { municipality: place.municipalityName }),
      noDistrict: t("place.noDistrict"),
    };
    form = (
      <PlaceForm action={action} postcode={place.postcode} district={place.district} districts={districts} municipalityName={place.municipalityName} texts={texts} placeTexts={placeTexts} />
    );
  }
  return (
    <>
      <QuestionProgress
        current={stepNumber}
        total={step.kind === "difficulties" ? null : totalSteps}
        section={stepSectionLabel(step, (v) => t("sectionPart", v))}
        label={step.kind === "difficulties" ? t("progress", { current: stepNumber }) : t("progressOf", { current: stepNumber, total: totalSteps })}
      />
      {formClassName ? <div className={formClassName}>{form}</div> : form}
    </>
  );
}
