/**
 * The questionnaire in the resident's language: the same groups, difficulties and context questions as
 * questionnaire.ts (codes, order, relevance unchanged) with texts from messages/<locale>/questions.json.
 * Dutch is questionnaire.ts itself. Pure apart from the static message files.
 */
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { CONTEXT_QUESTIONS, DIFFICULTY_GROUPS, SECTION_TITLES, type ContextQuestion, type ContextSection, type DifficultyGroup } from "./questionnaire";

const key = (code: string) => code.replace(/\./g, "_");
const cache = new Map<Locale, { groups: DifficultyGroup[]; questions: ContextQuestion[]; sections: Record<ContextSection, string> }>();

function build(locale: Locale) {
  let hit = cache.get(locale);
  if (hit) return hit;
  if (locale === "nl") {
    hit = { groups: DIFFICULTY_GROUPS, questions: CONTEXT_QUESTIONS, sections: SECTION_TITLES };
  } else {
    const t = translatorFor(locale, "questions");
    const groups = DIFFICULTY_GROUPS.map((g) => ({
      ...g,
      title: t(`groups.${g.id}`),
      difficulties: g.difficulties.map((d) => ({ ...d, label: t(`difficulties.${key(d.code)}.label`), hint: t(`difficulties.${key(d.code)}.hint`) })),
    }));
    const questions = CONTEXT_QUESTIONS.map((q) => ({
      ...q,
      question: t(`context.${key(q.code)}.question`),
      why: t(`context.${key(q.code)}.why`),
      options: q.options.map((o) =>
        q.kind === "boolean" ? { ...o, label: t(o.value === "true" ? "yes" : "no") } : { ...o, label: t(`context.${key(q.code)}.options.${o.value}`) },
      ),
    }));
    const sections = { home: t("sections.home"), life: t("sections.life"), digital: t("sections.digital") };
    hit = { groups, questions, sections };
  }
  cache.set(locale, hit);
  return hit;
}

export const difficultyGroupsIn = (locale: Locale): DifficultyGroup[] => build(locale).groups;
export const contextQuestionsIn = (locale: Locale): ContextQuestion[] => build(locale).questions;
export const sectionTitlesIn = (locale: Locale): Record<ContextSection, string> => build(locale).sections;
