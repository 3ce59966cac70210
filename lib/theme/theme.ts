/**
 * A municipality's look as one JSON value (Municipality.theme; null = the default look). Pure: the zod schema, the
 * presets, the CSS custom properties a theme sets, and the WCAG AA contrast check every theme must pass before it is
 * saved. The configuration export (lib/server/config-transfer) can take `themeSchema` as it is.
 *
 * Colours are stored as "#rrggbb" only: nothing else reaches a style attribute, so no url(), no expression, no ";".
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { AA_NON_TEXT, AA_TEXT, contrastOfHex } from "./contrast";

export const hexColorSchema = z
  .string()
  .regex(/^#[0-9a-f]{6}$/, { error: "Gebruik een kleur als #rrggbb (6 tekens, kleine letters)." });

/** Fonts a municipality may choose: system fonts only (no downloads, no @font-face from elsewhere). */
export const FONT_STACKS = {
  systeem: '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif',
  arial: 'Arial, "Helvetica Neue", Helvetica, "DejaVu Sans", sans-serif',
  verdana: 'Verdana, "DejaVu Sans", Geneva, sans-serif',
  georgia: 'Georgia, "DejaVu Serif", "Times New Roman", serif',
} as const;
export type FontKey = keyof typeof FONT_STACKS;
export const FONT_LABELS: Record<FontKey, string> = { systeem: "Standaard (systeemletter)", arial: "Arial", verdana: "Verdana", georgia: "Georgia" };
export const FONT_KEYS = Object.keys(FONT_STACKS) as FontKey[];

export const THEME_COLOR_KEYS = ["primary", "buttonText", "text", "background", "link", "focus", "subtle"] as const;
export type ThemeColorKey = (typeof THEME_COLOR_KEYS)[number];

export const COLOR_LABELS: Record<ThemeColorKey, string> = {
  primary: "hoofdkleur (knoppen)",
  buttonText: "tekst op knoppen",
  text: "tekst",
  background: "achtergrond",
  link: "links",
  focus: "focusrand",
  subtle: "lichte vlakken",
};

export const themeSchema = z.strictObject({
  version: z.literal(1),
  /** the preset it started from, or "eigen" for an uploaded token set */
  source: z.string().regex(/^[a-z0-9-]{1,40}$/),
  colors: z.strictObject(Object.fromEntries(THEME_COLOR_KEYS.map((k) => [k, hexColorSchema])) as Record<ThemeColorKey, typeof hexColorSchema>),
  font: z.enum(FONT_KEYS as [FontKey, ...FontKey[]]),
  /** corner radius of buttons and fields, in px */
  radiusPx: z.number().int().min(0).max(24),
});
export type Theme = z.infer<typeof themeSchema>;

/** Today's look (app/globals.css): the default for every municipality without a theme. */
export const DEFAULT_THEME: Theme = {
  version: 1,
  source: "standaard",
  colors: { primary: "#0a564f", buttonText: "#ffffff", text: "#1b1f23", background: "#fbfbf8", link: "#08443f", focus: "#1a4fd6", subtle: "#eef6f5" },
  font: "systeem",
  radiusPx: 8,
};

export const PRESETS: { key: string; label: string; theme: Theme }[] = [
  { key: "standaard", label: "Standaard (groen)", theme: DEFAULT_THEME },
  {
    key: "blauw",
    label: "Blauw",
    theme: { version: 1, source: "blauw", colors: { primary: "#154273", buttonText: "#ffffff", text: "#1b1f23", background: "#ffffff", link: "#154273", focus: "#c2410c", subtle: "#e8eff7" }, font: "systeem", radiusPx: 4 },
  },
  {
    key: "rood",
    label: "Rood",
    theme: { version: 1, source: "rood", colors: { primary: "#a3111f", buttonText: "#ffffff", text: "#1b1f23", background: "#ffffff", link: "#8c0f1b", focus: "#1a4fd6", subtle: "#fbeeee" }, font: "arial", radiusPx: 0 },
  },
  {
    key: "paars",
    label: "Paars",
    theme: { version: 1, source: "paars", colors: { primary: "#5a2a82", buttonText: "#ffffff", text: "#1f1a24", background: "#fdfcfe", link: "#4b236c", focus: "#b45309", subtle: "#f2ecf7" }, font: "verdana", radiusPx: 12 },
  },
];

