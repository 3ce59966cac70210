"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonPrimary, buttonSecondary, card, fieldError, input, link } from "@/components/ui/styles";
import { choiceCard, choiceInput, hint } from "./choice-styles";
import { OWN_WORDS_FIELD, OWN_WORDS_MAX_LENGTH, type OwnWordsAction, type OwnWordsState } from "./own-words-state";

export type OwnWordsTexts = Record<
  | "heading" | "label" | "hint" | "submit" | "understood" | "question" | "because" | "confirm" | "chooseMyself"
  | "notUnderstood" | "consentLabel" | "consentHint" | "keep" | "kept" | "errorSummary",
  string
>;

const TEXT_ID = "eigen-woorden";
const CODES_ID = "eigen-woorden-begrepen";
const CONSENT_ID = "eigen-woorden-toestemming";

function Submit({ value, className, children }: { value: string; className: string; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button className={className} type="submit" name={OWN_WORDS_FIELD.go} value={value} disabled={pending}>
      {children}
    </button>
  );
}

/**
 * "Beschrijf in uw eigen woorden wat moeilijk gaat": the app proposes difficulties and the resident confirms or
 * corrects them; nothing is chosen without "Ja, dit klopt". A plain form with a server action, so it works without
 * JavaScript. Texts come from the server (the resident's language); `because` holds "{words}".
 */
export function OwnWordsForm({ action, texts }: { action: OwnWordsAction; texts: OwnWordsTexts }) {
  const [state, formAction] = useActionState<OwnWordsState, FormData>(action, {});
  const textError = state.errors?.[OWN_WORDS_FIELD.text]?.[0];
  const codesError = state.errors?.[OWN_WORDS_FIELD.code]?.[0];
  const consentError = state.errors?.[OWN_WORDS_FIELD.consent]?.[0];
  const errors = [
    textError ? { id: TEXT_ID, text: textError } : null,
    codesError ? { id: CODES_ID, text: codesError } : null,
    consentError ? { id: CONSENT_ID, text: consentError } : null,
  ].filter((e): e is { id: string; text: string } => e !== null);

  return (
    <section aria-labelledby="eigen-woorden-kop" className={`${card} max-w-prose space-y-4`}>
      <h2 id="eigen-woorden-kop" className="text-xl font-bold">
        {texts.heading}
      </h2>
      <form action={formAction} noValidate className="space-y-4">
        {state.message ? (
          <div role="alert" className="space-y-2 rounded-lg border-2 border-bad-700 bg-bad-50 p-4">
            <p className="font-bold text-bad-700">{state.message}</p>
            {errors.length > 0 ? (
              <ul className="list-disc space-y-1 ps-6">
                {errors.map((e) => (
                  <li key={e.id}>
                    <a className="font-semibold text-bad-700 underline" href={`#${e.id}`}>
                      {e.text}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.kept ? (
          <p role="status" className="rounded-lg border-s-4 border-good-700 bg-white p-3 font-semibold">
            {texts.kept}
          </p>
        ) : null}
        <div className="space-y-1">
          <label htmlFor={TEXT_ID} className="block text-lg font-semibold">
            {texts.label}
          </label>
          <p id={`${TEXT_ID}-uitleg`} className={hint}>
            {texts.hint}
          </p>
          {textError ? (
            <p id={`${TEXT_ID}-fout`} className={fieldError}>
              {textError}
            </p>
          ) : null}
          <textarea
            id={TEXT_ID}
            name={OWN_WORDS_FIELD.text}
            dir="auto"
            rows={3}
            maxLength={OWN_WORDS_MAX_LENGTH * 2}
            defaultValue={state.kept ? "" : (state.text ?? "")}
            aria-describedby={`${TEXT_ID}-uitleg${textError ? ` ${TEXT_ID}-fout` : ""}`}
            aria-invalid={textError ? true : undefined}
            className={`${input} text-lg`}
          />
        </div>
        <Submit value="begrijp" className={buttonSecondary}>
          {texts.submit}
        </Submit>

        {state.proposals && state.proposals.length > 0 ? (
          <fieldset id={CODES_ID} tabIndex={-1} className="space-y-3" aria-describedby={codesError ? `${CODES_ID}-fout` : undefined}>
            <legend className="mb-2 text-lg font-bold">
              {texts.understood} <span className="font-normal">{texts.question}</span>
            </legend>
            {codesError ? (
              <p id={`${CODES_ID}-fout`} className={fieldError}>
                {codesError}
              </p>
            ) : null}
            {state.proposals.map((p) => {
              const id = `${CODES_ID}-${p.code.replaceAll(".", "-")}`;
              return (
                <label key={p.code} htmlFor={id} className={choiceCard}>
                  <input id={id} className={choiceInput} type="checkbox" name={OWN_WORDS_FIELD.code} value={p.code} defaultChecked aria-describedby={`${id}-uitleg`} />
                  <span className="space-y-1">
                    <span className="block font-semibold">{p.label}</span>
                    <span id={`${id}-uitleg`} className={`block ${hint}`}>
                      {texts.because.replace("{words}", p.evidence.map((w) => `‘${w}’`).join(", "))}
                    </span>
                  </span>
                </label>
              );
            })}
            <div className="flex flex-wrap gap-3">
              <Submit value="bevestig" className={buttonPrimary}>
                {texts.confirm}
              </Submit>
              <a className={`${link} inline-flex min-h-11 items-center`} href="#keuzes">
                {texts.chooseMyself}
              </a>
            </div>
          </fieldset>
        ) : null}

        {state.notUnderstood ? (
          <div className="space-y-3">
            <p className="font-semibold">{texts.notUnderstood}</p>
            <div className="space-y-1">
              {consentError ? (
                <p id={`${CONSENT_ID}-fout`} className={fieldError}>
                  {consentError}
                </p>
              ) : null}
              <label htmlFor={CONSENT_ID} className={choiceCard}>
                <input id={CONSENT_ID} className={choiceInput} type="checkbox" name={OWN_WORDS_FIELD.consent} value="ja" aria-describedby={`${CONSENT_ID}-uitleg`} aria-invalid={consentError ? true : undefined} />
                <span className="space-y-1">
                  <span className="block font-semibold">{texts.consentLabel}</span>
                  <span id={`${CONSENT_ID}-uitleg`} className={`block ${hint}`}>
                    {texts.consentHint}
                  </span>
                </span>
              </label>
            </div>
            <div className="flex flex-wrap gap-3">
              <Submit value="bewaar" className={buttonSecondary}>
                {texts.keep}
              </Submit>
              <a className={`${link} inline-flex min-h-11 items-center`} href="#keuzes">
                {texts.chooseMyself}
              </a>
            </div>
          </div>
        ) : null}
      </form>
    </section>
  );
}
