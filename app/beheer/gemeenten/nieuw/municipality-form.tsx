"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { CodeOnce } from "@/components/admin/code-once";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary, buttonSecondary, link } from "@/components/ui/styles";
import { createMunicipalityAction, type CreateMunicipalityState } from "../actions";

export function MunicipalityForm() {
  const [state, action, pending] = useActionState<CreateMunicipalityState, FormData>(createMunicipalityAction, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.created) top.current?.focus();
  }, [state]);
  const v = state.values ?? {};
  const e = (k: string) => state.errors?.[k]?.[0];

  if (state.created) {
    return (
      <div ref={top} tabIndex={-1} role="status" className="space-y-4">
        <p className="text-xl font-bold">De gemeente {state.created.name} is gemaakt.</p>
        <CodeOnce name={state.created.adminName} email={state.created.email} code={state.created.code} link={state.created.link} expiresAt={state.created.expiresAt} />
        <p>
          Zolang de gemeente nog geen uitleenpunt heeft, krijgen inwoners wel advies. Als volgende stap noemen wij dan het Wmo-loket.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link className={buttonSecondary} href="/beheer/gemeenten">
            Terug naar de gemeenten
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="max-w-2xl space-y-6">
      <div ref={top} tabIndex={-1}>
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">De gemeente</legend>
        <Field id="naam" name="naam" label="Naam van de gemeente" required defaultValue={v.naam} error={e("naam")} maxLength={100} />
        <Field id="slug" name="slug" label="Korte naam" hint="Kleine letters, cijfers en streepjes, zoals den-haag. Dit kunt u later niet meer veranderen." required defaultValue={v.slug} error={e("slug")} maxLength={60} />
        <Field
          id="postcodegebieden"
          name="postcodegebieden"
          label="Postcodegebieden"
          hint="De eerste vier cijfers van de postcodes in deze gemeente. Eén reeks per regel, zoals 2491-2599, of één getal, zoals 2280."
          multiline
          rows={3}
          defaultValue={v.postcodegebieden}
          error={e("postcodegebieden")}
          maxLength={2000}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Het Wmo-loket</legend>
        <p>Inwoners zien dit onder hun advies. Zeker zolang er nog geen uitleenpunt is.</p>
        <Field id="wmoTelefoon" name="wmoTelefoon" label="Telefoonnummer" type="tel" defaultValue={v.wmoTelefoon} error={e("wmoTelefoon")} maxLength={40} />
        <Field id="wmoWebsite" name="wmoWebsite" label="Website" hint="Begint met https://" defaultValue={v.wmoWebsite} error={e("wmoWebsite")} maxLength={300} />
        <Field id="wmoOpeningstijden" name="wmoOpeningstijden" label="Wanneer bereikbaar" hint="Bijvoorbeeld: maandag tot en met vrijdag van 9.00 tot 17.00 uur." defaultValue={v.wmoOpeningstijden} error={e("wmoOpeningstijden")} maxLength={200} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">De eerste beheerder</legend>
        <p>Deze persoon krijgt een uitnodiging. Hij of zij kiest zelf een wachtwoord, en nodigt daarna de collega&apos;s uit.</p>
        <Field id="beheerderNaam" name="beheerderNaam" label="Naam" required defaultValue={v.beheerderNaam} error={e("beheerderNaam")} maxLength={100} autoComplete="off" />
        <Field id="beheerderEmail" name="beheerderEmail" label="E-mailadres" type="email" required defaultValue={v.beheerderEmail} error={e("beheerderEmail")} maxLength={200} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig …" : "Gemeente maken en beheerder uitnodigen"}
        </button>
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/beheer/gemeenten">
          Annuleren
        </Link>
      </div>
    </form>
  );
}
