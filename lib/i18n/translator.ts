/**
 * A translator outside a request (the outbox job, PDF routes, tests): next-intl's createTranslator over the same
 * message files. Pure apart from the static JSON imports.
 */
import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { loadMessages, type Namespace } from "./messages";

export function translatorFor<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace, timeZone: "Europe/Amsterdam" });
}
