"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import type { LearningSwitchState } from "./actions";

/** On / off for learning from outcomes, as two radio buttons and a save button. */
export function LearningSwitchForm({ action, enabled }: { action: (state: LearningSwitchState, formData: FormData) => Promise<LearningSwitchState>; enabled: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.message ? (
        <p role="alert" className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 font-semibold text-bad-700">
          {state.message}
        </p>
      ) : null}
      {state.ok ? (
        <p role="status" className="rounded-lg border-2 border-good-700 bg-good-50 p-3 font-semibold text-good-700">
          {state.ok}
        </p>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="font-semibold">Leren van uitkomsten voor deze gemeente</legend>
        {(["aan", "uit"] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="enabled" value={v} defaultChecked={enabled === (v === "aan")} className="size-6" />
            <span>{v === "aan" ? "Aan: het advies leert van uitkomsten (binnen de grens)" : "Uit: alleen de regels en de score van de experts"}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig …" : "Opslaan"}
      </button>
    </form>
  );
}
