/**
 * Reads a design-token file in the NL Design System shape (Style Dictionary / W3C design tokens):
 *   { "utrecht": { "link": { "color": { "value": "#1a4fd6" } } } }   or with "$value"
 * into a Theme. Only a short whitelist of tokens the app really uses is read (TOKEN_MAP, matched on the path after
 * the organisation prefix, e.g. "<any>.link.color"); every other token is ignored and listed. References
 * ("{utrecht.color.blue.500}") are resolved inside the file. Values must be plain colours (#rgb, #rrggbb, rgb(r, g, b)),
 * a font from the safe list, or a radius in px/rem: anything else (url(), var(), expression(), ";", "}") is refused.
 * Pure; table-driven tests in tokens.test.ts.
 */
import { DEFAULT_THEME, FONT_KEYS, FONT_LABELS, themeSchema, type FontKey, type Theme, type ThemeColorKey } from "./theme";

type Field = ThemeColorKey | "font" | "radius";

/** path after the prefix -> the theme field it sets (first match in this order wins when several are given) */
export const TOKEN_MAP: { suffix: string; field: Field }[] = [
  { suffix: "button.primary-action.background-color", field: "primary" },
  { suffix: "color.primary", field: "primary" },
  { suffix: "button.primary-action.color", field: "buttonText" },
  { suffix: "color.primary-text", field: "buttonText" },
  { suffix: "document.color", field: "text" },
  { suffix: "color.text", field: "text" },
  { suffix: "document.background-color", field: "background" },
  { suffix: "color.background", field: "background" },
  { suffix: "link.color", field: "link" },
  { suffix: "color.link", field: "link" },
  { suffix: "focus.outline-color", field: "focus" },
  { suffix: "color.focus", field: "focus" },
  { suffix: "color.subtle", field: "subtle" },
  { suffix: "document.font-family", field: "font" },
  { suffix: "typography.font-family", field: "font" },
  { suffix: "button.border-radius", field: "radius" },
  { suffix: "border-radius", field: "radius" },
];

export const MAX_TOKEN_FILE_BYTES = 256 * 1024;
const MAX_DEPTH = 12;
const MAX_TOKENS = 10_000;

export type TokenParseResult =
  | { ok: true; theme: Theme; used: { path: string; field: Field }[]; ignored: number }
  | { ok: false; errors: string[] };

const PREFIX = /^[a-z][a-z0-9-]*$/i;

