import type { Explanation } from "@/lib/matching/types";

/**
 * The learning step's reason as a code with parameters, and its Dutch text. The advice carries the code + params
 * (so another language can render it from its own messages); the Dutch text is produced here, next to the code, the
 * same way the engine's reasons get their text.
 */
export const LEARNING_REASON_CODES = ["learning.keptUsing"] as const;
export type LearningReasonCode = (typeof LEARNING_REASON_CODES)[number];

/** The explanation the learning step adds (one variant of the engine's Explanation, so the advice renders it in the
 * resident's language from messages/<locale>/engine.json, key "learningKeptUsing"). total: outcomes of people with the
 * same difficulty who borrowed it (pooled over municipalities, >= MIN_OUTCOMES); kept: of them, went on using it. */
export type LearningReason = Extract<Explanation, { code: "learning.keptUsing" }>;

/** Dutch (B1) texts per reason code. */
export const LEARNING_REASON_TEXTS_NL: { [C in LearningReasonCode]: (params: Extract<LearningReason, { code: C }>["params"]) => string } = {
  "learning.keptUsing": ({ total, kept }) => `Van de ${total} mensen met dezelfde vraag die dit leenden, ${kept === 1 ? "bleef" : "bleven"} ${kept} het gebruiken.`,
};

export function learningReasonText(reason: LearningReason): string {
  return LEARNING_REASON_TEXTS_NL[reason.code](reason.params);
}
