"use client";

import { useActionState } from "react";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";
import type { NearestFormState } from "@/lib/schemas/nearest";

/**
 * "Which centre is near me?": the postcode is sent in a form POST; the page comes back sorted with only the 4 digits
 * of the area in its address. Works without JavaScript (a server action is a plain form post).
 */
export function NearestForm({ action, pc4 }: { action: (state: NearestFormState, formData: FormData) => Promise<NearestFormState>; pc4: string | null }) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.error;
  return (
    <form action={formAction} noValidate className="max-w-md space-y-2">
      <label htmlFor="postcode" className={label}>
        Uw postcode
      </label>
      <p id="postcode-uitleg" className="text-base text-muted">
        Dan zetten wij het dichtstbijzijnde uitleenpunt bovenaan. Alleen de 4 cijfers zijn genoeg.
      </p>
      {error ? (
        <p id="postcode-fout" className={fieldError}>
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <input
          id="postcode"
          name="postcode"
          type="text"
          inputMode="text"
          autoComplete="postal-code"
          maxLength={10}
          defaultValue={state.value ?? pc4 ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "postcode-uitleg postcode-fout" : "postcode-uitleg"}
          className={`${input} max-w-[12rem]`}
        />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          Zoek dichtbij
        </button>
      </div>
    </form>
  );
}
