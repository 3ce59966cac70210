/** What a questionnaire form's server action returns: Dutch messages per field, and the values to show again. */
export interface StepFormState {
  errors?: Record<string, string[]>;
  message?: string;
  values?: Record<string, string | string[]>;
}

export type StepFormAction = (state: StepFormState, formData: FormData) => Promise<StepFormState>;

/** Field names shared by the forms and their actions. */
export const FIELD = {
  municipality: "gemeente",
  together: "samen",
  difficulty: "moeilijkheid",
  answer: "antwoord",
  postcode: "postcode",
  district: "wijk",
  code: "code",
  /** the button that was pressed: "volgende" | "terug" | "overslaan" */
  go: "ga",
} as const;

export type Direction = "volgende" | "terug" | "overslaan";

export function directionOf(formData: FormData): Direction {
  const go = formData.get(FIELD.go);
  return go === "terug" || go === "overslaan" ? go : "volgende";
}

/** The extra answer every context question has. */
export const UNKNOWN_LABEL = "Weet ik niet";
