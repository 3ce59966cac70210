/** What a desk server action returns to its form (useActionState): Dutch messages, per field and for the form. */
export interface DeskActionState {
  errors?: Record<string, string[]>;
  message?: string;
  /** what was typed, so the form shows it again after an error (React resets a form after its action) */
  values?: Record<string, string>;
}

export const initialDeskState: DeskActionState = {};

export type DeskAction = (state: DeskActionState, formData: FormData) => Promise<DeskActionState>;
