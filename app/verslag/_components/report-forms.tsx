"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { CodeField } from "@/components/ui/code-field";
import { buttonPrimary, buttonSecondary, fieldError, input, label } from "@/components/ui/styles";
import type { CaseFormAction, CaseFormState } from "@/components/consultant/form-state";

/** Every word of these forms, in the resident's language (made on the server). */
export interface ReportFormTexts {
  codeLabel: string;
  codeHint: string;
  open: string;
  responseLabel: string;
  responseEdit: string;
  responseHint: string;
  send: string;
  checkBelow: string;
  print: string;
}

function Submit({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`${buttonPrimary} text-lg`} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}

/** The resident types the report code (dashes, spaces and lower case are fine). */
export function ResidentReportCodeForm({ action, texts }: { action: CaseFormAction; texts: ReportFormTexts }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const error = state.errors?.code?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <CodeField label={texts.codeLabel} hint={texts.codeHint} error={error} defaultValue={state.values?.code} maxLength={30} />
      <Submit>{texts.open}</Submit>
    </form>
  );
}

/** The resident's response to the report, in any language and direction (dir="auto"). */
export function ResidentResponseForm({ action, current, texts }: { action: CaseFormAction; current: string | null; texts: ReportFormTexts }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const error = state.errors?.response?.[0];
  const message = state.message ?? (error ? texts.checkBelow : null);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <div role="alert" tabIndex={-1}>
        {message ? <p className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 text-lg font-semibold text-bad-700">{message}</p> : null}
      </div>
      <div className="space-y-1">
        <label className={`${label} text-lg`} htmlFor="response">
          {current ? texts.responseEdit : texts.responseLabel}
        </label>
        <p id="response-uitleg" className="text-base text-muted">
          {texts.responseHint}
        </p>
        <textarea
          id="response"
          name="response"
          dir="auto"
          rows={6}
          required
          maxLength={4000}
          defaultValue={state.values?.response ?? current ?? ""}
          aria-describedby={`response-uitleg${error ? " response-fout" : ""}`}
          aria-invalid={error ? true : undefined}
          className={`${input} text-lg`}
        />
        {error ? (
          <p id="response-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
      </div>
      <Submit>{texts.send}</Submit>
    </form>
  );
}

/** Prints the page (the print styles keep only the report, on A4). */
export function ResidentPrintButton({ label: text }: { label: string }) {
  return (
    <button type="button" className={`${buttonSecondary} text-lg`} onClick={() => window.print()}>
      {text}
    </button>
  );
}
