/** What the "in your own words" form's server action returns (plain data, shown again by the form). */
export interface OwnWordsState {
  /** the text as typed, shown again */
  text?: string;
  /** "Wij begrepen: ..." (labels in the resident's language, with the words that led to them) */
  proposals?: { code: string; label: string; evidence: string[] }[];
  notUnderstood?: boolean;
  kept?: boolean;
  errors?: Record<string, string[]>;
  message?: string;
}

export type OwnWordsAction = (state: OwnWordsState, formData: FormData) => Promise<OwnWordsState>;

export const OWN_WORDS_FIELD = {
  text: "eigen-woorden",
  code: "begrepen",
  consent: "toestemming",
  /** "begrijp" | "bevestig" | "bewaar" */
  go: "ga",
} as const;

export const OWN_WORDS_MAX_LENGTH = 500;
