/**
 * GET /api/v1/questions: the questionnaire as public JSON, built from lib/questions (the one source of the texts).
 * Option values are the JSON values POST /api/v1/advice accepts for that code: true / false for yes-no
 * questions, the option strings for choice questions, and "unknown" (Weet ik niet) for every question.
 */
import { CONTEXT_QUESTIONS, DIFFICULTY_GROUPS, SECTION_TITLES, type ContextSection } from "@/lib/questions/questionnaire";
import type { DifficultyCode } from "@/lib/questions/codes";

export const UNKNOWN_VALUE = "unknown" as const;
export const UNKNOWN_LABEL = "Weet ik niet";

export interface PublicContextOption {
  value: boolean | string;
  label: string;
}

export interface PublicQuestionnaire {
  /** the value for "Weet ik niet": accepted for every context question, and the same as leaving the code out */
  unknownValue: typeof UNKNOWN_VALUE;
  difficultyGroups: {
    id: string;
    title: string;
    difficulties: { code: DifficultyCode; label: string; hint: string; icf: string[] }[];
  }[];
  sections: { id: ContextSection; title: string }[];
  contextQuestions: {
    code: string;
    section: ContextSection;
    question: string;
    why: string;
    kind: "boolean" | "choice";
    options: PublicContextOption[];
    /** ask this question only when one of these difficulties was chosen; "always" for everyone */
    relevantFor: DifficultyCode[] | "always";
  }[];
}

export function publicQuestionnaire(): PublicQuestionnaire {
  return {
    unknownValue: UNKNOWN_VALUE,
    difficultyGroups: DIFFICULTY_GROUPS.map((group) => ({
      id: group.id,
      title: group.title,
      difficulties: group.difficulties.map((d) => ({ code: d.code, label: d.label, hint: d.hint, icf: [...d.icf] })),
    })),
    sections: (Object.keys(SECTION_TITLES) as ContextSection[]).map((id) => ({ id, title: SECTION_TITLES[id] })),
    contextQuestions: CONTEXT_QUESTIONS.map((q) => ({
      code: q.code,
      section: q.section,
      question: q.question,
      why: q.why,
      kind: q.kind,
      options: [
        ...q.options.map((o) => ({ value: q.kind === "boolean" ? o.value === "true" : o.value, label: o.label })),
        { value: UNKNOWN_VALUE, label: UNKNOWN_LABEL },
      ],
      relevantFor: q.relevantFor === "always" ? "always" : [...q.relevantFor],
    })),
  };
}
