"use client";

import { useActionState } from "react";
import { fieldError, input, label } from "@/components/ui/styles";
import { CASE_TOPICS } from "@/lib/schemas/case";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** A new note on a topic. The topic stays chosen after saving, so several notes on one topic go quickly. */
export function NoteForm({ action, defaultTopic }: { action: CaseFormAction; defaultTopic: string }) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const topicError = state.errors?.topic?.[0];
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div className="space-y-1">
        <label htmlFor="topic" className={`${label} text-lg`}>
          Onderwerp
        </label>
        <select
          id="topic"
          name="topic"
          key={state.values?.topic ?? defaultTopic}
          defaultValue={state.values?.topic ?? defaultTopic}
          className={`${input} text-lg`}
          aria-invalid={topicError ? true : undefined}
          aria-describedby={topicError ? "topic-fout" : undefined}
        >
          {CASE_TOPICS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        {topicError ? (
          <p id="topic-fout" className={fieldError}>
            {topicError}
          </p>
        ) : null}
      </div>
      <Field
        id="text"
        name="text"
        label="Notitie"
        hint="Schrijf in gewone woorden. De inwoner leest dit in het verslag."
        multiline
        rows={4}
        maxLength={2000}
        required
        error={state.errors?.text?.[0]}
        defaultValue={state.ok ? "" : state.values?.text}
      />
      <SubmitButton>Notitie opslaan</SubmitButton>
    </form>
  );
}
