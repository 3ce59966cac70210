"use client";

import { useActionState } from "react";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import type { PickupDay } from "@/lib/server/lending/rules";
import { ConsentField } from "./consent-field";
import { ContactFields } from "./contact-fields";
import { ErrorSummary } from "./error-summary";
import { MonitoringChoice, type MonitoringChoiceProps } from "./monitoring-choice";
import type { ResidentFormAction, ResidentFormState } from "./form-state";
import { PickupDayField } from "./pickup-day-field";
import { SubmitButton } from "./submit-button";

export interface ReserveFormProps {
  action: ResidentFormAction;
  pickupDays: PickupDay[];
  consent: ConsentText;
  waitlistConsent: ConsentText;
  productName: string;
  /** set for a product that records something: explanation and an explicit choice come first */
  monitoringProduct?: MonitoringChoiceProps["product"] | null;
  /** the code of the advice the resident came from (no personal data), sent along so an outcome can be linked to it */
  adviceCode?: string | null;
}

/**
 * Reserve: pick-up day, name, phone or e-mail, consent. When the last unit was just taken by someone else, the same
 * form offers the waiting list (with its own consent), so nothing has to be typed again.
 */
export function ReserveForm({ action, pickupDays, consent, waitlistConsent, productName, monitoringProduct = null, adviceCode = null }: ReserveFormProps) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  const values = state.values;
  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={state.errors} message={state.message} />
      {adviceCode ? <input type="hidden" name="advies" value={adviceCode} /> : null}
      {monitoringProduct && !state.conflict ? (
        <MonitoringChoice product={monitoringProduct} value={values?.monitoringAgreed} error={state.errors?.monitoringAgreed?.[0]} />
      ) : null}
      {state.conflict ? null : <PickupDayField days={pickupDays} defaultValue={values?.pickupDate} error={state.errors?.pickupDate?.[0]} />}
      <ContactFields values={values} errors={state.errors} />
      {state.conflict && monitoringProduct ? (
        <>
          {/* the yes given above still holds for the waiting list */}
          <input type="hidden" name="monitoringQuestion" value="1" />
          <input type="hidden" name="monitoringAgreed" value={values?.monitoringAgreed ?? ""} />
        </>
      ) : null}
      {state.conflict ? (
        <div className="space-y-4 rounded-xl border-2 border-warn-700 bg-warn-50 p-4">
          <h2 className="text-xl font-bold">Op de wachtlijst?</h2>
          <p className="text-lg">
            Wilt u toch een {productName} lenen? Zet u dan op de wachtlijst. Komt er een terug, dan krijgt u een bericht.
          </p>
          <ConsentField text={waitlistConsent} name="waitlistConsent" title="Wat bewaren wij als u op de wachtlijst staat?" error={state.errors?.waitlistConsent?.[0]} />
          <SubmitButton name="intent" value="waitlist">
            Zet mij op de wachtlijst
          </SubmitButton>
        </div>
      ) : (
        <>
          <ConsentField text={consent} error={state.errors?.consent?.[0]} />
          <SubmitButton name="intent" value="reserve">
            Reserveren
          </SubmitButton>
        </>
      )}
    </form>
  );
}
