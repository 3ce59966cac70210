"use client";

import { useActionState } from "react";
import { input, label } from "@/components/ui/styles";
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatusValue } from "@/lib/schemas/case";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export interface CaseDetailsValues {
  residentName: string;
  residentContact: string | null;
  status: CaseStatusValue;
  followUpDue: string | null;
  hasApplication: boolean;
}

/** Name or initials, contact, status, follow-up day and whether there is an application. */
export function CaseDetailsForm({ action, values }: { action: CaseFormAction; values: CaseDetailsValues }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const statusError = state.errors?.status?.[0];
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="residentName" name="residentName" label="Naam of voorletters" defaultValue={state.values?.residentName ?? values.residentName} error={state.errors?.residentName?.[0]} required maxLength={80} />
        <Field id="residentContact" name="residentContact" label="Telefoonnummer of e-mailadres" defaultValue={state.values?.residentContact ?? values.residentContact ?? ""} error={state.errors?.residentContact?.[0]} maxLength={120} />
        <div className="space-y-1">
          <label htmlFor="status" className={`${label} text-lg`}>
            Status
          </label>
          <select id="status" name="status" defaultValue={state.values?.status ?? values.status} className={`${input} text-lg`} aria-invalid={statusError ? true : undefined} aria-describedby={statusError ? "status-fout" : undefined}>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CASE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {statusError ? (
            <p id="status-fout" className="font-semibold text-bad-700">
              {statusError}
            </p>
          ) : null}
        </div>
        <Field
          id="followUpDue"
          name="followUpDue"
          type="date"
          label="Nazorg op"
          hint="Dan staat dit gesprek bovenaan in uw lijst."
          defaultValue={state.values?.followUpDue ?? values.followUpDue ?? ""}
          error={state.errors?.followUpDue?.[0]}
        />
      </div>
      <label htmlFor="hasApplication" className="flex min-h-11 cursor-pointer items-start gap-3 text-lg">
        <input id="hasApplication" name="hasApplication" type="checkbox" defaultChecked={values.hasApplication} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" aria-describedby="hasApplication-uitleg" />
        <span>
          <span className="block font-semibold">De inwoner heeft een Wmo-aanvraag gedaan</span>
          <span id="hasApplication-uitleg" className="block text-base text-muted">
            Zonder aanvraag wissen wij het gesprek na de bewaartermijn.
          </span>
        </span>
      </label>
      <SubmitButton>Gegevens opslaan</SubmitButton>
    </form>
  );
}
