import { describe, expect, it } from "vitest";
import { CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { parseInput } from "@/lib/api/validate";
import { adviceRequestSchema } from "./advice";
import { publicQuestionnaire, UNKNOWN_LABEL, UNKNOWN_VALUE } from "./questions";

const q = publicQuestionnaire();
const difficultyCodes = q.difficultyGroups.flatMap((g) => g.difficulties.map((d) => d.code));
const contextCodes = q.contextQuestions.map((c) => c.code);

describe("publicQuestionnaire", () => {
  it("lists every difficulty code exactly once", () => {
    expect([...difficultyCodes].sort()).toEqual([...DIFFICULTY_CODES].sort());
  });

  it("lists every context code exactly once", () => {
    expect([...contextCodes].sort()).toEqual([...CONTEXT_CODES].sort());
  });

  it("ends the options of every question with 'Weet ik niet'", () => {
    for (const question of q.contextQuestions) {
      expect(question.options.at(-1)).toEqual({ value: UNKNOWN_VALUE, label: UNKNOWN_LABEL });
    }
  });

  it("gives yes/no questions the JSON booleans the advice endpoint expects", () => {
    const yesNo = q.contextQuestions.filter((c) => c.kind === "boolean");
    expect(yesNo.length).toBeGreaterThan(0);
    for (const question of yesNo) expect(question.options.map((o) => o.value)).toEqual([true, false, "unknown"]);
  });

  it("offers only values that POST /api/v1/advice accepts, for every question", () => {
    for (const question of q.contextQuestions) {
      for (const option of question.options) {
        const body = { municipality: "den-haag", answers: { difficulties: [difficultyCodes[0]], context: { [question.code]: option.value } } };
        expect(() => parseInput(adviceRequestSchema, body), `${question.code} = ${String(option.value)}`).not.toThrow();
      }
    }
  });

  it("relates questions only to existing difficulty codes", () => {
    for (const question of q.contextQuestions) {
      if (question.relevantFor === "always") continue;
      expect(question.relevantFor.length).toBeGreaterThan(0);
      for (const code of question.relevantFor) expect(DIFFICULTY_CODES).toContain(code);
    }
  });

  it("names a known section for every question", () => {
    const sections = new Set(q.sections.map((s) => s.id));
    for (const question of q.contextQuestions) expect(sections.has(question.section)).toBe(true);
  });

  it("is plain JSON (survives a round trip unchanged)", () => {
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
  });
});
