"use client";

import { useActionState } from "react";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import { ConsentField } from "./consent-field";
import { ContactFields } from "./contact-fields";
import { ErrorSummary } from "./error-summary";
import type { FormTexts, PickupDayOption } from "./form-texts";
import { MonitoringChoice, type MonitoringChoiceProps, type MonitoringChoiceTexts } from "./monitoring-choice";
import type { ResidentFormAction, ResidentFormState } from "./form-state";
import { PickupDayField } from "./pickup-day-field";
import { SubmitButton } from "./submit-button";

export interface ReserveFormProps {
  action: ResidentFormAction;
  pickupDays: PickupDayOption[];
  consent: ConsentText;
  waitlistConsent: ConsentText;
  /** "Wilt u toch een <product> lenen? ..." in the resident's language */
  waitlistLead: string;
  texts: FormTexts;
  /** set for a product that records something: explanation and an explicit choice come first */
  monitoringExplanation?: MonitoringChoiceProps["explanation"] | null;
  monitoringTexts?: MonitoringChoiceTexts | null;
  /** the code of the advice the resident came from (no personal data), sent along so an outcome can be linked to it */
  adviceCode?: string | null;
}

/**
 * Reserve: pick-up day, name, phone or e-mail, consent. When the last unit was just taken by someone else, the same
 * form offers the waiting list (with its own consent), so nothing has to be typed again.
 */
export function ReserveForm({ action, pickupDays, consent, waitlistConsent, waitlistLead, texts, monitoringExplanation = null, monitoringTexts = null, adviceCode = null }: ReserveFormProps) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  const values = state.values;
  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={state.errors} message={state.message} texts={texts} />
      {adviceCode ? <input type="hidden" name="advies" value={adviceCode} /> : null}
      {monitoringExplanation && monitoringTexts && !state.conflict ? (
        <MonitoringChoice explanation={monitoringExplanation} value={values?.monitoringAgreed} error={state.errors?.monitoringAgreed?.[0]} texts={monitoringTexts} />
      ) : null}
      {state.conflict ? null : <PickupDayField days={pickupDays} defaultValue={values?.pickupDate} error={state.errors?.pickupDate?.[0]} texts={texts} />}
      <ContactFields values={values} errors={state.errors} texts={texts} />
      {state.conflict && monitoringExplanation ? (
        <>
          {/* the yes given above still holds for the waiting list */}
          <input type="hidden" name="monitoringQuestion" value="1" />
          <input type="hidden" name="monitoringAgreed" value={values?.monitoringAgreed ?? ""} />
        </>
      ) : null}
      {state.conflict ? (
        <div className="space-y-4 rounded-xl border-2 border-warn-700 bg-warn-50 p-4">
          <h2 className="text-xl font-bold">{texts.waitlistTitle}</h2>
          <p className="text-lg">{waitlistLead}</p>
          <ConsentField text={waitlistConsent} name="waitlistConsent" title={texts.waitlistConsentTitle} error={state.errors?.waitlistConsent?.[0]} />
          <SubmitButton name="intent" value="waitlist" busy={texts.busy}>
            {texts.joinWaitlist}
          </SubmitButton>
        </div>
      ) : (
        <>
          <ConsentField text={consent} title={texts.consentTitle} error={state.errors?.consent?.[0]} />
          <SubmitButton name="intent" value="reserve" busy={texts.busy}>
            {texts.reserve}
          </SubmitButton>
        </>
      )}
    </form>
  );
}
