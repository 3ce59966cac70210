"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";

/** `initialError`: next-auth's error code when it sent the browser back here (e.g. without JavaScript). */
export function SignInForm({ initialError }: { initialError?: string } = {}) {
  const [error, setError] = useState<string | null>(initialError ? signInErrorMessage(initialError) : null);
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
      // a full page load, so the server components read the new session cookie from the first request
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/werkplek");
      return;
    }
    setBusy(false);
    setError(signInErrorMessage(result?.error));
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
