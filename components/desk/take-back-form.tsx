"use client";

import { useActionState } from "react";
import { buttonPrimary, input, label } from "@/components/ui/styles";
import { Checkbox, FieldError, FormMessage, Hidden, errorProps } from "./form-parts";
import { initialDeskState, type DeskAction } from "./form-state";

/** Check-in: what came back. Damage sends the unit to repair instead of cleaning. */
export function TakeBackForm({ action, centreSlug, loanId, cleaningDays, items }: { action: DeskAction; centreSlug: string; loanId: string; cleaningDays: number; items: readonly string[] }) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  const cleaningText =
    cleaningDays === 0 ? "Na het terugnemen gaat het hulpmiddel eerst naar de schoonmaak." : `Na het terugnemen gaat het hulpmiddel eerst naar de schoonmaak (${cleaningDays} ${cleaningDays === 1 ? "dag" : "dagen"}).`;
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={state.message ? "terugnemen-melding" : undefined}>
      <FormMessage state={state} id="terugnemen-melding" />
      <Hidden values={{ centreSlug, loanId }} />
      <fieldset className="space-y-1">
        <legend className="mb-2 text-lg font-semibold">Checklist bij terugnemen</legend>
        <p className="text-base text-muted">{cleaningText}</p>
        <p className="text-base">Vink aan wat terug is en werkt.</p>
        {items.map((item, i) => (
          <Checkbox key={item} name={`item-${i}`} value={item} label={item} state={state} errorKey={`checklist.item-${i}`} idPrefix="terugnemen" />
        ))}
        <Checkbox name="needsCleaning" label="Schoonmaken nodig" hint="Vink aan als het hulpmiddel extra vuil is." state={state} errorKey="checklist.needsCleaning" idPrefix="terugnemen" />
        <Checkbox name="damage" label="Schade" hint="Met schade gaat het hulpmiddel naar reparatie in plaats van naar de schoonmaak." state={state} errorKey="checklist.damage" idPrefix="terugnemen" />
      </fieldset>
      <div>
        <label className={label} htmlFor="terugnemen-note">
          Wat ontbreekt of is kapot? <span className="font-normal">(nodig bij schade of als iets ontbreekt)</span>
        </label>
        <textarea id="terugnemen-note" name="note" rows={3} maxLength={500} className={input} defaultValue={state.values?.note} {...errorProps(state, "checklist.note", "terugnemen-note-fout")} />
        <FieldError id="terugnemen-note-fout" messages={state.errors?.["checklist.note"]} />
      </div>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig …" : "Terugnemen"}
      </button>
    </form>
  );
}
