/**
 * A translator outside a request (the outbox job, PDF routes, the advice presenter, tests): next-intl's
 * createTranslator over the same message files. Pure apart from the static JSON imports.
 */
import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { loadMessages, type Namespace } from "./messages";

export type TranslationValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: TranslationValues) => string;

const cache = new Map<string, Translate>();

export function translatorFor(locale: Locale, namespace: Namespace): Translate {
  const key = `${locale}:${namespace}`;
  let t = cache.get(key);
  if (!t) {
    const translator = createTranslator({ locale, messages: loadMessages(locale) as never, namespace: namespace as never, timeZone: "Europe/Amsterdam" });
    t = (k, values) => (translator as unknown as Translate)(k, values);
    cache.set(key, t);
  }
  return t;
}
