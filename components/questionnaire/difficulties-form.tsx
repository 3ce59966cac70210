"use client";

import { useActionState } from "react";
import { fieldError } from "@/components/ui/styles";
import type { DifficultyGroup } from "@/lib/questions/questionnaire";
import { ErrorSummary } from "./error-summary";
import { FIELD, type StepFormAction, type StepFormState, DUTCH_QUESTIONNAIRE_TEXTS, type QuestionnaireTexts } from "./form-state";
import { choiceCard, choiceInput, hint } from "./choice-styles";
import { StepHeading } from "./step-heading";
import { StepButtons } from "./step-buttons";

const ERROR_ID = "moeilijkheid-fout";
const idFor = (code: string) => `moeilijkheid-${code}`.replaceAll(".", "-");

/**
 * Enter ticks or unticks the box, as Space does. (A browser's Enter in a form submits it: a resident who presses Enter
 * to choose would go to the next screen without the choice.)
 */
function toggleOnEnter(event: React.KeyboardEvent<HTMLInputElement>) {
  if (event.key !== "Enter") return;
  event.preventDefault();
  event.currentTarget.click();
}

/**
 * What is difficult, a few life domains per screen. More than one choice is fine; nothing on a screen means
 * "none of these". The last screen offers "Ik weet het niet, sla over".
 */
export function DifficultiesForm({
  action,
  groups,
  screen,
  screens,
  chosen,
  together,
  texts = DUTCH_QUESTIONNAIRE_TEXTS,
}: {
  texts?: QuestionnaireTexts;
  action: StepFormAction;
  groups: DifficultyGroup[];
  screen: number;
  screens: number;
  chosen: string[];
  together: boolean;
}) {
  const [state, formAction] = useActionState<StepFormState, FormData>(action, {});
  const FIRST_ID = idFor(groups[0]?.difficulties[0]?.code ?? "");
  const last = screen === screens;
  const values = state.values?.[FIELD.difficulty];
  const selected = new Set(Array.isArray(values) ? values : chosen);
  const error = state.errors?.[FIELD.difficulty]?.[0];

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary state={state} targets={{ [FIELD.difficulty]: FIRST_ID }} />
      <div className="space-y-3">
        <StepHeading>{texts.difficultiesHeading}</StepHeading>
        <p className="max-w-prose text-lg">
          {screen === 1 ? `${texts.parts.replace("{screens}", String(screens))} ` : ""}
          {texts.chooseAll}
        </p>
        {together && screen === 1 ? (
          <p className="max-w-prose rounded-lg border-s-4 border-brand-700 bg-white p-3">
            {texts.together}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={ERROR_ID} className={fieldError}>
          {error}
        </p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.id} className="space-y-3" aria-describedby={error ? ERROR_ID : undefined}>
          <legend className="mb-3">
            <h2 className="text-xl font-bold">{group.title}</h2>
          </legend>
          <div className="grid gap-3 md:grid-cols-2">
            {group.difficulties.map((d) => {
              const id = idFor(d.code);
              return (
                <label key={d.code} htmlFor={id} className={choiceCard}>
                  <input
                    id={id}
                    className={choiceInput}
                    type="checkbox"
                    name={FIELD.difficulty}
                    value={d.code}
                    defaultChecked={selected.has(d.code)}
                    aria-describedby={`${id}-uitleg`}
                    aria-invalid={error ? true : undefined}
                    onKeyDown={toggleOnEnter}
                  />
                  <span className="space-y-1">
                    <span className="block font-semibold">{d.label}</span>
                    <span id={`${id}-uitleg`} className={`block ${hint}`}>
                      {d.hint}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <StepButtons back={screen > 1} skipLabel={last ? texts.skipUnknown : undefined} nextLabel={texts.next} backLabel={texts.back} />
    </form>
  );
}
