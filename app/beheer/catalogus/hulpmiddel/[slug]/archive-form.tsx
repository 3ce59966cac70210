"use client";

import { useActionState } from "react";
import { buttonDanger, card, fieldError, input, label } from "@/components/ui/styles";
import { archiveProductAction, type ArchiveState } from "./actions";

/** "Uit de catalogus halen" with a required reason; the product leaves the draft (publish makes it final). */
export function ArchiveForm({ slug, name }: { slug: string; name: string }) {
  const [state, action, pending] = useActionState<ArchiveState, FormData>(archiveProductAction, {});
  const error = state.errors?.why?.join(" ");
  return (
    <section aria-labelledby="archiveren-titel" className={`${card} space-y-3`}>
      <h2 id="archiveren-titel" className="text-2xl font-bold">
        Uit de catalogus halen
      </h2>
      <p className="max-w-prose">
        Wordt {name} niet meer gemaakt of is het niet meer goed? Haal het dan uit het concept. Na publiceren krijgen inwoners het niet meer aangeraden. Wat
        al is uitgeleend blijft bewaard. Terughalen kan door een eerdere versie terug te zetten.
      </p>
      <div role="alert">{state.message && !error ? <p className={fieldError}>{state.message}</p> : null}</div>
      <form action={action} noValidate className="space-y-3">
        <input type="hidden" name="slug" value={slug} />
        <div className="space-y-1">
          <label htmlFor="archiveren-why" className={label}>
            Waarom haalt u het weg?
          </label>
          <textarea
            id="archiveren-why"
            name="why"
            rows={2}
            defaultValue={state.why ?? ""}
            className={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "archiveren-why-fout" : undefined}
          />
          {error ? (
            <p id="archiveren-why-fout" className={fieldError}>
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonDanger} disabled={pending}>
          {name} uit het concept halen
        </button>
      </form>
    </section>
  );
}
