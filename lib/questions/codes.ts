/**
 * The questionnaire's codes. These codes are a PUBLIC CONTRACT: the JSON API, saved assessments and other
 * municipalities rely on them. Add new codes; never rename or remove one.
 */

export const DIFFICULTY_CODES = [
  "housework.vacuuming",
  "cooking.forgets_stove",
  "reach.picking_up",
  "bathing",
  "toilet.night",
  "toilet.sitting_down",
  "mobility.getting_up",
  "mobility.walking",
  "mobility.stairs",
  "help.calling_after_fall",
  "door.who_is_there",
  "wandering.getting_lost",
  "medication.remembering",
  "orientation.time",
  "social.loneliness",
  "communication.phone",
  "hearing.sounds",
  "reading.small_print",
] as const;
export type DifficultyCode = (typeof DIFFICULTY_CODES)[number];

export const BOOLEAN_CONTEXT_CODES = [
  "home.thresholds",
  "home.small_furniture",
  "home.stairs_inside",
  "home.rugs",
  "home.pets",
  "home.bolt_on_door",
  "household.lives_alone",
  "network.carer_nearby",
  "care.home_care",
  "digital.wifi",
  "digital.smartphone",
] as const;
export const CLUTTER_CODE = "home.clutter" as const;
export const CLUTTER_VALUES = ["none", "some", "a_lot"] as const;

export const CONTEXT_CODES = [CLUTTER_CODE, ...BOOLEAN_CONTEXT_CODES] as const;
export type ContextCode = (typeof CONTEXT_CODES)[number];
export type BooleanContextCode = (typeof BOOLEAN_CONTEXT_CODES)[number];

export function isDifficultyCode(value: string): value is DifficultyCode {
  return (DIFFICULTY_CODES as readonly string[]).includes(value);
}
export function isContextCode(value: string): value is ContextCode {
  return (CONTEXT_CODES as readonly string[]).includes(value);
}
