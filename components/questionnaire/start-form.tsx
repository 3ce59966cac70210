"use client";

import { useActionState } from "react";
import { buttonPrimary, fieldError } from "@/components/ui/styles";
import { ErrorSummary } from "./error-summary";
import { FIELD, type StepFormAction, type StepFormState } from "./form-state";
import { choiceCard, choiceInput } from "./choice-styles";

const TOGETHER_OPTIONS = [
  { value: "alone", label: "Ik vul het alleen in" },
  { value: "family", label: "Ik vul het samen in met iemand", hint: "Bijvoorbeeld met een familielid, een buur of een mantelzorger." },
];

/** Before the first question: the municipality (only when there is a choice) and "alone or together". */
export function StartForm({ action, municipalities }: { action: StepFormAction; municipalities: { slug: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState<StepFormState, FormData>(action, {});
  const municipality = (state.values?.[FIELD.municipality] as string | undefined) ?? "";
  const together = (state.values?.[FIELD.together] as string | undefined) ?? "";
  const municipalityError = state.errors?.[FIELD.municipality]?.[0];
  const togetherError = state.errors?.[FIELD.together]?.[0];
  const only = municipalities.length === 1 ? municipalities[0] : undefined;

  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary state={state} targets={{ [FIELD.municipality]: `gemeente-${municipalities[0]?.slug ?? ""}`, [FIELD.together]: "samen-alone" }} />
      {only ? (
        <input type="hidden" name={FIELD.municipality} value={only.slug} />
      ) : (
        <fieldset className="space-y-3" aria-describedby={municipalityError ? "gemeente-fout" : undefined}>
          <legend className="mb-2 text-xl font-bold">In welke gemeente woont u?</legend>
          {municipalityError ? (
            <p id="gemeente-fout" className={fieldError}>
              {municipalityError}
            </p>
          ) : null}
          <div className="max-w-xl space-y-3">
            {municipalities.map((m) => (
              <label key={m.slug} htmlFor={`gemeente-${m.slug}`} className={choiceCard}>
                <input
                  id={`gemeente-${m.slug}`}
                  className={choiceInput}
                  type="radio"
                  name={FIELD.municipality}
                  value={m.slug}
                  defaultChecked={municipality === m.slug}
                  aria-invalid={municipalityError ? true : undefined}
                />
                <span className="font-semibold">{m.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="space-y-3" aria-describedby={togetherError ? "samen-fout" : undefined}>
        <legend className="mb-2 text-xl font-bold">Vult u dit alleen in, of samen met iemand?</legend>
        {togetherError ? (
          <p id="samen-fout" className={fieldError}>
            {togetherError}
          </p>
        ) : null}
        <div className="max-w-xl space-y-3">
          {TOGETHER_OPTIONS.map((o) => (
            <label key={o.value} htmlFor={`samen-${o.value}`} className={choiceCard}>
              <input
                id={`samen-${o.value}`}
                className={choiceInput}
                type="radio"
                name={FIELD.together}
                value={o.value}
                defaultChecked={together === o.value}
                aria-describedby={o.hint ? `samen-${o.value}-uitleg` : undefined}
              />
              <span className="space-y-1">
                <span className="block font-semibold">{o.label}</span>
                {o.hint ? (
                  <span id={`samen-${o.value}-uitleg`} className="block text-base text-muted">
                    {o.hint}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button className={`${buttonPrimary} text-lg`} type="submit" disabled={pending}>
        Begin met de vragen
      </button>
    </form>
  );
}
