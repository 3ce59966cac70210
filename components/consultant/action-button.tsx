"use client";

import { useActionState } from "react";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { bigButton } from "./styles";

/** One button that runs a server action (mark a choice, tick off a step, ...) and shows its message. */
export function ActionButton({ action, children, className = bigButton }: { action: CaseFormAction; children: React.ReactNode; className?: string }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <SubmitButton className={className}>{children}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
