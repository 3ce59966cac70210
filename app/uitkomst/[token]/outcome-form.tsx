"use client";

import { useActionState } from "react";
import { DESK_RESULTS, OUTCOME_REASON_CODES } from "@/lib/learning/outcome-codes";
import { ErrorSummary, type ErrorSummaryTexts } from "../../reserveren/_components/error-summary";
import type { ResidentFormAction, ResidentFormState } from "../../reserveren/_components/form-state";
import { SubmitButton } from "../../reserveren/_components/submit-button";

const choice = "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-300 px-3 py-2 text-lg has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50";

/** The form's words in the resident's language: the two questions, every answer, the button. */
export interface OutcomeFormTexts extends ErrorSummaryTexts {
  busy: string;
  resultLegend: string;
  reasonLegend: string;
  submit: string;
  results: Record<string, string>;
  reasons: Record<string, string>;
}

/** Two questions, one button. B1 wording; every answer has a "no need to say" option. */
export function ResidentOutcomeForm({ action, initial, texts }: { action: ResidentFormAction; initial: { result: string; reason: string | null } | null; texts: OutcomeFormTexts }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  const result = state.values?.result ?? initial?.result ?? "";
  const reason = state.values?.reason ?? initial?.reason ?? "";
  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={state.errors} message={state.message} texts={texts} />
      <fieldset className="space-y-2" id="result">
        <legend className="mb-2 text-xl font-bold">{texts.resultLegend}</legend>
        {DESK_RESULTS.map((r) => (
          <label key={r} className={choice}>
            <input type="radio" name="result" value={r} defaultChecked={result === r} className="size-6 shrink-0" />
            {texts.results[r]}
          </label>
        ))}
        {state.errors?.result ? <p className="text-lg font-semibold text-bad-700">{state.errors.result.join(" ")}</p> : null}
      </fieldset>
      <fieldset className="space-y-2" id="reason">
        <legend className="mb-2 text-xl font-bold">{texts.reasonLegend}</legend>
        {OUTCOME_REASON_CODES.map((code) => (
          <label key={code} className={choice}>
            <input type="radio" name="reason" value={code} defaultChecked={reason === code} className="size-6 shrink-0" />
            {texts.reasons[code]}
          </label>
        ))}
        {state.errors?.reason ? <p className="text-lg font-semibold text-bad-700">{state.errors.reason.join(" ")}</p> : null}
      </fieldset>
      <SubmitButton busy={texts.busy}>{texts.submit}</SubmitButton>
    </form>
  );
}
