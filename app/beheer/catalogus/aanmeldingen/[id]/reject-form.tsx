"use client";

import { useActionState } from "react";
import { buttonDanger, card, fieldError, input, label } from "@/components/ui/styles";
import { rejectSubmissionAction, type RejectState } from "./actions";

export function RejectForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<RejectState, FormData>(rejectSubmissionAction, {});
  return (
    <section aria-labelledby="afwijzen-titel" className={`${card} space-y-3`}>
      <h2 id="afwijzen-titel" className="text-2xl font-bold">
        Afwijzen
      </h2>
      <p className="max-w-prose">Past het product niet in de catalogus? Schrijf waarom. De leverancier krijgt deze tekst per e-mail. Schrijf vriendelijk en duidelijk.</p>
      <div role="alert">{state.message ? <p className={fieldError}>{state.message}</p> : null}</div>
      <form action={action} noValidate className="space-y-3">
        <input type="hidden" name="id" value={id} />
        <div className="space-y-1">
          <label htmlFor="afwijzen-reden" className={label}>
            Reden voor de leverancier
          </label>
          <textarea
            id="afwijzen-reden"
            name="reason"
            rows={4}
            defaultValue={state.reason ?? ""}
            className={input}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? "afwijzen-reden-fout" : undefined}
          />
          {state.error ? (
            <p id="afwijzen-reden-fout" className={fieldError}>
              {state.error}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonDanger} disabled={pending}>
          Aanmelding afwijzen
        </button>
      </form>
    </section>
  );
}
