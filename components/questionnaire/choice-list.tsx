"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useIsHydrating } from "@/components/ui/use-is-hydrating";
import { choiceCard, choiceInput, choiceMark, hint as hintClass } from "./choice-styles";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceListProps {
  /** the form field */
  name: string;
  choices: readonly Choice[];
  /** the choice shown as chosen when the screen opens, if any */
  defaultValue?: string | null;
  /** ids start with this: `${idPrefix}-${value}` (the error summary links to the first one) */
  idPrefix: string;
  /** id of the visible question (the group's name for a screen reader) */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  className?: string;
}

export const choiceId = (idPrefix: string, value: string) => `${idPrefix}-${value === "" ? "geen" : value}`;

/**
 * One answer out of a few, as large cards. A screen reader hears a radio group named by the question, each answer
 * as a radio button ("Nee, keuzerondje, 2 van 3, niet geselecteerd") and which one is chosen.
 *
 * Unlike native radio buttons (one Tab stop for the whole group, then arrow keys, which many older people do not
 * know), every answer here is its own Tab stop and Space or Enter chooses it; the arrow keys work too. The chosen value
 * travels in a hidden field. Without JavaScript (and until the page's script has started) the same cards are native
 * radio buttons, so the form still works as a plain HTML form post; a choice made before the script started is kept.
 */
export function ChoiceList({ name, choices, defaultValue, idPrefix, labelledBy, describedBy, invalid, className = "max-w-xl space-y-3" }: ChoiceListProps) {
  const hydrating = useIsHydrating();
  const [selected, setSelected] = useState<string | null>(defaultValue ?? null);
  const groupRef = useRef<HTMLDivElement>(null);
  const focusAfterSwap = useRef<string | null>(null);

  // Hydration renders the native radios first: read what the resident already did with them before they are replaced.
  useLayoutEffect(() => {
    if (!hydrating) return;
    const group = groupRef.current;
    const checked = group?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (checked) setSelected(checked.value);
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && group?.contains(active)) focusAfterSwap.current = active.value;
  }, [hydrating]);

  useEffect(() => {
    if (hydrating || focusAfterSwap.current === null) return;
    document.getElementById(choiceId(idPrefix, focusAfterSwap.current))?.focus();
    focusAfterSwap.current = null;
  }, [hydrating, idPrefix]);

  const enhanced = !hydrating;

  /** Arrow keys move to the previous or next answer and choose it, as in a native radio group. */
  function onKeyDown(event: React.KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : event.key === "ArrowUp" || event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = choices[(index + step + choices.length) % choices.length]!;
    setSelected(next.value);
    document.getElementById(choiceId(idPrefix, next.value))?.focus();
  }

  return (
    <div
      ref={groupRef}
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy || undefined}
      aria-invalid={invalid ? true : undefined}
      className={className}
    >
      {enhanced ? <input type="hidden" name={name} value={selected ?? ""} /> : null}
      {choices.map((choice, index) => {
        const id = choiceId(idPrefix, choice.value);
        const labelId = `${id}-naam`;
        const hintId = choice.hint ? `${id}-uitleg` : undefined;
        const text = (
          <span className="min-w-0 space-y-1">
            <span id={labelId} className="block font-semibold">
              {choice.label}
            </span>
            {choice.hint ? (
              <span id={hintId} className={`block ${hintClass}`}>
                {choice.hint}
              </span>
            ) : null}
          </span>
        );
        if (!enhanced) {
          return (
            <label key={choice.value} htmlFor={id} className={choiceCard}>
              <input
                id={id}
                className={choiceInput}
                type="radio"
                name={name}
                value={choice.value}
                defaultChecked={(defaultValue ?? null) === choice.value}
                aria-labelledby={labelId}
                aria-describedby={hintId}
                aria-invalid={invalid ? true : undefined}
              />
              {text}
            </label>
          );
        }
        const checked = selected === choice.value;
        return (
          <button
            key={choice.value}
            id={id}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-labelledby={labelId}
            aria-describedby={hintId}
            className={`${choiceCard} w-full text-start`}
            onClick={() => setSelected(choice.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span aria-hidden="true" className={choiceMark}>
              {checked ? <span className="block h-1/2 w-1/2 rounded-full bg-brand-700" /> : null}
            </span>
            {text}
          </button>
        );
      })}
    </div>
  );
}
