/**
 * The outcome of a loan or a trial as codes, with Dutch labels: the desk's two clicks, the resident's link and the
 * consultant's form all use these. Pure. Stored codes are a contract: add, never rename.
 */
import { OUTCOME_RESULTS, type OutcomeResult, type ReturnKind } from "./model";

export { OUTCOME_RESULTS, type OutcomeResult, type ReturnKind };

/** The four answers at the desk and in the resident's link ("bought" is the consultant's older "Zelf gekocht"). */
export const DESK_RESULTS = ["kept", "returned", "will_buy", "bought_elsewhere"] as const satisfies readonly OutcomeResult[];
export type DeskResult = (typeof DESK_RESULTS)[number];

/** Staff wording. */
export const OUTCOME_RESULT_LABELS: Record<OutcomeResult, string> = {
  kept: "Blijft het gebruiken",
  returned: "Brengt het terug",
  will_buy: "Gaat het kopen",
  bought_elsewhere: "Heeft het ergens anders gekocht",
  bought: "Zelf gekocht",
};

/** Resident wording (B1, "ik"). */
export const OUTCOME_RESULT_RESIDENT_LABELS: Record<DeskResult, string> = {
  kept: "Ik blijf het gebruiken",
  returned: "Ik heb het teruggebracht en gebruik het niet meer",
  will_buy: "Ik ga het kopen",
  bought_elsewhere: "Ik heb het ergens anders gekocht",
};

/**
 * Why: one code per answer. `returnKind` says what a return with this reason means: a positive return (it did its
 * job: a bridge, no longer needed) is not a failure. `results` lists the answers the reason fits.
 */
export const OUTCOME_REASONS = {
  helps: { label: "Het helpt", resident: "Het helpt mij", returnKind: null, results: ["kept", "will_buy", "bought_elsewhere"] },
  did_not_help: { label: "Hielp niet", resident: "Het hielp niet", returnKind: "negative", results: ["returned"] },
  too_difficult: { label: "Te moeilijk", resident: "Het was te moeilijk", returnKind: "negative", results: ["returned"] },
  did_not_fit_home: { label: "Paste niet in huis", resident: "Het paste niet in mijn huis", returnKind: "negative", results: ["returned"] },
  not_needed_any_more: { label: "Niet meer nodig", resident: "Ik heb het niet meer nodig", returnKind: "positive", results: ["returned"] },
  only_a_bridge: { label: "Was voor even (overbrugging)", resident: "Het was maar voor even", returnKind: "positive", results: ["returned"] },
  buying_other: { label: "Koopt een ander model", resident: "Ik koop een ander model", returnKind: "positive", results: ["returned", "will_buy", "bought_elsewhere"] },
  unknown: { label: "Weet niet / zegt niet", resident: "Dat zeg ik liever niet", returnKind: null, results: ["kept", "returned", "will_buy", "bought_elsewhere"] },
} as const satisfies Record<string, { label: string; resident: string; returnKind: ReturnKind | null; results: readonly DeskResult[] }>;
export type OutcomeReasonCode = keyof typeof OUTCOME_REASONS;
export const OUTCOME_REASON_CODES = Object.keys(OUTCOME_REASONS) as OutcomeReasonCode[];

export const RETURN_KIND_LABELS: Record<ReturnKind, string> = { positive: "positief teruggebracht", negative: "negatief teruggebracht" };

export function reasonFits(reason: OutcomeReasonCode, result: DeskResult): boolean {
  return (OUTCOME_REASONS[reason].results as readonly string[]).includes(result);
}

/** The return kind stored with an outcome: only for a return, from the reason (null when the reason does not say). */
export function returnKindOf(result: OutcomeResult, reason: OutcomeReasonCode | null): ReturnKind | null {
  if (result !== "returned" || !reason) return null;
  return OUTCOME_REASONS[reason].returnKind;
}

/** The staff label of a stored reason code ("" for none or an unknown code). */
export function outcomeReasonLabel(code: string | null | undefined): string {
  return code && code in OUTCOME_REASONS ? OUTCOME_REASONS[code as OutcomeReasonCode].label : "";
}
