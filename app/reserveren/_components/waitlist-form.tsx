"use client";

import { useActionState } from "react";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import { ConsentField } from "./consent-field";
import { ContactFields } from "./contact-fields";
import { ErrorSummary } from "./error-summary";
import type { FormTexts } from "./form-texts";
import { MonitoringChoice, type MonitoringChoiceProps, type MonitoringChoiceTexts } from "./monitoring-choice";
import type { ResidentFormAction, ResidentFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** Join the waiting list: for a product that records something first the explanation and a choice; name, phone or e-mail, consent. */
export function WaitlistForm({
  action,
  consent,
  texts,
  monitoringExplanation = null,
  monitoringTexts = null,
  adviceCode = null,
}: {
  action: ResidentFormAction;
  consent: ConsentText;
  texts: FormTexts;
  monitoringExplanation?: MonitoringChoiceProps["explanation"] | null;
  monitoringTexts?: MonitoringChoiceTexts | null;
  /** the advice the resident came from (?advies=), kept with the entry for learning from outcomes */
  adviceCode?: string | null;
}) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="space-y-8">
      {adviceCode ? <input type="hidden" name="advies" value={adviceCode} /> : null}
      <ErrorSummary errors={state.errors} message={state.message} texts={texts} />
      {monitoringExplanation && monitoringTexts ? (
        <MonitoringChoice explanation={monitoringExplanation} value={state.values?.monitoringAgreed} error={state.errors?.monitoringAgreed?.[0]} texts={monitoringTexts} />
      ) : null}
      <ContactFields values={state.values} errors={state.errors} texts={texts} />
      <ConsentField text={consent} title={texts.waitlistConsentTitle} error={state.errors?.consent?.[0]} />
      <SubmitButton busy={texts.busy}>{texts.joinWaitlist}</SubmitButton>
    </form>
  );
}
