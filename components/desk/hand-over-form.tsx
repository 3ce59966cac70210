"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { Checkbox, FormMessage, Hidden } from "./form-parts";
import { initialDeskState, type DeskAction, type DeskActionState } from "./form-state";

/** The check-out checklist: the product's own points (Product.checklist), then explained and ID seen. */
export function CheckoutChecklistFields({ items, state, idPrefix = "meegeven" }: { items: readonly string[]; state: DeskActionState; idPrefix?: string }) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-2 text-lg font-semibold">Checklist bij meegeven</legend>
      {items.map((item, i) => (
        <Checkbox key={item} name={`item-${i}`} value={item} label={item} state={state} errorKey={`checklist.item-${i}`} idPrefix={idPrefix} />
      ))}
      <Checkbox name="explained" label="Uitleg gegeven" state={state} errorKey="checklist.explained" idPrefix={idPrefix} />
      <Checkbox name="idChecked" label="Legitimatie gezien" state={state} errorKey="checklist.idChecked" idPrefix={idPrefix} />
    </fieldset>
  );
}

/** Check-out of a reservation: every point ticked, then the item goes home with the resident. */
export function HandOverForm({ action, centreSlug, reservationId, items }: { action: DeskAction; centreSlug: string; reservationId: string; items: readonly string[] }) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={state.message ? "meegeven-melding" : undefined}>
      <FormMessage state={state} id="meegeven-melding" />
      <Hidden values={{ centreSlug, reservationId }} />
      <CheckoutChecklistFields items={items} state={state} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig …" : "Meegeven"}
      </button>
    </form>
  );
}
