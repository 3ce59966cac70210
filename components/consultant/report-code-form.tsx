"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { Field } from "./field";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** The resident types the report code (dashes, spaces and lower case are fine). */
export function ReportCodeForm({ action }: { action: CaseFormAction }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <Field id="code" name="code" label="Uw code" hint="Bijvoorbeeld: ABCD-EFGH-JKMN" required maxLength={30} error={state.errors?.code?.[0]} defaultValue={state.values?.code} autoComplete="off" />
      <SubmitButton className={`${buttonPrimary} text-lg`}>Verslag openen</SubmitButton>
    </form>
  );
}
