"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { Checkbox, FormMessage, Hidden } from "./form-parts";
import { initialDeskState, type DeskAction } from "./form-state";

/** Check-out: the three points are ticked, then the item goes home with the resident. */
export function HandOverForm({ action, centreSlug, reservationId }: { action: DeskAction; centreSlug: string; reservationId: string }) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={state.message ? "meegeven-melding" : undefined}>
      <FormMessage state={state} id="meegeven-melding" />
      <Hidden values={{ centreSlug, reservationId }} />
      <fieldset className="space-y-1">
        <legend className="mb-2 text-lg font-semibold">Checklist bij meegeven</legend>
        <Checkbox name="complete" label="Compleet met oplader en handleiding" state={state} errorKey="checklist.complete" idPrefix="meegeven" />
        <Checkbox name="explained" label="Uitleg gegeven" state={state} errorKey="checklist.explained" idPrefix="meegeven" />
        <Checkbox name="idChecked" label="Legitimatie gezien" state={state} errorKey="checklist.idChecked" idPrefix="meegeven" />
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig …" : "Meegeven"}
      </button>
    </form>
  );
}
