/** What the workspace's server actions return: Dutch messages per field, a general message, or a success note. */
export interface CaseFormState {
  errors?: Record<string, string[]>;
  message?: string;
  /** shown in a status box after a successful save */
  ok?: string;
  /** what was typed, to show again after an error (React empties a form after its action) */
  values?: Record<string, string>;
}

export type CaseFormAction = (state: CaseFormState, formData: FormData) => Promise<CaseFormState>;
