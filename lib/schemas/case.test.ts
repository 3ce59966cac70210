import { describe, expect, it } from "vitest";
import { DIFFICULTY_GROUPS } from "@/lib/questions/questionnaire";
import { CASE_TOPICS, caseNoteSchema, caseOutcomeSchema, caseStepSchema, residentNameSchema, updateCaseSchema } from "./case";

describe("case schemas", () => {
  it("has a note topic per difficulty group, plus Algemeen", () => {
    expect(CASE_TOPICS.map((t) => t.id)).toEqual([...DIFFICULTY_GROUPS.map((g) => g.id), "algemeen"]);
  });

  const names: [string, string, boolean][] = [
    ["initials are enough", "J.d.V.", true],
    ["a full name is fine", "Mevrouw Fatima Bouali", true],
    ["spaces only is not a name", "   ", false],
    ["empty is not a name", "", false],
    ["more than 80 characters is too long", "x".repeat(81), false],
  ];
  for (const [name, value, ok] of names) it(`residentName: ${name}`, () => expect(residentNameSchema.safeParse(value).success).toBe(ok));

  const steps: [string, Record<string, unknown>, boolean][] = [
    ["what and who, no date", { text: "Bellen", who: "Dochter" }, true],
    ["an empty date means no date", { text: "Bellen", who: "Dochter", dueDate: "" }, true],
    ["a real date", { text: "Bellen", who: "Dochter", dueDate: "2028-02-29" }, true],
    ["a date that does not exist", { text: "Bellen", who: "Dochter", dueDate: "2027-02-29" }, false],
    ["a date in another format", { text: "Bellen", who: "Dochter", dueDate: "15-01-2030" }, false],
    ["who is required", { text: "Bellen", who: " " }, false],
  ];
  for (const [name, value, ok] of steps) it(`step: ${name}`, () => expect(caseStepSchema.safeParse(value).success).toBe(ok));

  it("notes need a known topic and some text", () => {
    expect(caseNoteSchema.safeParse({ topic: "algemeen", text: "Dochter in Delft." }).success).toBe(true);
    expect(caseNoteSchema.safeParse({ topic: "gezondheid-details", text: "x" }).success).toBe(false);
    expect(caseNoteSchema.safeParse({ topic: "algemeen", text: "  " }).success).toBe(false);
  });

  it("outcomes: yes/partly/no and kept/returned/bought only; why is optional", () => {
    expect(caseOutcomeSchema.safeParse({ productSlug: "robotstofzuiger", helped: "partly", result: "bought" }).success).toBe(true);
    expect(caseOutcomeSchema.safeParse({ productSlug: "robotstofzuiger", helped: "maybe", result: "bought" }).success).toBe(false);
    expect(caseOutcomeSchema.safeParse({ productSlug: "robotstofzuiger", helped: "yes", result: "lost" }).success).toBe(false);
  });

  it("every contact field is optional: an empty contact and follow-up day become undefined", () => {
    const parsed = updateCaseSchema.parse({ residentName: "A.B.", residentContact: " ", status: "OPEN", followUpDue: "", hasApplication: false });
    expect(parsed.residentContact).toBeUndefined();
    expect(parsed.followUpDue).toBeUndefined();
  });
});
