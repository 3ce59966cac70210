import { fieldError } from "@/components/ui/styles";
import type { DeskActionState } from "./form-state";

/** The form's message at the top (role="alert" so screen readers hear it after submitting). */
export function FormMessage({ state, id }: { state: DeskActionState; id: string }) {
  if (!state.message) return null;
  return (
    <p id={id} role="alert" className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 font-semibold text-bad-700">
      {state.message}
    </p>
  );
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className={fieldError}>
      {messages.join(" ")}
    </p>
  );
}

/** aria attributes linking a field to its error. */
export function errorProps(state: DeskActionState, field: string, errorId: string, hintId?: string) {
  const has = !!state.errors?.[field]?.length;
  const describedBy = [has ? errorId : null, hintId ?? null].filter(Boolean).join(" ");
  return { "aria-invalid": has || undefined, "aria-describedby": describedBy || undefined } as const;
}

export function Hidden({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** A checkbox with a large click area (>= 44 px) and its error under it. */
export function Checkbox({
  name,
  label,
  state,
  errorKey,
  idPrefix,
  defaultChecked,
  hint,
  value = "on",
}: {
  name: string;
  /** what the form sends when ticked (default "on") */
  value?: string;
  label: string;
  state: DeskActionState;
  errorKey: string;
  idPrefix: string;
  defaultChecked?: boolean;
  hint?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const errorId = `${id}-fout`;
  const hintId = hint ? `${id}-uitleg` : undefined;
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 text-base">
        <input
          id={id}
          name={name}
          type="checkbox"
          value={value}
          className="h-6 w-6 shrink-0 accent-brand-700"
          defaultChecked={state.values ? state.values[name] === value : defaultChecked}
          {...errorProps(state, errorKey, errorId, hintId)}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={hintId} className="ml-9 text-base text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} messages={state.errors?.[errorKey]} />
    </div>
  );
}
