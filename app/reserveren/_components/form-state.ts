/** What the resident's reservation forms get back from their server action (shown with useActionState). */
export interface ResidentFormState {
  /** per field name, the Dutch messages */
  errors?: Record<string, string[]>;
  /** one sentence about the whole form */
  message?: string;
  /** the last unit was just taken by someone else: offer the waiting list in the same form */
  conflict?: boolean;
  /** what the resident typed, so nothing has to be typed twice */
  values?: Record<string, string>;
}

export type ResidentFormAction = (state: ResidentFormState, formData: FormData) => Promise<ResidentFormState>;
