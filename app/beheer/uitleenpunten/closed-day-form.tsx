"use client";

import { useActionState } from "react";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonSecondary } from "@/components/ui/styles";
import type { CentreFormState } from "./actions";

/** Adds a holiday or another day the centre is closed. */
export function ClosedDayForm({ action: save }: { action: (s: CentreFormState, f: FormData) => Promise<CentreFormState> }) {
  const [state, action, pending] = useActionState<CentreFormState, FormData>(save, {});
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      <FormMessage state={{ errors: state.errors, message: state.message, ok: state.ok }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="datum" name="datum" label="Datum" type="date" required defaultValue={v.datum} error={state.errors?.datum?.[0]} />
        <Field id="reden" name="reden" label="Reden" hint="Bijvoorbeeld: Tweede Kerstdag." defaultValue={v.reden} error={state.errors?.reden?.[0]} maxLength={200} />
      </div>
      <button type="submit" className={buttonSecondary} disabled={pending}>
        Dag toevoegen
      </button>
    </form>
  );
}
