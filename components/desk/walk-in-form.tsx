"use client";

import { useActionState } from "react";
import { ConsentField } from "@/app/reserveren/_components/consent-field";
import { buttonPrimary, input, label } from "@/components/ui/styles";
import type { ConsentText } from "@/lib/server/lending/consent-text";
import { FieldError, FormMessage, Hidden, errorProps } from "./form-parts";
import { initialDeskState, type DeskAction, type DeskActionState } from "./form-state";
import { CheckoutChecklistFields } from "./hand-over-form";

function Field({ id, type, text, hint, state, autoComplete, maxLength }: { id: string; type: "text" | "tel" | "email"; text: string; hint?: string; state: DeskActionState; autoComplete: string; maxLength: number }) {
  return (
    <div className="space-y-1">
      <label className={label} htmlFor={`lener-${id}`}>
        {text}
      </label>
      {hint ? (
        <p id={`lener-${id}-uitleg`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={`lener-${id}`}
        name={id}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        defaultValue={state.values?.[id]}
        className={input}
        {...errorProps(state, id, `lener-${id}-fout`, hint ? `lener-${id}-uitleg` : undefined)}
      />
      <FieldError id={`lener-${id}-fout`} messages={state.errors?.[id]} />
    </div>
  );
}

/** Lending without a reservation: who borrows (with consent, the reservation's text), the checklist, then lend. */
export function WalkInForm({
  action,
  centreSlug,
  unitId,
  items,
  consent,
  difficulties = [],
}: {
  action: DeskAction;
  centreSlug: string;
  unitId: string;
  items: readonly string[];
  consent: ConsentText;
  /** the difficulties the product helps with (optional choice: then the outcome of this loan counts in the learning) */
  difficulties?: readonly { code: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  return (
    <form action={formAction} noValidate className="space-y-6" aria-describedby={state.message ? "uitlenen-melding" : undefined}>
      <FormMessage state={state} id="uitlenen-melding" />
      <Hidden values={{ centreSlug, unitId }} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Wie leent het?</legend>
        <Field id="name" type="text" text="Naam" state={state} autoComplete="off" maxLength={100} />
        <p className="text-base">Vul een telefoonnummer of een e-mailadres in, of allebei. Daar gaat de herinnering om terug te brengen heen.</p>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="phone" type="tel" text="Telefoonnummer" hint="Bijvoorbeeld 06 1234 5678." state={state} autoComplete="off" maxLength={30} />
          <Field id="email" type="email" text="E-mailadres" state={state} autoComplete="off" maxLength={200} />
        </div>
      </fieldset>
      {difficulties.length > 0 ? (
        <div className="space-y-1">
          <label className={label} htmlFor="uitlenen-moeilijkheid">
            Waarvoor leent de lener het? (mag leeg blijven)
          </label>
          <p id="uitlenen-moeilijkheid-uitleg" className="text-base text-muted">
            Kies wat de lener moeilijk vindt. Dan telt wat er later met het hulpmiddel gebeurt mee bij het leren van het advies. Vraag geen andere gegevens.
          </p>
          <select
            id="uitlenen-moeilijkheid"
            name="difficulty"
            className={input}
            defaultValue={state.values?.difficulty ?? ""}
            {...errorProps(state, "difficulty", "uitlenen-moeilijkheid-fout", "uitlenen-moeilijkheid-uitleg")}
          >
            <option value="">Niet gevraagd</option>
            {difficulties.map((d) => (
              <option key={d.code} value={d.code}>
                {d.label}
              </option>
            ))}
          </select>
          <FieldError id="uitlenen-moeilijkheid-fout" messages={state.errors?.difficulty} />
        </div>
      ) : null}
      <ConsentField text={consent} error={state.errors?.consent?.[0]} title="Lees dit samen met de lener" />
      <CheckoutChecklistFields items={items} state={state} idPrefix="uitlenen" />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig …" : "Uitlenen"}
      </button>
    </form>
  );
}
