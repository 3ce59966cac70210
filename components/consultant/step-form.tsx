"use client";

import { useActionState } from "react";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export const WHO_SUGGESTIONS = ["De inwoner", "Mantelzorger", "Wmo-consulent", "Uitleenpunt", "Thuiszorg"];

/** A next step: what happens, who does it, and (optionally) by when. */
export function StepForm({ action }: { action: CaseFormAction }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field id="step-text" name="text" label="Wat gaat er gebeuren?" hint="Bijvoorbeeld: de robotstofzuiger ophalen bij het uitleenpunt." required maxLength={300} error={state.errors?.text?.[0]} defaultValue={v.text} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="step-who" name="who" label="Wie doet het?" hint="Kies of typ, bijvoorbeeld: De inwoner, of de naam van de dochter." required maxLength={80} list="wie-suggesties" error={state.errors?.who?.[0]} defaultValue={v.who} />
        <Field id="step-due" name="dueDate" type="date" label="Uiterlijk op" error={state.errors?.dueDate?.[0]} defaultValue={v.dueDate} />
      </div>
      <datalist id="wie-suggesties">
        {WHO_SUGGESTIONS.map((w) => (
          <option key={w} value={w} />
        ))}
      </datalist>
      <SubmitButton>Afspraak opslaan</SubmitButton>
    </form>
  );
}
