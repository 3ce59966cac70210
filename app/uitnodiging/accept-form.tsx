"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";
import { acceptInvitationAction, type AcceptState } from "./actions";

function Field({ id, text, hint, type, error, defaultValue, autoComplete }: { id: string; text: string; hint?: string; type: string; error?: string; defaultValue?: string; autoComplete: string }) {
  const describedBy = [hint ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label className={label} htmlFor={id}>
        {text}
      </label>
      {hint ? (
        <p id={`${id}-uitleg`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <input className={input} id={id} name={id} type={type} defaultValue={defaultValue} autoComplete={autoComplete} aria-invalid={error ? true : undefined} aria-describedby={describedBy} maxLength={200} />
      {error ? (
        <p id={`${id}-fout`} className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Code plus a new password, typed twice. After success: where to sign in. */
export function AcceptForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.done) top.current?.focus();
  }, [state]);

  if (state.done) {
    return (
      <div ref={top} tabIndex={-1} role="status" className="max-w-prose space-y-3 rounded-lg border-2 border-good-700 bg-good-50 p-4">
        <p className="text-lg font-bold text-good-700">Uw account is klaar.</p>
        <p>
          Log nu in met uw e-mailadres <strong className="[overflow-wrap:anywhere]">{state.done}</strong> en het wachtwoord dat u net koos.
        </p>
        <Link className={buttonPrimary} href="/inloggen">
          Naar inloggen
        </Link>
      </div>
    );
  }

  const err = (k: string) => state.errors?.[k]?.[0];
  return (
    <form action={action} noValidate className="max-w-md space-y-5">
      <div ref={top} tabIndex={-1} role="alert">
        {state.message ? <p className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 font-semibold text-bad-700">{state.message}</p> : null}
      </div>
      <Field id="code" text="Code uit de uitnodiging" hint="16 tekens, bijvoorbeeld KX7M-2QPD-B8RT-9HWC." type="text" autoComplete="one-time-code" defaultValue={state.values?.code ?? code} error={err("code")} />
      <Field id="wachtwoord" text="Kies uw wachtwoord" hint="Minstens 12 tekens. Een zin van een paar woorden is goed te onthouden." type="password" autoComplete="new-password" error={err("wachtwoord")} />
      <Field id="herhaling" text="Typ het wachtwoord nog een keer" type="password" autoComplete="new-password" error={err("herhaling")} />
      <button className={buttonPrimary} type="submit" disabled={pending}>
        {pending ? "Bezig …" : "Account maken"}
      </button>
    </form>
  );
}
