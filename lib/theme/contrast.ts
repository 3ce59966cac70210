/**
 * WCAG 2.x contrast, written out (no library): relative luminance of an sRGB colour and the contrast ratio of two.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance. Pure; table-driven tests in contrast.test.ts.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** "#1a2b3c" or "#abc" to 0..255 channels; null for anything else. */
export function hexToRgb(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? m[1]!.split("").map((c) => c + c).join("") : m[1]!;
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** (L1 + 0.05) / (L2 + 0.05) with L1 the lighter; 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la >= lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** Ratio of two hex colours, rounded down to 2 decimals (so 4.499 is never shown as a passing 4.5). */
export function contrastOfHex(a: string, b: string): number {
  const ra = hexToRgb(a);
  const rb = hexToRgb(b);
  if (!ra || !rb) throw new Error(`not a hex colour: ${ra ? b : a}`);
  return Math.floor(contrastRatio(ra, rb) * 100) / 100;
}

/** WCAG AA: 4.5:1 for normal text, 3:1 for non-text (focus indicator, a button's edge) and large text. */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;
