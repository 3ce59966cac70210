/**
 * All message files, imported statically (server bundles only: pages call getTranslations, client components get
 * strings as props). Keep in step with lib/i18n/namespaces.ts; messages.test.ts checks every file on disk is here.
 */
import type { Locale } from "./config";
import { NAMESPACES, type Namespace } from "./namespaces";
import nl_common from "@/messages/nl/common.json";
import nl_home from "@/messages/nl/home.json";
import nl_questions from "@/messages/nl/questions.json";
import nl_questionnaire from "@/messages/nl/questionnaire.json";
import nl_advice from "@/messages/nl/advice.json";
import nl_engine from "@/messages/nl/engine.json";
import nl_tips from "@/messages/nl/tips.json";
import nl_reservation from "@/messages/nl/reservation.json";
import nl_waitlist from "@/messages/nl/waitlist.json";
import nl_messages from "@/messages/nl/messages.json";
import nl_report from "@/messages/nl/report.json";
import nl_words from "@/messages/nl/words.json";
import nl_errors from "@/messages/nl/errors.json";
import en_common from "@/messages/en/common.json";
import en_home from "@/messages/en/home.json";
import en_questions from "@/messages/en/questions.json";
import en_questionnaire from "@/messages/en/questionnaire.json";
import en_advice from "@/messages/en/advice.json";
import en_engine from "@/messages/en/engine.json";
import en_tips from "@/messages/en/tips.json";
import en_reservation from "@/messages/en/reservation.json";
import en_waitlist from "@/messages/en/waitlist.json";
import en_messages from "@/messages/en/messages.json";
import en_report from "@/messages/en/report.json";
import en_words from "@/messages/en/words.json";
import en_errors from "@/messages/en/errors.json";
import tr_common from "@/messages/tr/common.json";
import tr_home from "@/messages/tr/home.json";
import tr_questions from "@/messages/tr/questions.json";
import tr_questionnaire from "@/messages/tr/questionnaire.json";
import tr_advice from "@/messages/tr/advice.json";
import tr_engine from "@/messages/tr/engine.json";
import tr_tips from "@/messages/tr/tips.json";
import tr_reservation from "@/messages/tr/reservation.json";
import tr_waitlist from "@/messages/tr/waitlist.json";
import tr_messages from "@/messages/tr/messages.json";
import tr_report from "@/messages/tr/report.json";
import tr_words from "@/messages/tr/words.json";
import tr_errors from "@/messages/tr/errors.json";
import ar_common from "@/messages/ar/common.json";
import ar_home from "@/messages/ar/home.json";
import ar_questions from "@/messages/ar/questions.json";
import ar_questionnaire from "@/messages/ar/questionnaire.json";
import ar_advice from "@/messages/ar/advice.json";
import ar_engine from "@/messages/ar/engine.json";
import ar_tips from "@/messages/ar/tips.json";
import ar_reservation from "@/messages/ar/reservation.json";
import ar_waitlist from "@/messages/ar/waitlist.json";
import ar_messages from "@/messages/ar/messages.json";
import ar_report from "@/messages/ar/report.json";
import ar_words from "@/messages/ar/words.json";
import ar_errors from "@/messages/ar/errors.json";
import pl_common from "@/messages/pl/common.json";
import pl_home from "@/messages/pl/home.json";
import pl_questions from "@/messages/pl/questions.json";
import pl_questionnaire from "@/messages/pl/questionnaire.json";
import pl_advice from "@/messages/pl/advice.json";
import pl_engine from "@/messages/pl/engine.json";
import pl_tips from "@/messages/pl/tips.json";
import pl_reservation from "@/messages/pl/reservation.json";
import pl_waitlist from "@/messages/pl/waitlist.json";
import pl_messages from "@/messages/pl/messages.json";
import pl_report from "@/messages/pl/report.json";
import pl_words from "@/messages/pl/words.json";
import pl_errors from "@/messages/pl/errors.json";

export type { Namespace };
export { NAMESPACES };
export type Messages = Record<Namespace, Record<string, unknown>>;

const ALL: Record<Locale, Messages> = {
  nl: { common: nl_common, home: nl_home, questions: nl_questions, questionnaire: nl_questionnaire, advice: nl_advice, engine: nl_engine, tips: nl_tips, reservation: nl_reservation, waitlist: nl_waitlist, messages: nl_messages, report: nl_report, words: nl_words, errors: nl_errors },
  en: { common: en_common, home: en_home, questions: en_questions, questionnaire: en_questionnaire, advice: en_advice, engine: en_engine, tips: en_tips, reservation: en_reservation, waitlist: en_waitlist, messages: en_messages, report: en_report, words: en_words, errors: en_errors },
  tr: { common: tr_common, home: tr_home, questions: tr_questions, questionnaire: tr_questionnaire, advice: tr_advice, engine: tr_engine, tips: tr_tips, reservation: tr_reservation, waitlist: tr_waitlist, messages: tr_messages, report: tr_report, words: tr_words, errors: tr_errors },
  ar: { common: ar_common, home: ar_home, questions: ar_questions, questionnaire: ar_questionnaire, advice: ar_advice, engine: ar_engine, tips: ar_tips, reservation: ar_reservation, waitlist: ar_waitlist, messages: ar_messages, report: ar_report, words: ar_words, errors: ar_errors },
  pl: { common: pl_common, home: pl_home, questions: pl_questions, questionnaire: pl_questionnaire, advice: pl_advice, engine: pl_engine, tips: pl_tips, reservation: pl_reservation, waitlist: pl_waitlist, messages: pl_messages, report: pl_report, words: pl_words, errors: pl_errors },
};

export function loadMessages(locale: Locale): Messages {
  return ALL[locale];
}
