/** The resident's text size: three steps, kept in a cookie so the server renders the page at that size at once. */
export const TEXT_SIZES = ["normaal", "groot", "grootst"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_COOKIE = "ttv_tekst";
export const TEXT_SIZE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function parseTextSize(value: unknown): TextSize {
  return typeof value === "string" && (TEXT_SIZES as readonly string[]).includes(value) ? (value as TextSize) : "normaal";
}
