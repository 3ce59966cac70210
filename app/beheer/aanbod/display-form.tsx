"use client";

import { useActionState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import type { NotOfferedDisplay } from "@/lib/offer/local-offer";
import type { DisplayFormState } from "./actions";

/** Hide or label the products the municipality does not offer (radio buttons, one save button). */
export function DisplayForm({ action: save, display }: { action: (s: DisplayFormState, f: FormData) => Promise<DisplayFormState>; display: NotOfferedDisplay }) {
  const [state, action, pending] = useActionState<DisplayFormState, FormData>(save, {});
  const options: [NotOfferedDisplay, string, string][] = [
    ["hide", "Niet laten zien", "Inwoners en consulenten krijgen het hulpmiddel niet als advies."],
    ["label", "Wel laten zien, met “niet via uw gemeente”", "Het hulpmiddel kan in het advies staan. Er staat dan bij dat het niet via de gemeente gaat."],
  ];
  return (
    <form action={action} className="max-w-3xl space-y-3">
      <fieldset className="space-y-3">
        <legend className="text-xl font-bold">Hulpmiddelen die uw gemeente niet aanbiedt</legend>
        {options.map(([value, title, hint]) => (
          <div key={value} className="flex items-start gap-3">
            <input type="radio" id={`tonen-${value}`} name="tonen" value={value} defaultChecked={display === value} aria-describedby={`tonen-${value}-uitleg`} className="mt-1 h-6 w-6 shrink-0" />
            <div>
              <label htmlFor={`tonen-${value}`} className="font-semibold">
                {title}
              </label>
              <p id={`tonen-${value}-uitleg`}>{hint}</p>
            </div>
          </div>
        ))}
      </fieldset>
      <div role="alert">{state.error ? <p className="font-semibold text-bad-700">{state.error}</p> : null}</div>
      <div role="status">{state.ok ? <p className="font-semibold text-good-700">{state.ok}</p> : null}</div>
      <button type="submit" className={buttonSecondary} disabled={pending}>
        {pending ? "Bezig met opslaan …" : "Keuze opslaan"}
      </button>
    </form>
  );
}
