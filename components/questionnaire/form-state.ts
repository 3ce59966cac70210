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

/** The questionnaire's own words in the resident's language, made on the server (QuestionStep) and passed down. */
export interface QuestionnaireTexts {
  difficultiesHeading: string;
  /** "Wij vragen dit in 3 korte delen." */
  parts: string;
  chooseAll: string;
  together: string;
  skipUnknown: string;
  why: string;
  skipHint: string;
  unknown: string;
  next: string;
  back: string;
  toAdvice: string;
  placeHeading: string;
}

export const DUTCH_QUESTIONNAIRE_TEXTS: QuestionnaireTexts = {
  difficultiesHeading: "Wat gaat moeilijk?",
  parts: "Wij vragen dit in {screens} korte delen.",
  chooseAll: "Kies alles wat voor u geldt. U mag meer dan één ding kiezen. Geldt niets hiervan voor u? Ga dan verder met ‘Volgende’.",
  together: "U vult dit samen in. Met ‘u’ bedoelen wij steeds de persoon die hulp zoekt. Bespreek elke vraag samen.",
  skipUnknown: "Ik weet het niet, sla over",
  why: "Waarom wij dit vragen:",
  skipHint: "U mag deze vraag ook overslaan: kies dan niets en ga verder.",
  unknown: UNKNOWN_LABEL,
  next: "Volgende",
  back: "Vorige vraag",
  toAdvice: "Naar mijn advies",
  placeHeading: "Waar woont u?",
};
