"use client";

import { useActionState, useId } from "react";
import { buttonDanger, buttonPrimary, buttonSecondary, input, label } from "@/components/ui/styles";
import { Checkbox, FieldError, FormMessage, Hidden, errorProps } from "./form-parts";
import { initialDeskState, type DeskAction } from "./form-state";

const VARIANTS = { primary: buttonPrimary, secondary: buttonSecondary, danger: buttonDanger } as const;

/**
 * One desk action as a small form: hidden ids, optionally a note, a date and an "I am sure" checkbox, and one
 * button. Used for "Schoonmaak klaar", repair, retire, confirm, cancel and extend.
 */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  variant = "secondary",
  description,
  note,
  until,
  confirmLabel,
}: {
  action: DeskAction;
  hidden: Record<string, string>;
  submitLabel: string;
  variant?: keyof typeof VARIANTS;
  description?: string;
  note?: { label: string; required?: boolean };
  until?: { label: string; min: string };
  confirmLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  const id = useId().replace(/:/g, "");
  const messageId = `${id}-melding`;
  const descriptionId = description ? `${id}-uitleg` : undefined;
  const describedBy = [state.message ? messageId : null, descriptionId ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <form action={formAction} noValidate className="space-y-3" aria-describedby={describedBy}>
      <FormMessage state={state} id={messageId} />
      {description ? (
        <p id={descriptionId} className="text-base">
          {description}
        </p>
      ) : null}
      <Hidden values={hidden} />
      {note ? (
        <div>
          <label className={label} htmlFor={`${id}-note`}>
            {note.label}
            {note.required ? null : <span className="font-normal"> (mag leeg blijven)</span>}
          </label>
          <textarea id={`${id}-note`} name="note" rows={2} maxLength={500} className={input} defaultValue={state.values?.note} {...errorProps(state, "note", `${id}-note-fout`)} />
          <FieldError id={`${id}-note-fout`} messages={state.errors?.note} />
        </div>
      ) : null}
      {until ? (
        <div>
          <label className={label} htmlFor={`${id}-until`}>
            {until.label} <span className="font-normal">(mag leeg blijven)</span>
          </label>
          <input id={`${id}-until`} name="until" type="date" min={until.min} className={`${input} sm:max-w-xs`} defaultValue={state.values?.until} {...errorProps(state, "until", `${id}-until-fout`)} />
          <FieldError id={`${id}-until-fout`} messages={state.errors?.until} />
        </div>
      ) : null}
      {confirmLabel ? <Checkbox name="confirm" label={confirmLabel} state={state} errorKey="confirm" idPrefix={id} /> : null}
      <button type="submit" className={VARIANTS[variant]} disabled={pending}>
        {pending ? "Bezig …" : submitLabel}
      </button>
    </form>
  );
}
