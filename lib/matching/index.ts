/**
 * The matching engine's public surface: the plain-data types, computeAdvice and the tuning constants.
 * Pure: safe to import from server code, route handlers, scripts and tests alike.
 */
export type * from "./types";
export {
  AVAILABILITY_POINTS,
  COST_MONTHS_COUNTED,
  COST_TIERS,
  DEFAULT_MAX_RECOMMENDATIONS,
  DEFAULT_OPTIONS,
  ENGINE_VERSION,
  LENDABLE_POINTS,
  NEED_POINTS,
  SCORE_DECIMALS,
  compareRanked,
  catalogueText,
  computeAdvice,
  costReason,
} from "./engine";
export type { AvailabilityResult, AvailabilityTierName, CostTier, PrerequisiteStatus } from "./engine";
