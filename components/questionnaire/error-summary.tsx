import type { StepFormState } from "./form-state";

/**
 * The message at the top of a form after a failed submit, with a link to each field that needs attention.
 * `targets` maps a field name to the id of the element to jump to.
 */
export function ErrorSummary({ state, targets, fallback = "Er is iets niet goed ingevuld." }: { state: StepFormState; targets: Record<string, string>; fallback?: string }) {
  const errors = Object.entries(state.errors ?? {}).filter(([, messages]) => messages.length > 0);
  if (!state.message && errors.length === 0) return null;
  return (
    <div role="alert" className="space-y-2 rounded-lg border-2 border-bad-700 bg-bad-50 p-4" tabIndex={-1}>
      <p className="text-lg font-bold text-bad-700">{state.message ?? fallback}</p>
      {errors.length > 0 ? (
        <ul className="list-disc space-y-1 ps-6">
          {errors.map(([field, messages]) => (
            <li key={field}>
              {targets[field] ? (
                <a className="font-semibold text-bad-700 underline" href={`#${targets[field]}`}>
                  {messages[0]}
                </a>
              ) : (
                messages[0]
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
