"use client";

import { useActionState } from "react";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";
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
      <div className="space-y-1">
        <label className={label} htmlFor="code">
          {texts.label}
        </label>
        <p id="code-uitleg" className="text-base text-muted">
          {texts.hint}
        </p>
        <input
          key={`code-${value}`}
          className={`${input} font-mono text-xl uppercase tracking-wider`}
          id="code"
          name={FIELD.code}
          type="text"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          defaultValue={value}
          aria-describedby={`code-uitleg${error ? " code-fout" : ""}`}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id="code-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
      </div>
      <button className={buttonPrimary} type="submit" disabled={pending}>
        {texts.submit}
      </button>
    </form>
  );
}
