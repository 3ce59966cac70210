"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { bigButtonSecondary } from "./styles";

/**
 * The resident's answer. Yes: the name (initials are enough) and, if they like, a way to reach them; the case is
 * stored with the consent. No: nothing is stored, and the anonymous advice opens instead.
 */
export function StartCaseForm({ action, consentVersion }: { action: CaseFormAction; consentVersion: string }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="ja" className="space-y-4 rounded-xl border-2 border-brand-700 bg-white p-5">
        <h2 id="ja" className="text-2xl font-bold">
          Ja, dat is goed
        </h2>
        <form action={formAction} noValidate className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="consentVersion" value={consentVersion} />
          <Field
            id="residentName"
            name="residentName"
            label="Naam of voorletters"
            hint="Alleen om het gesprek terug te vinden. Voorletters zijn genoeg, bijvoorbeeld J.d.V."
            error={state.errors?.residentName?.[0]}
            defaultValue={state.values?.residentName}
            required
            maxLength={80}
          />
          <Field
            id="residentContact"
            name="residentContact"
            label="Telefoonnummer of e-mailadres"
            hint="Alleen als de inwoner wil dat wij contact opnemen."
            error={state.errors?.residentContact?.[0]}
            defaultValue={state.values?.residentContact}
            maxLength={120}
          />
          <SubmitButton>De inwoner geeft toestemming: start het gesprek</SubmitButton>
        </form>
      </section>
      <section aria-labelledby="nee" className="space-y-4 rounded-xl border border-gray-300 bg-white p-5">
        <h2 id="nee" className="text-2xl font-bold">
          Nee, liever niet
        </h2>
        <p className="text-xl">Dan bewaren wij niets over dit gesprek. Vul de vragen samen in op de adviespagina voor inwoners, zonder naam.</p>
        <Link href="/advies" className={bigButtonSecondary}>
          Advies zonder opslaan
        </Link>
      </section>
    </div>
  );
}
