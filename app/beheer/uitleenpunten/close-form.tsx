"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonDanger, fieldError } from "@/components/ui/styles";
import type { CentreFormState } from "./actions";

/** Closing for good needs one tick: residents no longer see the centre; loans that are out continue. */
export function CloseCentreForm({ action: close, name }: { action: (s: CentreFormState, f: FormData) => Promise<CentreFormState>; name: string }) {
  const [state, action, pending] = useActionState<CentreFormState, FormData>(close, {});
  const error = state.errors?.bevestigd?.[0];
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      <FormMessage state={{ message: state.message }} />
      <div>
        <label htmlFor="bevestigd" className="flex min-h-11 cursor-pointer items-start gap-3">
          <input id="bevestigd" name="bevestigd" type="checkbox" value="ja" className="mt-1 h-6 w-6 shrink-0 accent-brand-700" aria-invalid={error ? true : undefined} aria-describedby={error ? "bevestigd-fout" : undefined} />
          <span>Ja, ik wil {name} voorgoed sluiten.</span>
        </label>
        {error ? (
          <p id="bevestigd-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className={buttonDanger} disabled={pending}>
        Uitleenpunt sluiten
      </button>
    </form>
  );
}