/** "#abc", "#aabbcc" or "rgb(1, 2, 3)" / "rgb(1 2 3)" to "#rrggbb"; null for anything else. */
export function parseColor(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) return hex[1]!.length === 3 ? `#${hex[1]!.split("").map((c) => c + c).join("")}` : v;
  const rgb = /^rgb\(\s*(\d{1,3})\s*(?:,\s*|\s+)(\d{1,3})\s*(?:,\s*|\s+)(\d{1,3})\s*\)$/.exec(v);
  if (rgb) {
    const parts = rgb.slice(1, 4).map(Number);
    if (parts.some((n) => n > 255)) return null;
    return `#${parts.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
  }
  return null;
}

/** The first family of a font-family value, matched against the safe list. */
export function parseFont(value: unknown): FontKey | null {
  if (typeof value !== "string" || value.length > 300) return null;
  const first = value.split(",")[0]!.trim().replace(/^["']|["']$/g, "").trim().toLowerCase();
  if (first === "segoe ui" || first === "system-ui" || first === "systeem") return "systeem";
  return (FONT_KEYS as string[]).includes(first) ? (first as FontKey) : null;
}

/** "4px", "0.25rem" (16 px), "0" or a number, to whole px 0..24; null otherwise. */
export function parseRadius(value: unknown): number | null {
  let px: number;
  if (typeof value === "number") px = value;
  else if (typeof value === "string") {
    const m = /^(\d{1,3}(?:\.\d{1,3})?)(px|rem)?$/.exec(value.trim());
    if (!m) return null;
    px = Number(m[1]) * (m[2] === "rem" ? 16 : 1);
  } else return null;
  if (!Number.isFinite(px) || px < 0 || px > 24) return null;
  return Math.round(px);
}

/** Every token in the file as path -> raw value ("value" or "$value" leaves). */
function flatten(node: unknown, path: string[], out: Map<string, unknown>, depth: number): string | null {
  if (depth > MAX_DEPTH) return "Het bestand is te diep genest.";
  if (!node || typeof node !== "object" || Array.isArray(node)) return null;
  const record = node as Record<string, unknown>;
  if ("value" in record || "$value" in record) {
    out.set(path.join("."), "$value" in record ? record.$value : record.value);
    return out.size > MAX_TOKENS ? "Het bestand heeft te veel tokens." : null;
  }
  for (const [key, child] of Object.entries(record)) {
    if (key.startsWith("$")) continue; // $type, $description, $schema
    const error = flatten(child, [...path, key], out, depth + 1);
    if (error) return error;
  }
  return null;
}

/** Follows "{a.b.c}" references (at most 8 steps); a value that is not a reference is returned as is. */
function resolve(tokens: Map<string, unknown>, value: unknown): unknown {
  let current = value;
  for (let i = 0; i < 8; i++) {
    if (typeof current !== "string") return current;
    const ref = /^\{([a-z0-9._-]+)\}$/i.exec(current.trim());
    if (!ref) return current;
    if (!tokens.has(ref[1]!)) return undefined;
    current = tokens.get(ref[1]!);
  }
  return undefined;
}

/** Index in TOKEN_MAP of a token path "<prefix>.<suffix>", or -1 when the app does not use it. */
function rankOf(path: string): number {
  const dot = path.indexOf(".");
  if (dot < 0 || !PREFIX.test(path.slice(0, dot))) return -1;
  const rest = path.slice(dot + 1);
  return TOKEN_MAP.findIndex((t) => t.suffix === rest);
}

const FIELD_NAMES: Record<Field, string> = {
  primary: "hoofdkleur",
  buttonText: "tekst op knoppen",
  text: "tekstkleur",
  background: "achtergrond",
  link: "linkkleur",
  focus: "focusrand",
  subtle: "lichte vlakken",
  font: "lettertype",
  radius: "afronding",
};

/** Reads the text of an uploaded token file. Tokens not given keep the value of `base` (the default look). */
export function parseTokenFile(text: string, base: Theme = DEFAULT_THEME): TokenParseResult {
  if (new TextEncoder().encode(text).length > MAX_TOKEN_FILE_BYTES) return { ok: false, errors: [`Het bestand is te groot: hoogstens ${MAX_TOKEN_FILE_BYTES / 1024} kB.`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["Dit is geen geldig JSON-bestand."] };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { ok: false, errors: ["Het bestand moet een JSON-object met design tokens zijn."] };
  const tokens = new Map<string, unknown>();
  const flattenError = flatten(json, [], tokens, 0);
  if (flattenError) return { ok: false, errors: [flattenError] };

  const theme: Theme = structuredClone({ ...base, source: "eigen" });
  const used: { path: string; field: Field }[] = [];
  const errors: string[] = [];
  let ignored = 0;
  // per field the token whose suffix comes first in TOKEN_MAP
  const best = new Map<Field, { path: string; rank: number }>();
  for (const path of tokens.keys()) {
    const rank = rankOf(path);
    if (rank < 0) {
      ignored++;
      continue;
    }
    const field = TOKEN_MAP[rank]!.field;
    const current = best.get(field);
    if (!current || rank < current.rank) best.set(field, { path, rank });
  }
  for (const [field, { path }] of best) {
    const value = resolve(tokens, tokens.get(path));
    const shown = typeof value === "string" ? `"${value.slice(0, 60)}"` : JSON.stringify(value)?.slice(0, 60) ?? "leeg";
    if (field === "font") {
      const font = parseFont(value);
      if (!font) errors.push(`${path}: lettertype ${shown} mag niet. Kies uit ${FONT_KEYS.map((k) => FONT_LABELS[k]).join(", ")}.`);
      else theme.font = font;
    } else if (field === "radius") {
      const radius = parseRadius(value);
      if (radius === null) errors.push(`${path}: afronding ${shown} mag niet. Gebruik 0 tot en met 24px.`);
      else theme.radiusPx = radius;
    } else {
      const color = parseColor(value);
      if (!color) errors.push(`${path}: ${shown} is geen kleur die wij accepteren (${FIELD_NAMES[field]}). Gebruik #rrggbb of rgb(r, g, b).`);
      else theme.colors[field] = color;
    }
    used.push({ path, field });
  }
  if (errors.length) return { ok: false, errors };
  if (used.length === 0) return { ok: false, errors: ["In dit bestand staat geen enkel token dat wij gebruiken. Zie de lijst hieronder."] };
  const checked = themeSchema.safeParse(theme);
  if (!checked.success) return { ok: false, errors: ["Het thema klopt niet."] };
  return { ok: true, theme: checked.data, used, ignored };
}
