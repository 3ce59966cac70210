/** Shared class names so every button and link looks and behaves the same (targets >= 44px high). */
export const buttonPrimary =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg text-center hyphens-auto bg-brand-700 px-5 py-2.5 text-base font-semibold text-[color:var(--ttv-button-text,#fff)] no-underline hover:bg-brand-800 disabled:opacity-60";
export const buttonSecondary =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg text-center hyphens-auto border-2 border-brand-700 bg-white px-5 py-2 text-base font-semibold text-brand-800 no-underline hover:bg-brand-50 disabled:opacity-60";
export const buttonDanger =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg text-center hyphens-auto border-2 border-bad-700 bg-white px-5 py-2 text-base font-semibold text-bad-700 no-underline hover:bg-bad-50";
export const link = "font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-600";
export const input =
  "block w-full min-h-11 rounded-lg border-2 border-gray-500 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-bad-700";
export const label = "block text-base font-semibold";
export const card = "rounded-xl border border-gray-300 bg-white p-4 sm:p-6";
export const fieldError = "mt-1 text-base font-semibold text-bad-700";
