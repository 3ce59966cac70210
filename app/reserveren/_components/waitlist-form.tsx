"use client";

import { useActionState } from "react";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import { ConsentField } from "./consent-field";
import { ContactFields } from "./contact-fields";
import { ErrorSummary } from "./error-summary";
import type { ResidentFormAction, ResidentFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** Join the waiting list: name, phone or e-mail, consent. */
export function WaitlistForm({ action, consent }: { action: ResidentFormAction; consent: ConsentText }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={state.errors} message={state.message} />
      <ContactFields values={state.values} errors={state.errors} />
      <ConsentField text={consent} error={state.errors?.consent?.[0]} />
      <SubmitButton>Zet mij op de wachtlijst</SubmitButton>
    </form>
  );
}
