"use client";

import { useActionState } from "react";
import { DESK_RESULTS, OUTCOME_REASONS, OUTCOME_REASON_CODES, OUTCOME_RESULT_RESIDENT_LABELS } from "@/lib/learning/outcome-codes";
import { ErrorSummary } from "../../reserveren/_components/error-summary";
import type { ResidentFormAction, ResidentFormState } from "../../reserveren/_components/form-state";
import { SubmitButton } from "../../reserveren/_components/submit-button";

const choice = "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-300 px-3 py-2 text-lg has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50";

/** Two questions, one button. B1 wording; every answer has a "no need to say" option. */
export function ResidentOutcomeForm({ action, initial }: { action: ResidentFormAction; initial: { result: string; reason: string | null } | null }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  const result = state.values?.result ?? initial?.result ?? "";
  const reason = state.values?.reason ?? initial?.reason ?? "";
  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={state.errors} message={state.message} />
      <fieldset className="space-y-2" id="result">
        <legend className="mb-2 text-xl font-bold">Wat doet u met het hulpmiddel?</legend>
        {DESK_RESULTS.map((r) => (
          <label key={r} className={choice}>
            <input type="radio" name="result" value={r} defaultChecked={result === r} className="size-6 shrink-0" />
            {OUTCOME_RESULT_RESIDENT_LABELS[r]}
          </label>
        ))}
        {state.errors?.result ? <p className="text-lg font-semibold text-bad-700">{state.errors.result.join(" ")}</p> : null}
      </fieldset>
      <fieldset className="space-y-2" id="reason">
        <legend className="mb-2 text-xl font-bold">Waarom?</legend>
        {OUTCOME_REASON_CODES.map((code) => (
          <label key={code} className={choice}>
            <input type="radio" name="reason" value={code} defaultChecked={reason === code} className="size-6 shrink-0" />
            {OUTCOME_REASONS[code].resident}
          </label>
        ))}
        {state.errors?.reason ? <p className="text-lg font-semibold text-bad-700">{state.errors.reason.join(" ")}</p> : null}
      </fieldset>
      <SubmitButton>Antwoord versturen</SubmitButton>
    </form>
  );
}
