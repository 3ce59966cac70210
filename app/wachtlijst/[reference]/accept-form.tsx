"use client";

import { useActionState } from "react";
import { ErrorSummary } from "../../reserveren/_components/error-summary";
import type { ResidentFormAction, ResidentFormState } from "../../reserveren/_components/form-state";
import type { FormTexts, PickupDayOption } from "../../reserveren/_components/form-texts";
import { PickupDayField } from "../../reserveren/_components/pickup-day-field";
import { SubmitButton } from "../../reserveren/_components/submit-button";

/** Say yes to an offer: choose a pickup day and press the button. */
export function AcceptForm({ action, pickupDays, texts, accept }: { action: ResidentFormAction; pickupDays: PickupDayOption[]; texts: FormTexts; accept: string }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary errors={state.errors} message={state.message} texts={texts} />
      <PickupDayField days={pickupDays} defaultValue={state.values?.pickupDate} error={state.errors?.pickupDate?.[0]} texts={texts} />
      <SubmitButton busy={texts.busy}>{accept}</SubmitButton>
    </form>
  );
}
