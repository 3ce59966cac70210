"use client";

import { useActionState } from "react";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import { ConsentField } from "./consent-field";
import { ContactFields } from "./contact-fields";
import { ErrorSummary } from "./error-summary";
import { MonitoringChoice, type MonitoringChoiceProps } from "./monitoring-choice";
import type { ResidentFormAction, ResidentFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** Join the waiting list: for a product that records something first the explanation and a choice; name, phone or e-mail, consent. */
export function WaitlistForm({
  action,
  consent,
  monitoringProduct = null,
}: {
  action: ResidentFormAction;
  consent: ConsentText;
  monitoringProduct?: MonitoringChoiceProps["product"] | null;
}) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={state.errors} message={state.message} />
      {monitoringProduct ? (
        <MonitoringChoice product={monitoringProduct} value={state.values?.monitoringAgreed} error={state.errors?.monitoringAgreed?.[0]} />
      ) : null}
      <ContactFields values={state.values} errors={state.errors} />
      <ConsentField text={consent} error={state.errors?.consent?.[0]} />
      <SubmitButton>Zet mij op de wachtlijst</SubmitButton>
    </form>
  );
}
