/**
 * The per-municipality switch "learn from outcomes" (issue 13). Stored in Municipality.settings under
 * LEARNING_SETTING_KEY beside the numeric settings (their form keeps keys it does not know), with its history in
 * SettingChange like every other setting. Off unless the municipality switches it on. Pure.
 */
export const LEARNING_SETTING_KEY = "learningEnabled" as const;

export const LEARNING_SETTING_INFO = {
  label: "Leren van uitkomsten",
  hint: "Als dit aan staat, schuift het advies een hulpmiddel een klein stukje omhoog of omlaag naar wat inwoners met dezelfde vraag ermee deden (van alle gemeenten samen, pas vanaf 10 uitkomsten). De regels blijven altijd gelden.",
} as const;

export function readLearningEnabled(stored: unknown): boolean {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return false;
  return (stored as Record<string, unknown>)[LEARNING_SETTING_KEY] === true;
}
