"use client";

import { useActionState } from "react";
import { fieldError } from "@/components/ui/styles";
import type { ContextQuestion } from "@/lib/questions/questionnaire";
import { ErrorSummary } from "./error-summary";
import { FIELD, UNKNOWN_LABEL, type StepFormAction, type StepFormState } from "./form-state";
import { choiceCard, choiceInput, questionHeading } from "./choice-styles";
import { StepButtons } from "./step-buttons";

/**
 * One question about the home or daily life, with "Weet ik niet". Choosing nothing skips the question.
 * The question is the page's heading inside the legend, so a screen reader reads it with the answers.
 */
export function ContextQuestionForm({ action, question, current }: { action: StepFormAction; question: ContextQuestion; current: string | null }) {
  const [state, formAction] = useActionState<StepFormState, FormData>(action, {});
  const value = typeof state.values?.[FIELD.answer] === "string" ? (state.values[FIELD.answer] as string) : current;
  const error = state.errors?.[FIELD.answer]?.[0];
  const options = [...question.options, { value: "unknown", label: UNKNOWN_LABEL }];
  const firstId = `antwoord-${options[0]?.value ?? ""}`;

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary state={state} targets={{ [FIELD.answer]: firstId }} />
      <fieldset className="space-y-4" aria-describedby={`waarom${error ? " antwoord-fout" : ""}`}>
        <legend className="mb-3">
          <h1 className={questionHeading}>{question.question}</h1>
        </legend>
        <p id="waarom" className="max-w-prose text-lg">
          <span className="font-semibold">Waarom wij dit vragen: </span>
          {question.why}
        </p>
        {error ? (
          <p id="antwoord-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
        <div className="max-w-xl space-y-3">
          {options.map((option) => {
            const id = `antwoord-${option.value}`;
            return (
              <label key={option.value} htmlFor={id} className={choiceCard}>
                <input
                  id={id}
                  className={choiceInput}
                  type="radio"
                  name={FIELD.answer}
                  value={option.value}
                  defaultChecked={value === option.value}
                  aria-invalid={error ? true : undefined}
                />
                <span className="font-semibold">{option.label}</span>
              </label>
            );
          })}
        </div>
        <p className="text-base text-muted">U mag deze vraag ook overslaan: kies dan niets en ga verder.</p>
      </fieldset>
      <StepButtons />
    </form>
  );
}
