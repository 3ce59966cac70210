"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary, fieldError, label } from "@/components/ui/styles";
import { grantRightsAction, type GrantState } from "./actions";

const ROLE_TEXT: Record<string, string> = {
  CONSULTANT: "Wmo-consulent",
  CENTRE_STAFF: "Medewerker uitleenpunt",
  MUNICIPALITY_ADMIN: "Beheerder van de gemeente",
};

/** Gives an account of the identity provider that waits for rights its role (and centres for staff). */
export function GrantForm({ userId, name, back, roles, centres }: { userId: string; name: string; back: string; roles: string[]; centres: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<GrantState, FormData>(grantRightsAction, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.done) top.current?.focus();
  }, [state]);
  const e = (k: string) => state.errors?.[k]?.[0];
  const v = state.values;
  const prefix = `rechten-${userId}`;
  if (state.done) {
    return (
      <div ref={top} tabIndex={-1} role="status">
        <p className="rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">{state.done}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ errors: state.errors, message: state.message }} />
      </div>
      <form action={action} noValidate className="space-y-4">
        <input type="hidden" name="gebruiker" value={userId} />
        <input type="hidden" name="terug-gemeente" value={back} />
        <fieldset aria-describedby={e("rol") ? `${prefix}-rol-fout` : undefined}>
          <legend className={`${label} text-lg`}>Wat gaat {name} doen?</legend>
          <div className="mt-2 space-y-1">
            {roles.map((r) => (
              <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3">
                <input type="radio" name="rol" value={r} defaultChecked={v?.rol === r} className="h-6 w-6 shrink-0 accent-brand-700" aria-invalid={e("rol") ? true : undefined} />
                <span>{ROLE_TEXT[r]}</span>
              </label>
            ))}
          </div>
          {e("rol") ? (
            <p id={`${prefix}-rol-fout`} className={fieldError}>
              {e("rol")}
            </p>
          ) : null}
        </fieldset>
        {centres.length ? (
          <fieldset aria-describedby={[`${prefix}-uitleg`, e("uitleenpunten") ? `${prefix}-uitleenpunten-fout` : null].filter(Boolean).join(" ")}>
            <legend className={`${label} text-lg`}>Uitleenpunten</legend>
            <p id={`${prefix}-uitleg`} className="text-base text-muted">
              Alleen voor medewerkers van een uitleenpunt: waar werkt {name}?
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
              <p id={`${prefix}-uitleenpunten-fout`} className={fieldError}>
                {e("uitleenpunten")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig..." : "Rechten geven"}
          <span className="sr-only"> aan {name}</span>
        </button>
      </form>
    </div>
  );
}
