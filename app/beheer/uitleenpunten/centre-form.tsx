"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary, fieldError, input } from "@/components/ui/styles";
import { SLOTS, WEEKDAYS, type HoursSlot } from "@/lib/schemas/centre";
import type { CentreFormState } from "./actions";

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

export interface CentreValues {
  naam: string;
  straat: string;
  postcode: string;
  plaats: string;
  wijk: string;
  telefoon: string;
  email: string;
  beschrijving: string;
  hours: HoursSlot[];
}

function hourValues(hours: HoursSlot[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of WEEKDAYS) {
    hours
      .filter((h) => h.weekday === d)
      .slice(0, 2)
      .forEach((h, i) => {
        out[`van-${d}-${SLOTS[i]}`] = h.opens;
        out[`tot-${d}-${SLOTS[i]}`] = h.closes;
      });
  }
  return out;
}

export function CentreForm({ action: save, initial, submitText }: { action: (s: CentreFormState, f: FormData) => Promise<CentreFormState>; initial?: CentreValues; submitText: string }) {
  const [state, action, pending] = useActionState<CentreFormState, FormData>(save, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.ok) top.current?.focus();
  }, [state]);
  const v: Record<string, string> = state.values ?? { ...(initial ?? {}), ...hourValues(initial?.hours ?? []) } as Record<string, string>;
  const e = (k: string) => state.errors?.[k]?.[0];

  const timeInput = (name: string, labelText: string) => (
    <div>
      <label htmlFor={name} className="sr-only">
        {labelText}
      </label>
      <input
        id={name}
        name={name}
        type="time"
        defaultValue={v[name] ?? ""}
        className={`${input} w-32`}
        aria-invalid={e(name) ? true : undefined}
        aria-describedby={e(name) ? `${name}-fout` : undefined}
      />
      {e(name) ? (
        <p id={`${name}-fout`} className={fieldError}>
          {e(name)}
        </p>
      ) : null}
    </div>
  );

  return (
    <form action={action} noValidate className="max-w-3xl space-y-6" key={state.ok ?? "form"}>
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ errors: state.errors, message: state.message, ok: state.ok }} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Gegevens</legend>
        <Field id="naam" name="naam" label="Naam" required defaultValue={v.naam} error={e("naam")} maxLength={100} />
        <Field id="straat" name="straat" label="Straat en huisnummer" required defaultValue={v.straat} error={e("straat")} maxLength={150} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="postcode" name="postcode" label="Postcode" hint="Zoals 2514 JS." required defaultValue={v.postcode} error={e("postcode")} maxLength={7} />
          <Field id="plaats" name="plaats" label="Plaats" required defaultValue={v.plaats} error={e("plaats")} maxLength={100} />
        </div>
        <Field id="wijk" name="wijk" label="Wijk" required defaultValue={v.wijk} error={e("wijk")} maxLength={100} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="telefoon" name="telefoon" label="Telefoon" type="tel" required defaultValue={v.telefoon} error={e("telefoon")} maxLength={40} />
          <Field id="email" name="email" label="E-mailadres" type="email" required defaultValue={v.email} error={e("email")} maxLength={200} />
        </div>
        <Field id="beschrijving" name="beschrijving" label="Korte beschrijving voor inwoners" multiline rows={3} defaultValue={v.beschrijving} error={e("beschrijving")} maxLength={1000} />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-2xl font-bold">Openingstijden</legend>
        <p>Laat een dag leeg als het uitleenpunt dan dicht is. Is het tussen de middag dicht? Vul dan ook de tweede tijd in.</p>
        <ul className="space-y-3">
          {WEEKDAYS.map((d, i) => (
            <li key={d} className="rounded-lg border border-gray-300 p-3">
              <p className="font-semibold capitalize">{DAY_NAMES[i]}</p>
              <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2">
                {SLOTS.map((s, n) => (
                  <div key={s} className="flex flex-wrap items-center gap-2">
                    {timeInput(`van-${d}-${s}`, `${DAY_NAMES[i]}, ${n === 0 ? "open vanaf" : "tweede keer open vanaf"}`)}
                    <span aria-hidden="true">tot</span>
                    {timeInput(`tot-${d}-${s}`, `${DAY_NAMES[i]}, ${n === 0 ? "dicht om" : "tweede keer dicht om"}`)}
                  </div>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig met opslaan …" : submitText}
      </button>
    </form>
  );
}
