"use client";

import { useActionState } from "react";
import { fieldError, input, label } from "@/components/ui/styles";
import { ErrorSummary } from "../reserveren/_components/error-summary";
import type { ResidentFormState } from "../reserveren/_components/form-state";
import type { FormTexts } from "../reserveren/_components/form-texts";
import { SubmitButton } from "../reserveren/_components/submit-button";
import { findCodeAction } from "./actions";

/** Type the code from the confirmation to open the reservation (or the waiting-list place). */
export function CodeForm({ texts }: { texts: FormTexts & { label: string; hint: string; submit: string } }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(findCodeAction, {});
  const error = state.errors?.code?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <ErrorSummary errors={state.errors} texts={texts} />
      <div className="space-y-1">
        <label htmlFor="code" className={label}>
          {texts.label}
        </label>
        <p id="code-uitleg" className="text-base text-muted">
          {texts.hint}
        </p>
        <input
          id="code"
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          dir="ltr"
          defaultValue={state.values?.code}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "code-uitleg code-fout" : "code-uitleg"}
          className={`${input} font-mono text-xl uppercase tracking-widest`}
        />
        {error ? (
          <p id="code-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
      </div>
      <SubmitButton busy={texts.busy}>{texts.submit}</SubmitButton>
    </form>
  );
}
