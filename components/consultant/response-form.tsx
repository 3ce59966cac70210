"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** The resident's response to the report. */
export function ResponseForm({ action, current }: { action: CaseFormAction; current: string | null }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field
        id="response"
        name="response"
        label={current ? "Uw reactie aanpassen" : "Uw reactie"}
        hint="Schrijf wat niet klopt, of wat u nog wilt zeggen. Uw Wmo-consulent leest het."
        multiline
        rows={6}
        maxLength={4000}
        required
        error={state.errors?.response?.[0]}
        defaultValue={state.values?.response ?? current ?? ""}
      />
      <SubmitButton className={`${buttonPrimary} text-lg`}>Reactie versturen</SubmitButton>
    </form>
  );
}
