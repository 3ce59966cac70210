/**
 * The learning step's reason as a code with parameters, and its Dutch text. The advice carries the code + params
 * (so another language can render it from its own messages); the Dutch text is produced here, next to the code, the
 * same way the engine's reasons get their text.
 */
export const LEARNING_REASON_CODES = ["learning.keptUsing"] as const;
export type LearningReasonCode = (typeof LEARNING_REASON_CODES)[number];

export interface LearningReason {
  code: "learning.keptUsing";
  params: {
    /** outcomes of people with the same difficulty who borrowed it (pooled over municipalities, >= MIN_OUTCOMES) */
    total: number;
    /** of them: went on using it (kept, will buy, bought) */
    kept: number;
  };
}

/** Dutch (B1) texts per reason code. */
export const LEARNING_REASON_TEXTS_NL: { [C in LearningReasonCode]: (params: Extract<LearningReason, { code: C }>["params"]) => string } = {
  "learning.keptUsing": ({ total, kept }) => `Van de ${total} mensen met dezelfde vraag die dit leenden, ${kept === 1 ? "bleef" : "bleven"} ${kept} het gebruiken.`,
};

export function learningReasonText(reason: LearningReason): string {
  return LEARNING_REASON_TEXTS_NL[reason.code](reason.params);
}
