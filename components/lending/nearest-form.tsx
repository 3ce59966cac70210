"use client";

import { useActionState } from "react";
import { buttonPrimary, fieldError, input, label } from "@/components/ui/styles";
import type { NearestFormState } from "@/lib/schemas/nearest";

/**
 * "Which centre is near me?": the postcode is sent in a form POST; the page comes back sorted with only the 4 digits
 * of the area in its address. Works without JavaScript (a server action is a plain form post).
 */
/** The form's words in the resident's language. */
export interface NearestFormTexts {
  label: string;
  hint: string;
  search: string;
}

export function NearestForm({ action, pc4, texts }: { action: (state: NearestFormState, formData: FormData) => Promise<NearestFormState>; pc4: string | null; texts: NearestFormTexts }) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.error;
  return (
    <form action={formAction} noValidate className="max-w-md space-y-2">
      <label htmlFor="postcode" className={label}>
        {texts.label}
      </label>
      <p id="postcode-uitleg" className="text-base text-muted">
        {texts.hint}
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
          dir="ltr"
          defaultValue={state.value ?? pc4 ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "postcode-uitleg postcode-fout" : "postcode-uitleg"}
          className={`${input} max-w-[12rem]`}
        />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {texts.search}
        </button>
      </div>
    </form>
  );
}
