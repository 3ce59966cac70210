/**
 * Every language has every key Dutch has (and no others), and each message uses the same placeholders as Dutch,
 * parsed as ICU messages (plural/select arguments included). Also: every file on disk is loaded by lib/i18n/messages.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES, TRANSLATED_LOCALES, type Locale } from "./config";
import { loadMessages, NAMESPACES } from "./messages";

const ROOT = path.resolve(__dirname, "../../messages");

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(value)); // not a string: reported by the "only strings" test
  return out;
}

function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        names.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...names].sort();
}

function all(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of NAMESPACES) for (const [k, v] of flatten(loadMessages(locale)[ns])) out.set(`${ns}.${k}`, v);
  return out;
}

const dutch = all("nl");
/** Errors only staff see (errors.staff.*) are Dutch only: staff pages are in Dutch (messages/nl/errors.json). */
const DUTCH_ONLY = "errors.staff.";

describe("message files", () => {
  it("has one folder per language with one file per namespace, all loaded", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(ROOT, locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files, locale).toEqual([...NAMESPACES].sort());
      for (const ns of NAMESPACES) {
        expect(loadMessages(locale)[ns], `${locale}/${ns}`).toEqual(JSON.parse(readFileSync(path.join(ROOT, locale, `${ns}.json`), "utf8")));
      }
    }
  });

  it("holds only non-empty strings that parse as ICU messages", () => {
    for (const locale of LOCALES) {
      for (const [key, value] of all(locale)) {
        expect(typeof value === "string" && value.trim().length > 0, `${locale}: ${key}`).toBe(true);
        expect(() => parse(value, { ignoreTag: false }), `${locale}: ${key}`).not.toThrow();
      }
    }
  });

  it.each(TRANSLATED_LOCALES)("%s has exactly the keys of Dutch", (locale) => {
    const keys = [...all(locale).keys()].sort();
    const missing = [...dutch.keys()].filter((k) => !keys.includes(k) && !k.startsWith(DUTCH_ONLY));
    const extra = keys.filter((k) => !dutch.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(TRANSLATED_LOCALES)("%s uses the same placeholders as Dutch in every message", (locale) => {
    const differ: string[] = [];
    for (const [key, value] of all(locale)) {
      const source = dutch.get(key);
      if (source === undefined) continue;
      const a = placeholders(source).join(",");
      const b = placeholders(value).join(",");
      if (a !== b) differ.push(`${key}: nl {${a}} vs ${locale} {${b}}`);
    }
    expect(differ).toEqual([]);
  });

  it("the checks can fail: a missing key and a renamed placeholder are found", () => {
    expect(placeholders("Het kost {price}.")).toEqual(["price"]);
    expect(placeholders("It costs {prijs}.")).not.toEqual(placeholders("Het kost {price}."));
    expect(placeholders("{count, plural, one {# dag} other {# dagen tot {date}}}")).toEqual(["count", "date"]);
  });
});
