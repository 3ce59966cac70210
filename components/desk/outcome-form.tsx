"use client";

import { useActionState, useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { DESK_RESULTS, OUTCOME_REASONS, OUTCOME_REASON_CODES, OUTCOME_RESULT_LABELS, RETURN_KIND_LABELS, reasonFits, type DeskResult } from "@/lib/learning/outcome-codes";
import { FieldError, FormMessage, Hidden } from "./form-parts";
import { initialDeskState, type DeskAction } from "./form-state";

/**
 * The outcome of a loan in two clicks: what happens with it (first click), then why (the second click saves).
 * With JavaScript only the reasons that fit the first answer are shown; without it all are, and a reason that does not
 * fit gets a clear message.
 */
export function OutcomeForm({ action, centreSlug, loanId, unitId, recorded }: { action: DeskAction; centreSlug: string; loanId: string; unitId: string; recorded: DeskResult | null }) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  const [result, setResult] = useState<DeskResult | null>((state.values?.result as DeskResult | undefined) ?? recorded);
  const reasons = OUTCOME_REASON_CODES.filter((r) => !result || reasonFits(r, result));
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={state.message ? "uitkomst-melding" : undefined}>
      <FormMessage state={state} id="uitkomst-melding" />
      <Hidden values={{ centreSlug, loanId, unitId }} />
      <fieldset className="space-y-2" aria-describedby={state.errors?.result ? "uitkomst-result-fout" : undefined}>
        <legend className="mb-2 text-lg font-semibold">1. Wat gebeurt er met het hulpmiddel?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {DESK_RESULTS.map((r) => (
            <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-300 px-3 py-2 has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50">
              <input type="radio" name="result" value={r} checked={result === r} onChange={() => setResult(r)} className="size-6 shrink-0" />
              <span className="text-base font-semibold">{OUTCOME_RESULT_LABELS[r]}</span>
            </label>
          ))}
        </div>
        <FieldError id="uitkomst-result-fout" messages={state.errors?.result} />
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={state.errors?.reason ? "uitkomst-reason-fout" : undefined}>
        <legend className="mb-2 text-lg font-semibold">2. Waarom? Klik op de reden om op te slaan.</legend>
        <div className="flex flex-wrap gap-2">
          {reasons.map((code) => {
            const info = OUTCOME_REASONS[code];
            const kind = result === "returned" && info.returnKind ? ` (${RETURN_KIND_LABELS[info.returnKind]})` : "";
            return (
              <button key={code} type="submit" name="reason" value={code} className={buttonSecondary} disabled={pending}>
                {info.label}
                {kind}
              </button>
            );
          })}
        </div>
        <FieldError id="uitkomst-reason-fout" messages={state.errors?.reason} />
      </fieldset>
    </form>
  );
}
