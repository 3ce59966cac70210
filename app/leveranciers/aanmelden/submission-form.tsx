"use client";

import { useActionState, useEffect, useRef } from "react";
import { buttonPrimary, card, fieldError, input, label } from "@/components/ui/styles";
import { MAX_SUBMISSION_IMAGES } from "@/lib/schemas/submission";
import { submitProductAction } from "./actions";
import type { SubmissionFormState } from "./state";

type Props = { state: SubmissionFormState; name: string };

function FieldError({ state, name }: Props) {
  const e = state.errors?.[name];
  return e?.length ? (
    <p id={`${name}-fout`} className={fieldError}>
      {e.join(" ")}
    </p>
  ) : null;
}

function describedBy(state: SubmissionFormState, name: string, hint: boolean): string | undefined {
  return [hint ? `${name}-uitleg` : null, state.errors?.[name]?.length ? `${name}-fout` : null].filter(Boolean).join(" ") || undefined;
}

function Field({ state, name, text, hint, multiline, type = "text", autoComplete, inputMode }: Props & { text: string; hint?: string; multiline?: boolean; type?: "text" | "email"; autoComplete?: string; inputMode?: "numeric" }) {
  const common = {
    id: name,
    name,
    defaultValue: state.values[name] ?? "",
    "aria-describedby": describedBy(state, name, Boolean(hint)),
    "aria-invalid": state.errors?.[name]?.length ? true : undefined,
    className: input,
  } as const;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className={label}>
        {text}
      </label>
      {hint ? (
        <p id={`${name}-uitleg`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={3} /> : <input {...common} type={type} autoComplete={autoComplete ?? "off"} inputMode={inputMode} />}
      <FieldError state={state} name={name} />
    </div>
  );
}

function Choice({ state, name, text, options }: Props & { text: string; options: { value: string; text: string }[] }) {
  const chosen = state.values[name] ?? "";
  return (
    <fieldset className="space-y-1" aria-describedby={state.errors?.[name]?.length ? `${name}-fout` : undefined}>
      <legend className={label}>{text}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex min-h-11 items-center gap-3">
          <input type="radio" name={name} value={o.value} defaultChecked={chosen === o.value} className="h-6 w-6 shrink-0 accent-brand-700" />
          <span>{o.text}</span>
        </label>
      ))}
      <FieldError state={state} name={name} />
    </fieldset>
  );
}

export function SubmissionForm() {
  const [state, action, pending] = useActionState<SubmissionFormState, FormData>(submitProductAction, { values: {} });
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) top.current?.focus();
  }, [state]);
  const key = JSON.stringify(state.values);
  return (
    <div className="space-y-6">
      <div ref={top} tabIndex={-1} id="melding">
        <div role="alert">{state.message ? <p className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 text-lg font-semibold text-bad-700">{state.message}</p> : null}</div>
      </div>
      <form key={key} action={action} noValidate className="space-y-6">
        {/* only robots fill this in: it is off screen and not reachable with the keyboard */}
        <div aria-hidden="true" className="absolute -inset-s-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="website">Laat dit veld leeg</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Het product</legend>
          <Field state={state} name="name" text="Naam van het product" />
          <Field state={state} name="description" text="Korte uitleg" hint="Schrijf in gewone woorden wat het product doet. Eén of twee korte zinnen. Geen reclame." multiline />
          <Field state={state} name="iso9999Code" text="ISO 9999-code" hint='Klasse, subklasse en eventueel divisie, met spaties. Bijvoorbeeld "18 18 06".' />
          <Field state={state} name="supplier" text="Leverancier" autoComplete="organization" />
          <Field state={state} name="manufacturer" text="Fabrikant (als die anders is)" hint="Mag leeg blijven." />
        </fieldset>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Prijs</legend>
          <Field state={state} name="priceMinEuro" text="Laagste prijs in euro" hint="Hele euro's, bijvoorbeeld 80." inputMode="numeric" />
          <Field state={state} name="priceMaxEuro" text="Hoogste prijs in euro" inputMode="numeric" />
          <Choice
            state={state}
            name="pricePeriod"
            text="Is dat eenmalig of per maand?"
            options={[
              { value: "once", text: "Eenmalig" },
              { value: "month", text: "Per maand" },
            ]}
          />
        </fieldset>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Legt het product iets vast over de gebruiker?</legend>
          <p className="max-w-prose">Bijvoorbeeld met een sensor, camera, de plek waar iemand is, of of iemand pillen neemt.</p>
          <Choice
            state={state}
            name="isMonitoring"
            text="Legt het iets vast?"
            options={[
              { value: "ja", text: "Ja" },
              { value: "nee", text: "Nee" },
            ]}
          />
          <p className="max-w-prose">Koos u ja? Vul dan ook deze drie vragen in.</p>
          <Field state={state} name="monitoringRecords" text="Wat legt het vast?" multiline />
          <Field state={state} name="monitoringWhoSees" text="Wie ziet dat?" multiline />
          <Field state={state} name="monitoringHowToStop" text="Hoe stopt de gebruiker ermee?" multiline />
        </fieldset>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Afbeeldingen</legend>
          <p className="max-w-prose">
            Minstens één foto van het product, hooguit {MAX_SUBMISSION_IMAGES}. PNG, JPEG of WebP, elk hooguit 5 MB en samen hooguit 9 MB. Schrijf bij elke foto wat erop
            staat, voor mensen die niet goed kunnen zien.
          </p>
          {[...Array(MAX_SUBMISSION_IMAGES).keys()].map((i) => (
            <div key={i} className="min-w-0 space-y-3 rounded-lg border-2 border-gray-300 p-3">
              <div className="space-y-1">
                <label htmlFor={`image.${i}`} className={label}>
                  Foto {i + 1}
                  {i > 0 ? " (mag leeg blijven)" : ""}
                </label>
                <input
                  id={`image.${i}`}
                  name={`image.${i}`}
                  type="file"
                  accept="image/png,image/jpeg,image/webp"
                  aria-describedby={state.errors?.[`image.${i}`]?.length ? `image.${i}-fout` : undefined}
                  aria-invalid={state.errors?.[`image.${i}`]?.length ? true : undefined}
                  className={`${input} min-h-11 max-w-full`}
                />
                <FieldError state={state} name={`image.${i}`} />
              </div>
              <Field state={state} name={`imageAlt.${i}`} text={`Wat staat er op foto ${i + 1}?`} hint="Bijvoorbeeld: Een witte deurbel met een kleine camera boven de knop." />
            </div>
          ))}
        </fieldset>

        <fieldset className={`${card} min-w-0 space-y-4`}>
          <legend className="px-1 text-xl font-bold">Contact</legend>
          <p className="max-w-prose">Wij gebruiken dit alleen om u te laten weten wat wij met uw aanmelding doen.</p>
          <Field state={state} name="contactName" text="Uw naam" autoComplete="name" />
          <Field state={state} name="contactEmail" text="Uw e-mailadres" type="email" autoComplete="email" />
        </fieldset>

        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig met versturen …" : "Product aanmelden"}
        </button>
      </form>
    </div>
  );
}
