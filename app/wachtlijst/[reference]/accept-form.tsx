"use client";

import { useActionState } from "react";
import type { PickupDay } from "@/lib/server/lending/rules";
import { ErrorSummary } from "../../reserveren/_components/error-summary";
import type { ResidentFormAction, ResidentFormState } from "../../reserveren/_components/form-state";
import { PickupDayField } from "../../reserveren/_components/pickup-day-field";
import { SubmitButton } from "../../reserveren/_components/submit-button";

/** Say yes to an offer: choose a pickup day and press the button. */
export function AcceptForm({ action, pickupDays }: { action: ResidentFormAction; pickupDays: PickupDay[] }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary errors={state.errors} message={state.message} />
      <PickupDayField days={pickupDays} defaultValue={state.values?.pickupDate} error={state.errors?.pickupDate?.[0]} />
      <SubmitButton>Ja, ik wil het lenen</SubmitButton>
    </form>
  );
}
