"use client";

import { useActionState, useEffect, useRef } from "react";
import { countPhrases } from "@/components/admin/labels";
import { buttonPrimary } from "@/components/ui/styles";
import { runRetentionAction, type RetentionFormState } from "./actions";

/** The "Nu opruimen" button and what it did. */
export function RetentionForm({ allMunicipalities }: { allMunicipalities: boolean }) {
  const [state, action, pending] = useActionState<RetentionFormState, FormData>(runRetentionAction, {});
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.counts || state.message) result.current?.focus();
  }, [state]);
  const phrases = state.counts ? countPhrases({ ...state.counts }) : [];

  return (
    <form action={action} className="space-y-4">
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig met opruimen …" : "Nu opruimen"}
      </button>
      <div ref={result} tabIndex={-1} role="status" aria-live="polite">
        {state.message ? <p className="rounded-lg border-2 border-bad-700 bg-bad-50 p-4 font-semibold text-bad-700">{state.message}</p> : null}
        {state.counts ? (
          <div className="space-y-2 rounded-lg border-2 border-good-700 bg-good-50 p-4">
            <p className="font-bold text-good-700">Klaar{allMunicipalities ? " voor alle gemeenten" : ""}.</p>
            {phrases.length ? (
              <>
                <p>Opgeruimd:</p>
                <ul className="list-disc pl-6">
                  {phrases.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Er was niets op te ruimen. Alle gegevens vallen nog binnen de bewaartermijn.</p>
            )}
          </div>
        ) : null}
      </div>
    </form>
  );
}