/** A stored value as a theme; anything invalid (or null) gives the default, so a bad row never breaks a page. */
export function readTheme(stored: unknown): Theme {
  const parsed = themeSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_THEME;
}

/**
 * The CSS custom properties a theme sets. The names are the ones app/globals.css and Tailwind's classes read
 * (--color-brand-*, --color-ink, --font-sans, --radius-*) plus three of our own (--ttv-*). Values are validated
 * hex colours, a font stack from FONT_STACKS and a whole number of px: safe in a style attribute.
 */
export function themeCssVariables(theme: Theme): Record<string, string> {
  const c = theme.colors;
  return {
    "--color-brand-50": c.subtle,
    "--color-brand-100": c.subtle,
    "--color-brand-600": c.link,
    "--color-brand-700": c.primary,
    "--color-brand-800": c.link,
    "--color-ink": c.text,
    "--ttv-background": c.background,
    "--ttv-button-text": c.buttonText,
    "--ttv-focus": c.focus,
    "--font-sans": FONT_STACKS[theme.font],
    "--radius-lg": `${theme.radiusPx}px`,
    "--radius-xl": `${Math.round(theme.radiusPx * 1.5)}px`,
  };
}

export interface ContrastCheck {
  /** Dutch, e.g. "tekst op achtergrond" */
  label: string;
  foreground: string;
  background: string;
  ratio: number;
  minimum: number;
  ok: boolean;
}

const WHITE = "#ffffff";
/** hints and secondary text keep the app's grey (--color-muted in app/globals.css) */
const MUTED = "#4a5560";

/**
 * Every pair of colours the pages put on top of each other. Cards and fields are white (bg-white), so text, links
 * and the focus ring are checked on white too. The focus ring is drawn 2 px outside the element (outline-offset), so
 * it is checked against what lies around it, not against the button.
 */
export function checkContrast(theme: Theme): ContrastCheck[] {
  const c = theme.colors;
  const pairs: [string, string, string, number][] = [
    ["tekst op de achtergrond", c.text, c.background, AA_TEXT],
    ["tekst op een wit vlak", c.text, WHITE, AA_TEXT],
    ["tekst op een licht vlak", c.text, c.subtle, AA_TEXT],
    ["grijze hulptekst op de achtergrond", MUTED, c.background, AA_TEXT],
    ["links op de achtergrond", c.link, c.background, AA_TEXT],
    ["links op een wit vlak", c.link, WHITE, AA_TEXT],
    ["links op een licht vlak", c.link, c.subtle, AA_TEXT],
    ["knoptekst op de knop", c.buttonText, c.primary, AA_TEXT],
    ["knoptekst op de knop onder de muis", c.buttonText, c.link, AA_TEXT],
    ["rand van een knop op een wit vlak", c.primary, WHITE, AA_NON_TEXT],
    ["focusrand op de achtergrond", c.focus, c.background, AA_NON_TEXT],
    ["focusrand op een wit vlak", c.focus, WHITE, AA_NON_TEXT],
  ];
  return pairs.map(([label, foreground, background, minimum]) => {
    const ratio = contrastOfHex(foreground, background);
    return { label, foreground, background, ratio, minimum, ok: ratio >= minimum };
  });
}

/** The Dutch line for a failing pair, e.g. "links op de achtergrond: 3,2 : 1 (minimaal 4,5 : 1)". */
export function contrastFailureText(check: ContrastCheck): string {
  const nl = (n: number) => n.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
  return `Te weinig contrast: ${check.label} (${check.foreground} op ${check.background}) heeft ${nl(check.ratio)} : 1, en moet minimaal ${nl(check.minimum)} : 1 zijn.`;
}
