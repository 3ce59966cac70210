"use client";

import { useActionState } from "react";
import { CodeField } from "@/components/ui/code-field";
import { buttonPrimary } from "@/components/ui/styles";
import { ErrorSummary } from "./error-summary";
import { FIELD, type StepFormAction, type StepFormState } from "./form-state";

/** The form's words in the resident's language (made on the server: app/advies/hervatten/page.tsx). */
export interface ResumeTexts {
  failed: string;
  label: string;
  hint: string;
  submit: string;
}

const DUTCH_RESUME_TEXTS: ResumeTexts = {
  failed: "Verder gaan met deze code lukte niet.",
  label: "Uw code",
  hint: "8 tekens, bijvoorbeeld KX7M-2QPD",
  submit: "Verder gaan",
};

/** Type the short code to come back to the questions or the advice. Lower case, spaces and dashes are fine. */
export function ResumeForm({ action, texts = DUTCH_RESUME_TEXTS }: { action: StepFormAction; texts?: ResumeTexts }) {
  const [state, formAction, pending] = useActionState<StepFormState, FormData>(action, {});
  const value = (state.values?.[FIELD.code] as string | undefined) ?? "";
  const error = state.errors?.[FIELD.code]?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-5">
      <ErrorSummary state={state.errors ? { errors: state.errors, message: texts.failed } : state} targets={{ [FIELD.code]: "code" }} fallback={texts.failed} />
      <CodeField name={FIELD.code} label={texts.label} hint={texts.hint} error={error} defaultValue={value} />
      <button className={buttonPrimary} type="submit" disabled={pending}>
        {texts.submit}
      </button>
    </form>
  );
}
