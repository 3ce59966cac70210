"use client";

import { useActionState } from "react";
import { buttonPrimary, fieldError } from "@/components/ui/styles";
import { ErrorSummary } from "./error-summary";
import { FIELD, type StepFormAction, type StepFormState } from "./form-state";
import { ChoiceList, choiceId } from "./choice-list";

export interface StartTexts {
  municipality: string;
  togetherQuestion: string;
  alone: string;
  together: string;
  togetherHint: string;
  begin: string;
}

const DUTCH: StartTexts = {
  municipality: "In welke gemeente woont u?",
  togetherQuestion: "Vult u dit alleen in, of samen met iemand?",
  alone: "Ik vul het alleen in",
  together: "Ik vul het samen in met iemand",
  togetherHint: "Bijvoorbeeld met een familielid, een buur of een mantelzorger.",
  begin: "Begin met de vragen",
};

/** Before the first question: the municipality (only when there is a choice) and "alone or together". */
export function StartForm({ action, municipalities, texts = DUTCH }: { action: StepFormAction; municipalities: { slug: string; name: string }[]; texts?: StartTexts }) {
  const TOGETHER_OPTIONS = [
    { value: "alone", label: texts.alone },
    { value: "family", label: texts.together, hint: texts.togetherHint },
  ];
  const [state, formAction, pending] = useActionState<StepFormState, FormData>(action, {});
  const municipality = (state.values?.[FIELD.municipality] as string | undefined) ?? "";
  const together = (state.values?.[FIELD.together] as string | undefined) ?? "";
  const municipalityError = state.errors?.[FIELD.municipality]?.[0];
  const togetherError = state.errors?.[FIELD.together]?.[0];
  const only = municipalities.length === 1 ? municipalities[0] : undefined;

  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary
        state={state}
        targets={{ [FIELD.municipality]: choiceId(FIELD.municipality, municipalities[0]?.slug ?? ""), [FIELD.together]: choiceId(FIELD.together, "alone") }}
      />
      {only ? (
        <input type="hidden" name={FIELD.municipality} value={only.slug} />
      ) : (
        <div className="space-y-3">
          <h2 id="gemeente-vraag" className="text-xl font-bold">
            {texts.municipality}
          </h2>
          {municipalityError ? (
            <p id="gemeente-fout" className={fieldError}>
              {municipalityError}
            </p>
          ) : null}
          <ChoiceList
            name={FIELD.municipality}
            idPrefix={FIELD.municipality}
            choices={municipalities.map((m) => ({ value: m.slug, label: m.name }))}
            defaultValue={municipality}
            labelledBy="gemeente-vraag"
            describedBy={municipalityError ? "gemeente-fout" : undefined}
            invalid={Boolean(municipalityError)}
          />
        </div>
      )}
      <div className="space-y-3">
        <h2 id="samen-vraag" className="text-xl font-bold">
          {texts.togetherQuestion}
        </h2>
        {togetherError ? (
          <p id="samen-fout" className={fieldError}>
            {togetherError}
          </p>
        ) : null}
        <ChoiceList
          name={FIELD.together}
          idPrefix={FIELD.together}
          choices={TOGETHER_OPTIONS}
          defaultValue={together}
          labelledBy="samen-vraag"
          describedBy={togetherError ? "samen-fout" : undefined}
          invalid={Boolean(togetherError)}
        />
      </div>
      <button className={`${buttonPrimary} text-lg`} type="submit" disabled={pending}>
        {texts.begin}
      </button>
    </form>
  );
}
