import type { CaseFormState } from "./form-state";

/**
 * The message above or under a form after submitting: an error (role="alert") or a success note (role="status").
 * Both live regions are always rendered, so screen readers announce a change.
 */
export function FormMessage({ state, id }: { state: CaseFormState; id?: string }) {
  const hasFieldErrors = Object.values(state.errors ?? {}).some((m) => m.length > 0);
  const error = state.message ?? (hasFieldErrors ? "Er is iets niet goed ingevuld. Kijk hieronder." : null);
  return (
    <>
      <div role="alert" id={id} tabIndex={-1}>
        {error ? <p className="rounded-lg border-2 border-bad-700 bg-bad-50 p-3 text-lg font-semibold text-bad-700">{error}</p> : null}
      </div>
      <div role="status">{state.ok ? <p className="rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">{state.ok}</p> : null}</div>
    </>
  );
}
