/** Class names for the large choice cards (answers and check boxes) of the questionnaire. */
export const choiceCard =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 border-gray-500 bg-white px-4 py-3 text-lg hover:border-brand-700 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 aria-checked:border-brand-700 aria-checked:bg-brand-50";
/** Sized in em (at least 24 px), so the box or circle grows with the text when a resident sets a larger text size. */
export const choiceInput = "mt-[0.1em] h-[1.15em] min-h-6 w-[1.15em] min-w-6 shrink-0 cursor-pointer accent-brand-700";
/** The round mark of an answer card that is a button (see ChoiceList): a dot inside when chosen, like a radio button. */
export const choiceMark = "mt-[0.1em] flex h-[1.15em] min-h-6 w-[1.15em] min-w-6 shrink-0 items-center justify-center rounded-full border-2 border-gray-700 bg-white";
export const questionHeading = "text-2xl font-bold leading-tight sm:text-3xl";
export const hint = "text-base text-muted";
