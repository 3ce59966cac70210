import type { Answers } from "@/lib/matching/types";

/** Who fills in the questions: the resident alone, together with a family member or carer, or with a Wmo consultant. */
export const TOGETHER_VALUES = ["alone", "family", "consultant"] as const;
export type Together = (typeof TOGETHER_VALUES)[number];

/** A resident's assessment as pages and actions see it: no database ids, no internals. */
export interface AssessmentView {
  /** the short resume code, stored without a dash */
  code: string;
  municipality: { slug: string; name: string };
  answers: Answers;
  postcode: string | null;
  /** the district chosen instead of a postcode, or null */
  district: string | null;
  together: Together | null;
  /** the step to resume at (1-based); past the last step means the questions are finished */
  step: number;
  eraseAfter: Date;
  updatedAt: Date;
}

/** What is stored in Assessment.answers: the engine's answers plus the chosen district (no postcode: it has its own column). */
export interface StoredAnswers extends Answers {
  district?: string;
}
