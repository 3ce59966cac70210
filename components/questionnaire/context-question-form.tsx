"use client";

import { useActionState } from "react";
import { fieldError } from "@/components/ui/styles";
import type { ContextQuestion } from "@/lib/questions/questionnaire";
import { ChoiceList, choiceId } from "./choice-list";
import { ErrorSummary } from "./error-summary";
import { DUTCH_QUESTIONNAIRE_TEXTS, FIELD, type QuestionnaireTexts, type StepFormAction, type StepFormState } from "./form-state";
import { StepHeading } from "./step-heading";
import { StepButtons } from "./step-buttons";

const HEADING_ID = "vraag";

/**
 * One question about the home or daily life, with "Weet ik niet". Choosing nothing skips the question.
 * The question is the page's heading and names the group of answers, so a screen reader reads it with the answers.
 */
export function ContextQuestionForm({ action, question, current, texts = DUTCH_QUESTIONNAIRE_TEXTS }: { action: StepFormAction; question: ContextQuestion; current: string | null; texts?: QuestionnaireTexts }) {
  const [state, formAction] = useActionState<StepFormState, FormData>(action, {});
  const value = typeof state.values?.[FIELD.answer] === "string" ? (state.values[FIELD.answer] as string) : current;
  const error = state.errors?.[FIELD.answer]?.[0];
  const options = [...question.options, { value: "unknown", label: texts.unknown }];

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary state={state} targets={{ [FIELD.answer]: choiceId(FIELD.answer, options[0]?.value ?? "") }} />
      <div className="space-y-4">
        <StepHeading id={HEADING_ID}>{question.question}</StepHeading>
        <p id="waarom" className="max-w-prose text-lg">
          <span className="font-semibold">{texts.why} </span>
          {question.why}
        </p>
        {error ? (
          <p id="antwoord-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
        <ChoiceList
          name={FIELD.answer}
          idPrefix={FIELD.answer}
          choices={options}
          defaultValue={value}
          labelledBy={HEADING_ID}
          describedBy={`waarom${error ? " antwoord-fout" : ""}`}
          invalid={Boolean(error)}
        />
        <p className="text-base text-muted">{texts.skipHint}</p>
      </div>
      <StepButtons nextLabel={texts.next} backLabel={texts.back} />
    </form>
  );
}
