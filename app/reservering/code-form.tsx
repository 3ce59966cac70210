"use client";

import { useActionState } from "react";
import { CodeField } from "@/components/ui/code-field";
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
      <CodeField label={texts.label} hint={texts.hint} error={error} defaultValue={state.values?.code} />
      <SubmitButton busy={texts.busy}>{texts.submit}</SubmitButton>
    </form>
  );
}
