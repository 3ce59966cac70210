"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buttonDanger, buttonSecondary } from "@/components/ui/styles";
import { ErrorSummary, type ErrorSummaryTexts } from "./error-summary";
import type { ResidentFormAction, ResidentFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** "Are you sure?": one button that does it, one link back. */
export function ConfirmForm({ action, confirm, back, backHref, texts }: { action: ResidentFormAction; confirm: string; back: string; backHref: string; texts: ErrorSummaryTexts & { busy: string } }) {
  const [state, formAction] = useActionState<ResidentFormState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-6">
      <ErrorSummary message={state.message} texts={texts} />
      <div className="flex flex-wrap gap-4">
        <SubmitButton className={buttonDanger} busy={texts.busy}>
          {confirm}
        </SubmitButton>
        <Link href={backHref} className={buttonSecondary}>
          {back}
        </Link>
      </div>
    </form>
  );
}
