"use client";

import { useActionState } from "react";
import { fieldError, label } from "@/components/ui/styles";
import { betweenTimes } from "@/lib/util/opening-times";
import { formatDayLong } from "@/lib/util/dates";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export interface ReserveFormProps {
  action: CaseFormAction;
  /** reserve: a pickup day is chosen; waitlist: no day, the resident gets a message when one is free */
  mode?: "reserve" | "waitlist";
  pickupDays?: { day: string; slots: { opens: string; closes: string }[] }[];
  defaultPhone: string;
  defaultEmail: string;
  consent: { points: { question: string; answer: string }[]; agree: string };
}

/**
 * Reserve on the resident's behalf (pickup day, a phone number or e-mail for the reminder, the resident's consent),
 * or put them on the waiting list (the same without a day: the message says when it is ready).
 */
export function ReserveForm({ action, mode = "reserve", pickupDays = [], defaultPhone, defaultEmail, consent }: ReserveFormProps) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const dayError = state.errors?.pickupDate?.[0];
  const consentError = state.errors?.consent?.[0];
  const chosenDay = state.values?.pickupDate ?? pickupDays[0]?.day;
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      {mode === "reserve" ? (
        <fieldset className="space-y-3" aria-describedby={dayError ? "dag-fout" : undefined}>
          <legend className={`${label} text-xl`}>Wanneer haalt de inwoner het op?</legend>
          {dayError ? (
            <p id="dag-fout" className={fieldError}>
              {dayError}
            </p>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            {pickupDays.map((d) => (
              <label
                key={d.day}
                htmlFor={`dag-${d.day}`}
                className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-gray-500 bg-white px-4 py-3 text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input id={`dag-${d.day}`} type="radio" name="pickupDate" value={d.day} defaultChecked={d.day === chosenDay} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" />
                <span>
                  <span className="block font-semibold">{formatDayLong(d.day)}</span>
                  <span className="block text-base text-muted">{betweenTimes(d.slots)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="phone" name="phone" type="tel" label="Telefoonnummer" hint={mode === "reserve" ? "Voor een herinnering. Een telefoonnummer of e-mailadres is nodig." : "Voor het bericht als het klaarstaat. Een telefoonnummer of e-mailadres is nodig."} defaultValue={state.values?.phone ?? defaultPhone} error={state.errors?.phone?.[0]} maxLength={30} autoComplete="off" />
        <Field id="email" name="email" type="email" label="E-mailadres" defaultValue={state.values?.email ?? defaultEmail} error={state.errors?.email?.[0]} maxLength={200} autoComplete="off" />
      </div>
      <div className="space-y-3 rounded-xl border border-gray-300 bg-white p-4">
        <p className="text-xl font-bold">Lees dit samen voor</p>
        <dl className="space-y-2 text-lg">
          {consent.points.map((p) => (
            <div key={p.question}>
              <dt className="font-semibold">{p.question}</dt>
              <dd>{p.answer}</dd>
            </div>
          ))}
        </dl>
        <label htmlFor="consent" className="flex min-h-11 cursor-pointer items-start gap-3 text-lg">
          <input id="consent" name="consent" type="checkbox" className="mt-1 h-6 w-6 shrink-0 accent-brand-700" aria-invalid={consentError ? true : undefined} aria-describedby={consentError ? "consent-fout" : undefined} />
          <span className="font-semibold">De inwoner zegt: {consent.agree.charAt(0).toLowerCase() + consent.agree.slice(1)}</span>
        </label>
        {consentError ? (
          <p id="consent-fout" className={fieldError}>
            {consentError}
          </p>
        ) : null}
      </div>
      <SubmitButton>{mode === "reserve" ? "Reserveren voor de inwoner" : "Op de wachtlijst zetten"}</SubmitButton>
    </form>
  );
}
