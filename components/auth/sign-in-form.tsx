"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";

export function SignInForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Vul uw e-mailadres en wachtwoord in.");
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign("/werkplek");
      return;
    }
    setBusy(false);
    setError("Dit e-mailadres of wachtwoord klopt niet. Probeer het opnieuw.");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5" aria-describedby={error ? "inlog-fout" : undefined}>
      {error ? (
        <p id="inlog-fout" role="alert" className={fieldError}>
          {error}
        </p>
      ) : null}
      <div>
        <label className={label} htmlFor="email">
          E-mailadres
        </label>
        <input className={input} id="email" name="email" type="email" autoComplete="username" required aria-invalid={!!error} />
      </div>
      <div>
        <label className={label} htmlFor="password">
          Wachtwoord
        </label>
        <input className={input} id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={!!error} />
      </div>
      <button className={buttonPrimary} type="submit" disabled={busy}>
        {busy ? "Bezig met inloggen …" : "Inloggen"}
      </button>
    </form>
  );
}
