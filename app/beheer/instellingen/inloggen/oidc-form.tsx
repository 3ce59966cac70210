"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";
import type { OidcFormState, OidcFormValues } from "./actions";

const ROLE_LABELS: Record<string, string> = { CONSULTANT: "Wmo-consulent", CENTRE_STAFF: "Medewerker uitleenpunt", MUNICIPALITY_ADMIN: "Beheerder van de gemeente" };
const EMPTY_ROWS = 3;

export function OidcForm({ action: save, initial, secretSet, centres, redirectUri }: { action: (s: OidcFormState, f: FormData) => Promise<OidcFormState>; initial: OidcFormValues; secretSet: boolean; centres: { id: string; name: string }[]; redirectUri: string }) {
  const [state, action, pending] = useActionState<OidcFormState, FormData>(save, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.ok) top.current?.focus();
  }, [state]);
  const v = state.values ?? initial;
  const e = (k: string) => state.errors?.[k]?.[0];
  const rows = [...v.mappings, ...Array.from({ length: EMPTY_ROWS }, () => ({ value: "", role: "CONSULTANT", centreIds: [] as string[] }))];

  return (
    <form action={action} noValidate className="max-w-3xl space-y-8" key={state.ok ?? "form"}>
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ errors: state.errors, message: state.message, ok: state.ok }} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Identiteitsprovider</legend>
        <p>
          Geef bij uw identiteitsprovider (bijvoorbeeld Entra ID, Keycloak of ADFS) dit adres op als terugstuuradres (redirect URI):{" "}
          <code className="[overflow-wrap:anywhere]">{redirectUri}</code>
        </p>
        <Field id="issuer" name="issuer" label="Adres van de identiteitsprovider (issuer)" hint="Begint met https://, bijvoorbeeld https://login.microsoftonline.com/…/v2.0" defaultValue={v.issuer} error={e("issuer")} maxLength={500} />
        <Field id="clientId" name="clientId" label="Client-id" defaultValue={v.clientId} error={e("clientId")} maxLength={300} />
        <div>
          <label className={label} htmlFor="clientSecret">
            Clientgeheim
          </label>
          <p id="clientSecret-uitleg" className="text-base">
            {secretSet ? "Het geheim is ingesteld. Laat dit veld leeg om het te houden; vul het alleen in om het te vervangen." : "Nog niet ingesteld. U ziet het geheim na het opslaan niet meer terug."}
          </p>
          <input id="clientSecret" name="clientSecret" type="password" autoComplete="new-password" className={input} maxLength={1000} aria-describedby={`clientSecret-uitleg${e("clientSecret") ? " clientSecret-fout" : ""}`} aria-invalid={e("clientSecret") ? true : undefined} />
          {e("clientSecret") ? <p id="clientSecret-fout" className={fieldError}>{e("clientSecret")}</p> : null}
        </div>
        <div className="flex items-start gap-3">
          <input id="enabled" name="enabled" type="checkbox" defaultChecked={v.enabled} className="mt-1 size-6" />
          <label htmlFor="enabled" className="text-base">Medewerkers kunnen inloggen met hun gemeente-account</label>
        </div>
        <div className="flex items-start gap-3">
          <input id="passwordSignInDisabled" name="passwordSignInDisabled" type="checkbox" defaultChecked={v.passwordSignInDisabled} className="mt-1 size-6" aria-describedby="passwordSignInDisabled-uitleg" />
          <div>
            <label htmlFor="passwordSignInDisabled" className="text-base font-semibold">Wachtwoord-inloggen uit</label>
            <p id="passwordSignInDisabled-uitleg" className="text-base">Medewerkers van uw gemeente kunnen dan niet meer inloggen met e-mailadres en wachtwoord.</p>
            {e("passwordSignInDisabled") ? <p className={fieldError}>{e("passwordSignInDisabled")}</p> : null}
          </div>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Rollen</legend>
        <Field id="claimName" name="claimName" label="Naam van het gegeven met groepen of rollen" hint="Meestal groups of roles." defaultValue={v.claimName} error={e("claimName")} maxLength={100} />
        <p>
          Koppel een groep of rol uit uw identiteitsprovider aan een rol in deze app. Wie geen gekoppelde groep heeft, krijgt na het inloggen géén rechten. Laat een rij leeg als u hem niet nodig hebt.
        </p>
        {e("roleMappings") ? <p className={fieldError}>{e("roleMappings")}</p> : null}
        <ol className="space-y-6">
          {rows.map((row, i) => (
            <li key={i} className="space-y-3 rounded-lg border border-gray-300 p-4">
              <p className="font-semibold">Koppeling {i + 1}</p>
              <Field id={`koppeling-${i}-waarde`} name={`koppeling.${i}.waarde`} label="Waarde van de groep of rol" defaultValue={row.value} error={e(`roleMappings.${i}.value`)} maxLength={200} />
              <div>
                <label className={label} htmlFor={`koppeling-${i}-rol`}>
                  Rol in deze app
                </label>
                <select id={`koppeling-${i}-rol`} name={`koppeling.${i}.rol`} className={input} defaultValue={row.role} aria-invalid={e(`roleMappings.${i}.role`) ? true : undefined}>
                  {Object.entries(ROLE_LABELS).map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
                {e(`roleMappings.${i}.role`) ? <p className={fieldError}>{e(`roleMappings.${i}.role`)}</p> : null}
              </div>
              {centres.length > 0 ? (
                <fieldset>
                  <legend className="text-base font-semibold">Uitleenpunten (alleen voor medewerkers van een uitleenpunt)</legend>
                  {centres.map((c) => (
                    <div key={c.id} className="mt-2 flex items-center gap-3">
                      <input id={`koppeling-${i}-${c.id}`} type="checkbox" name={`koppeling.${i}.uitleenpunt`} value={c.id} defaultChecked={row.centreIds.includes(c.id)} className="size-6" />
                      <label htmlFor={`koppeling-${i}-${c.id}`}>{c.name}</label>
                    </div>
                  ))}
                  {e(`roleMappings.${i}.centreIds`) ? <p className={fieldError}>{e(`roleMappings.${i}.centreIds`)}</p> : null}
                </fieldset>
              ) : null}
            </li>
          ))}
        </ol>
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig met opslaan …" : "Opslaan"}
      </button>
    </form>
  );
}
