"use client";

import { useActionState, useEffect, useRef } from "react";
import { eraseAction, type EraseFormState } from "./actions";
import { buttonDanger, fieldError } from "@/components/ui/styles";

/**
 * The confirmation step of an erasure request: one checkbox that the administrator checked it is the right record,
 * then one button. The erasure itself happens in one transaction on the server.
 */
export function EraseForm({ reference, kind, confirmText, buttonText }: { reference: string; kind: "case" | "reservation" | "waitlist"; confirmText: string; buttonText: string }) {
  const [state, action, pending] = useActionState<EraseFormState, FormData>(eraseAction, {});
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) summary.current?.focus();
  }, [state]);
  const error = state.errors?.bevestigd?.[0];

  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded-lg border-2 border-bad-700 bg-bad-50 p-4">
          <p className="font-bold text-bad-700">{state.message}</p>
          {error ? (
            <p>
              <a className="font-semibold text-bad-700 underline" href="#bevestigd">
                {error}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="referentie" value={reference} />
      <input type="hidden" name="soort" value={kind} />
      <div>
        <div className="flex items-start gap-3">
          <input
            id="bevestigd"
            name="bevestigd"
            type="checkbox"
            value="ja"
            className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
            aria-invalid={!!error}
            aria-describedby={error ? "bevestigd-fout" : undefined}
          />
          <label htmlFor="bevestigd" className="text-base font-semibold">
            {confirmText}
          </label>
        </div>
        {error ? (
          <p id="bevestigd-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className={buttonDanger} disabled={pending}>
        {pending ? "Bezig met wissen …" : buttonText}
      </button>
    </form>
  );
}
