import { describe, expect, it } from "vitest";
import { DIFFICULTY_CODES, type DifficultyCode } from "@/lib/questions/codes";
import { CONTEXT_QUESTIONS, DIFFICULTY_GROUPS, relevantContextQuestions, type DifficultyGroup } from "@/lib/questions/questionnaire";
import { DIFFICULTY_SCREEN_COUNT, difficultyScreens, MAX_CHOICES_PER_SCREEN, parseStepNumber, questionnaireSteps } from "./steps";

const SECTION_ORDER = ["Wat gaat moeilijk?", "Uw huis", "Uw leven en de mensen om u heen", "Internet en telefoon", "Uitleenpunt in de buurt"];

describe("difficultyScreens", () => {
  const group = (id: string, n: number): DifficultyGroup => ({
    id,
    title: id,
    difficulties: Array.from({ length: n }, (_, i) => ({ code: DIFFICULTY_CODES[i]!, label: `${id}${i}`, hint: "", icf: [] })),
  });
  const cases: { name: string; sizes: number[]; max: number; expected: string[][] }[] = [
    { name: "whole domains, packed up to the maximum", sizes: [3, 3, 3, 3, 2, 3, 1], max: 6, expected: [["a", "b"], ["c", "d"], ["e", "f", "g"]] },
    { name: "a domain bigger than the maximum gets a screen of its own", sizes: [2, 8, 1], max: 6, expected: [["a"], ["b"], ["c"]] },
    { name: "everything fits on one screen", sizes: [1, 2], max: 6, expected: [["a", "b"]] },
    { name: "no domains, no screens", sizes: [], max: 6, expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const groups = c.sizes.map((n, i) => group(String.fromCharCode(97 + i), n));
      expect(difficultyScreens(groups, c.max).map((s) => s.map((g) => g.id))).toEqual(c.expected);
    });
  }

  it("puts every difficulty of the questionnaire on exactly one short screen", () => {
    const screens = difficultyScreens();
    expect(screens.flat().map((g) => g.id)).toEqual(DIFFICULTY_GROUPS.map((g) => g.id));
    for (const screen of screens) {
      const count = screen.reduce((n, g) => n + g.difficulties.length, 0);
      expect(count <= MAX_CHOICES_PER_SCREEN || screen.length === 1).toBe(true);
    }
  });
});

describe("questionnaireSteps", () => {
  const cases: { name: string; difficulties: DifficultyCode[] }[] = [
    { name: "nothing chosen", difficulties: [] },
    { name: "vacuuming and the toilet at night", difficulties: ["housework.vacuuming", "toilet.night"] },
    { name: "calling for help after a fall", difficulties: ["help.calling_after_fall"] },
    { name: "reading small print", difficulties: ["reading.small_print"] },
    { name: "every difficulty", difficulties: [...DIFFICULTY_CODES] },
  ];
  for (const c of cases) {
    it(`${c.name}: difficulties first, then only the relevant questions (home, life, digital), place last`, () => {
      const steps = questionnaireSteps(c.difficulties);
      expect(steps.slice(0, DIFFICULTY_SCREEN_COUNT).map((s) => s.kind)).toEqual(Array(DIFFICULTY_SCREEN_COUNT).fill("difficulties"));
      expect(steps.at(-1)?.kind).toBe("place");
      const codes = steps.flatMap((s) => (s.kind === "context" ? [s.question.code] : []));
      expect([...codes].sort()).toEqual(relevantContextQuestions(c.difficulties).map((q) => q.code).sort());
      const sectionRanks = steps.map((s) => SECTION_ORDER.indexOf(s.section));
      expect(sectionRanks.every((r) => r >= 0)).toBe(true);
      expect(sectionRanks).toEqual([...sectionRanks].sort((a, b) => a - b));
    });
  }

  it("asks about clutter for vacuuming but not for reading small print", () => {
    const codes = (d: DifficultyCode[]) => questionnaireSteps(d).flatMap((s) => (s.kind === "context" ? [s.question.code] : []));
    expect(codes(["housework.vacuuming"])).toContain("home.clutter");
    expect(codes(["reading.small_print"])).not.toContain("home.clutter");
  });

  it("asks every context question when every difficulty is chosen", () => {
    expect(questionnaireSteps([...DIFFICULTY_CODES])).toHaveLength(CONTEXT_QUESTIONS.length + DIFFICULTY_SCREEN_COUNT + 1);
  });
});

describe("parseStepNumber", () => {
  const cases: [string, number | null][] = [
    ["1", 1],
    ["12", 12],
    ["0", null],
    ["01", null],
    ["-1", null],
    ["1.5", null],
    ["abc", null],
    ["1000", null],
    ["", null],
  ];
  for (const [input, expected] of cases) {
    it(`"${input}" -> ${expected}`, () => expect(parseStepNumber(input)).toBe(expected));
  }
});
