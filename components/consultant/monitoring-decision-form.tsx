"use client";

import { useActionState } from "react";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { bigButton, bigButtonSecondary } from "./styles";

/**
 * The resident's answer after the explanation: both choices are equally big; no is a fine answer.
 * `nameInSentence` is the product's name with its article ("de GPS-tracker"), from the product data.
 */
export function MonitoringDecisionForm({ action, nameInSentence }: { action: CaseFormAction; nameInSentence: string }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Vindt u het goed dat {nameInSentence} dit bijhoudt?</legend>
        <div className="flex flex-wrap gap-4">
          <SubmitButton name="beslissing" value="agreed" className={`${bigButton} min-w-48 text-xl`}>
            Ja, dat vind ik goed
          </SubmitButton>
          <SubmitButton name="beslissing" value="declined" className={`${bigButtonSecondary} min-w-48 text-xl`}>
            Nee, dat wil ik niet
          </SubmitButton>
        </div>
      </fieldset>
    </form>
  );
}
