"use client";

import { useActionState } from "react";
import { buttonPrimary, input, label } from "@/components/ui/styles";
import { FieldError, Hidden, errorProps } from "./form-parts";
import { initialDeskState, type DeskAction } from "./form-state";

/**
 * "Code of etiket": the reservation code a resident brings, or the label of a unit (typed, or by a barcode scanner
 * that types the label and presses Enter). Leads to the reservation or the unit.
 */
export function CodeLookupForm({ action, centreSlug }: { action: DeskAction; centreSlug: string }) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  return (
    <form action={formAction} noValidate role="search" aria-label="Code zoeken" className="space-y-2">
      <Hidden values={{ centreSlug }} />
      <label className={label} htmlFor="code">
        Code van een reservering, of het etiket van een exemplaar
      </label>
      <p id="code-uitleg" className="text-base text-muted">
        Bijvoorbeeld KX7M-2QPD of ZL-ROBOTSTOFZUIGER-01. Een streepjescodescanner kan hier ook typen.
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <input
          id="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={60}
          defaultValue={state.values?.code}
          className={`${input} max-w-sm flex-1 font-mono uppercase`}
          {...errorProps(state, "code", "code-fout", "code-uitleg")}
        />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig …" : "Zoeken"}
        </button>
      </div>
      <FieldError id="code-fout" messages={state.errors?.code ?? (state.message ? [state.message] : undefined)} />
    </form>
  );
}
