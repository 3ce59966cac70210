"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary } from "@/components/ui/styles";
import type { OfferFormState } from "../actions";

export interface OfferValues {
  aangeboden: string;
  financiering: string;
  leverancier: string;
  prijsafspraak: string;
  notitie: string;
}

/** The local offer of one product: offered or not, and the municipality's own information. */
export function OfferForm({ action: save, initial }: { action: (s: OfferFormState, f: FormData) => Promise<OfferFormState>; initial: OfferValues }) {
  const [state, action, pending] = useActionState<OfferFormState, FormData>(save, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.ok) top.current?.focus();
  }, [state]);
  const v = (state.values ?? initial) as unknown as OfferValues;
  const e = (k: string) => state.errors?.[k]?.[0];
  return (
    <form action={action} noValidate className="max-w-3xl space-y-6">
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ errors: state.errors, message: state.message, ok: state.ok }} />
      </div>
      <fieldset className="space-y-3" aria-describedby={e("aangeboden") ? "aangeboden-fout" : undefined}>
        <legend className="text-xl font-bold">Biedt uw gemeente dit hulpmiddel aan?</legend>
        {[
          ["ja", "Ja, wij bieden het aan"],
          ["nee", "Nee, wij bieden het niet aan"],
        ].map(([value, text]) => (
          <div key={value} className="flex items-center gap-3">
            <input type="radio" id={`aangeboden-${value}`} name="aangeboden" value={value} defaultChecked={v.aangeboden === value} className="h-6 w-6 shrink-0" />
            <label htmlFor={`aangeboden-${value}`} className="font-semibold">
              {text}
            </label>
          </div>
        ))}
        {e("aangeboden") ? (
          <p id="aangeboden-fout" className="font-semibold text-bad-700">
            {e("aangeboden")}
          </p>
        ) : null}
      </fieldset>
      <Field id="financiering" name="financiering" label="Betalen of aanvragen in uw gemeente" hint="Bijvoorbeeld: Via de Wmo. Vraag het aan bij het Wmo-loket." multiline rows={3} defaultValue={v.financiering} error={e("financiering")} maxLength={500} />
      <Field id="leverancier" name="leverancier" label="Leverancier in uw gemeente" defaultValue={v.leverancier} error={e("leverancier")} maxLength={200} />
      <Field id="prijsafspraak" name="prijsafspraak" label="Prijsafspraak" hint="Bijvoorbeeld: 10% korting met de stadspas." defaultValue={v.prijsafspraak} error={e("prijsafspraak")} maxLength={300} />
      <Field id="notitie" name="notitie" label="Notitie voor inwoners en consulenten" multiline rows={4} defaultValue={v.notitie} error={e("notitie")} maxLength={1000} />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig met opslaan …" : "Opslaan"}
      </button>
    </form>
  );
}
