"use client";

import { useActionState, useEffect, useRef } from "react";
import { CodeOnce } from "@/components/admin/code-once";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary, fieldError, label } from "@/components/ui/styles";
import { inviteAction, type InviteState } from "./actions";

const ROLE_TEXT: Record<string, string> = {
  CONSULTANT: "Wmo-consulent",
  CENTRE_STAFF: "Medewerker uitleenpunt",
  MUNICIPALITY_ADMIN: "Beheerder van de gemeente",
  PLATFORM_ADMIN: "Platformbeheerder (alle gemeenten)",
  CATALOGUE_EDITOR: "Redacteur van de catalogus",
};

export function InviteForm({ roles, centres, municipalityId }: { roles: string[]; centres: { id: string; name: string }[]; municipalityId: string | null }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, {});
  const top = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.message || state.invited) top.current?.focus();
  }, [state]);
  const v = state.values;
  const e = (k: string) => state.errors?.[k]?.[0];

  return (
    <div className="space-y-4">
      <div ref={top} tabIndex={-1}>
        {state.invited ? (
          <div role="status">
            <CodeOnce name={state.invited.name} email={state.invited.email} code={state.invited.code} link={state.invited.link} expiresAt={state.invited.expiresAt} />
          </div>
        ) : (
          <FormMessage state={{ errors: state.errors, message: state.message }} />
        )}
      </div>
      <form ref={form} action={action} noValidate className="max-w-2xl space-y-5" key={state.invited ? state.invited.code : "form"}>
        {municipalityId ? <input type="hidden" name="gemeente" value={municipalityId} /> : null}
        <Field id="uitnodiging-naam" name="naam" label="Naam" required defaultValue={v?.naam} error={e("naam")} maxLength={100} />
        <Field id="uitnodiging-email" name="email" label="E-mailadres" type="email" required defaultValue={v?.email} error={e("email")} maxLength={200} />
        <fieldset aria-describedby={e("rol") ? "rol-fout" : undefined}>
          <legend className={`${label} text-lg`}>Wat gaat deze persoon doen?</legend>
          <div className="mt-2 space-y-1">
            {roles.map((r) => (
              <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3">
                <input type="radio" name="rol" value={r} defaultChecked={v?.rol === r} className="h-6 w-6 shrink-0 accent-brand-700" aria-invalid={e("rol") ? true : undefined} />
                <span>{ROLE_TEXT[r]}</span>
              </label>
            ))}
          </div>
          {e("rol") ? (
            <p id="rol-fout" className={fieldError}>
              {e("rol")}
            </p>
          ) : null}
        </fieldset>
        {centres.length ? (
          <fieldset aria-describedby={["uitleenpunten-uitleg", e("uitleenpunten") ? "uitleenpunten-fout" : null].filter(Boolean).join(" ")}>
            <legend className={`${label} text-lg`}>Uitleenpunten</legend>
            <p id="uitleenpunten-uitleg" className="text-base text-muted">
              Alleen voor medewerkers van een uitleenpunt: waar werkt deze persoon?
            </p>
            <div className="mt-2 space-y-1">
              {centres.map((c) => (
                <label key={c.id} className="flex min-h-11 cursor-pointer items-center gap-3">
                  <input type="checkbox" name="uitleenpunten" value={c.id} defaultChecked={v?.uitleenpunten.includes(c.id)} className="h-6 w-6 shrink-0 accent-brand-700" />
                  <span>{c.name}</span>
                </label>
              ))}
            </div>
            {e("uitleenpunten") ? (
              <p id="uitleenpunten-fout" className={fieldError}>
                {e("uitleenpunten")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig …" : "Uitnodigen"}
        </button>
      </form>
    </div>
  );
}
