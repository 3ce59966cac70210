/**
 * The resident's questionnaire as a list of screens, worked out from the answers so far (pure, no I/O):
 *   1. what is difficult: the life domains in a few short screens (at most MAX_CHOICES_PER_SCREEN choices each),
 *   2. one screen per context question that matters for the chosen difficulties (home, then life, then digital),
 *   3. postcode or district, for the nearest lending centre.
 * Step numbers in URLs are 1-based positions in this list.
 */
import type { DifficultyCode } from "@/lib/questions/codes";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { contextQuestionsIn, difficultyGroupsIn, sectionTitlesIn } from "@/lib/questions/localized";
import {
  DIFFICULTY_GROUPS,
  relevantContextQuestions,
  SECTION_TITLES,
  type ContextQuestion,
  type ContextSection,
  type DifficultyGroup,
} from "@/lib/questions/questionnaire";

export type QuestionnaireStep =
  | { kind: "difficulties"; section: string; groups: DifficultyGroup[]; screen: number; screens: number }
  | { kind: "context"; section: string; question: ContextQuestion }
  | { kind: "place"; section: string };

export const DIFFICULTIES_SECTION = "Wat gaat moeilijk?";
export const PLACE_SECTION = "Uitleenpunt in de buurt";

/** A screen of difficulties holds whole life domains, and no more choices than this (unless one domain is bigger). */
export const MAX_CHOICES_PER_SCREEN = 6;

/** The life domains packed into short screens, in questionnaire order. */
export function difficultyScreens(groups: readonly DifficultyGroup[] = DIFFICULTY_GROUPS, max = MAX_CHOICES_PER_SCREEN): DifficultyGroup[][] {
  const screens: DifficultyGroup[][] = [];
  let current: DifficultyGroup[] = [];
  let count = 0;
  for (const group of groups) {
    if (current.length > 0 && count + group.difficulties.length > max) {
      screens.push(current);
      current = [];
      count = 0;
    }
    current.push(group);
    count += group.difficulties.length;
  }
  if (current.length > 0) screens.push(current);
  return screens;
}

const SCREENS = difficultyScreens();

/** How many screens the difficulties take (the context questions start after them). */
export const DIFFICULTY_SCREEN_COUNT = SCREENS.length;

/** Home first, then life, then digital readiness, whatever order the data lists them in. */
const SECTION_RANK: Record<ContextSection, number> = { home: 0, life: 1, digital: 2 };

/** The screens for these difficulties; texts in `locale` (same screens, codes and order in every language). */
export function questionnaireSteps(difficulties: readonly DifficultyCode[], locale: Locale = "nl"): QuestionnaireStep[] {
  const relevant = new Set(relevantContextQuestions(difficulties).map((q) => q.code));
  const questions = contextQuestionsIn(locale)
    .filter((q) => relevant.has(q.code))
    .sort((a, b) => SECTION_RANK[a.section] - SECTION_RANK[b.section]);
  const screens = locale === "nl" ? SCREENS : difficultyScreens(difficultyGroupsIn(locale));
  const titles = locale === "nl" ? SECTION_TITLES : sectionTitlesIn(locale);
  const t = locale === "nl" ? null : translatorFor(locale, "questionnaire");
  return [
    ...screens.map((groups, i) => ({ kind: "difficulties" as const, section: t ? t("difficultiesSection") : DIFFICULTIES_SECTION, groups, screen: i + 1, screens: screens.length })),
    ...questions.map((question) => ({ kind: "context" as const, section: titles[question.section], question })),
    { kind: "place", section: t ? t("placeSection") : PLACE_SECTION },
  ];
}

/** Parses a step number from a URL segment: a positive whole number without leading zeros, or null. */
export function parseStepNumber(segment: string): number | null {
  if (!/^[1-9][0-9]{0,2}$/.test(segment)) return null;
  return Number(segment);
}
