/**
 * What changed between two fillings-in of the questionnaire, and how earlier suggestions went (pure, no I/O).
 * Used by the resident's advice page and the consultant's case after a reassessment.
 */
import { CONTEXT_CODES, DIFFICULTY_CODES, type ContextCode, type DifficultyCode } from "../questions/codes";

export interface AnswersLike {
  difficulties: readonly string[];
  context: Readonly<Record<string, unknown>>;
}

export interface AssessmentChanges {
  /** difficult now, not last time */
  added: DifficultyCode[];
  /** difficult last time, not now: got better (or no longer a concern) */
  better: DifficultyCode[];
  /** difficult both times */
  still: DifficultyCode[];
  /** answers about the home and life that changed (undefined: not answered) */
  context: { code: ContextCode; before: unknown; after: unknown }[];
  /** nothing changed at all */
  unchanged: boolean;
}

export function compareAnswers(before: AnswersLike, after: AnswersLike): AssessmentChanges {
  const was = new Set(before.difficulties);
  const is = new Set(after.difficulties);
  const added = DIFFICULTY_CODES.filter((c) => is.has(c) && !was.has(c));
  const better = DIFFICULTY_CODES.filter((c) => was.has(c) && !is.has(c));
  const still = DIFFICULTY_CODES.filter((c) => was.has(c) && is.has(c));
  const context = CONTEXT_CODES.filter((c) => before.context[c] !== after.context[c]).map((code) => ({
    code,
    before: before.context[code],
    after: after.context[code],
  }));
  return { added, better, still, context, unchanged: added.length === 0 && better.length === 0 && context.length === 0 };
}

/** One earlier suggestion the resident tried, from the case's reservations, loans and outcomes. */
export type TriedStatus = "reserved" | "cancelled" | "expired" | "borrowing" | "returned" | "kept" | "bought";

export interface TriedSuggestion {
  productName: string;
  status: TriedStatus;
  /** did it help (from the outcome): "yes" | "partly" | "no", or null when not known */
  helped: "yes" | "partly" | "no" | null;
  /** why, in the words noted with the outcome, if any */
  note: string | null;
  at: Date;
}

export interface TriedInput {
  reservations: { productName: string; status: string; createdAt: Date; loan: { status: string; startedAt: Date; returnedAt: Date | null } | null }[];
  outcomes: { productName: string; result: string; helped: string; why: string; createdAt: Date }[];
}

/**
 * Per product the latest thing we know: an outcome ("kept", "returned", "bought") beats a loan, a loan beats a
 * reservation. Newest first.
 */
export function triedSuggestions(input: TriedInput): TriedSuggestion[] {
  const byProduct = new Map<string, { rank: number; item: TriedSuggestion }>();
  const put = (rank: number, item: TriedSuggestion) => {
    const current = byProduct.get(item.productName);
    if (!current || rank > current.rank || (rank === current.rank && item.at > current.item.at)) byProduct.set(item.productName, { rank, item });
  };
  for (const r of input.reservations) {
    if (r.loan) {
      put(2, { productName: r.productName, status: r.loan.status === "RETURNED" ? "returned" : "borrowing", helped: null, note: null, at: r.loan.returnedAt ?? r.loan.startedAt });
    } else {
      const status: TriedStatus = r.status === "CANCELLED" ? "cancelled" : r.status === "EXPIRED" ? "expired" : "reserved";
      put(1, { productName: r.productName, status, helped: null, note: null, at: r.createdAt });
    }
  }
  for (const o of input.outcomes) {
    const status: TriedStatus = o.result === "kept" ? "kept" : o.result === "bought" ? "bought" : "returned";
    const helped = o.helped === "yes" || o.helped === "partly" || o.helped === "no" ? o.helped : null;
    put(3, { productName: o.productName, status, helped, note: o.why.trim() || null, at: o.createdAt });
  }
  return [...byProduct.values()].map((v) => v.item).sort((a, b) => b.at.getTime() - a.at.getTime() || a.productName.localeCompare(b.productName));
}
