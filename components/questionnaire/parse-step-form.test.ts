import { describe, expect, it } from "vitest";
import { questionnaireSteps, type QuestionnaireStep } from "@/components/questionnaire/steps";
import type { DifficultyCode } from "@/lib/questions/codes";
import { parseStepForm } from "./parse-step-form";

const steps = questionnaireSteps(["housework.vacuuming"]);
const screens = steps.filter((s) => s.kind === "difficulties");
const first = screens[0]!;
const last = screens.at(-1)!;
const clutter = steps.find((s) => s.kind === "context" && s.question.code === "home.clutter")!;
const wifi = steps.find((s) => s.kind === "context" && s.question.code === "digital.wifi")!;
const place = steps.at(-1)!;
const lastCode = last.kind === "difficulties" ? last.groups.at(-1)!.difficulties.at(-1)!.code : "reading.small_print";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("parseStepForm", () => {
  const cases: {
    name: string;
    step: QuestionnaireStep;
    entries: [string, string][];
    direction?: "volgende" | "terug" | "overslaan";
    current?: DifficultyCode[];
    patch: object;
    errorFields?: string[];
  }[] = [
    { name: "difficulties chosen on the first screen", step: first, entries: [["moeilijkheid", "toilet.night"], ["moeilijkheid", "housework.vacuuming"]], patch: { difficulties: ["housework.vacuuming", "toilet.night"] } },
    {
      name: "a screen's choice replaces only that screen's earlier choice",
      step: first,
      entries: [["moeilijkheid", "bathing"]],
      current: ["housework.vacuuming", lastCode],
      patch: { difficulties: ["bathing", lastCode] },
    },
    { name: "nothing on the first screen is fine (nothing of this applies)", step: first, entries: [], patch: { difficulties: [] } },
    { name: "nothing at all after the last screen asks to choose", step: last, entries: [], patch: { difficulties: [] }, errorFields: ["moeilijkheid"] },
    { name: "nothing on the last screen is fine when something was chosen before", step: last, entries: [], current: ["toilet.night"], patch: { difficulties: ["toilet.night"] } },
    { name: "skip keeps the earlier choice", step: last, entries: [[`moeilijkheid`, lastCode]], direction: "overslaan", current: ["toilet.night"], patch: {} },
    { name: "going back with nothing chosen is fine", step: last, entries: [], direction: "terug", patch: { difficulties: [] } },
    { name: "an unknown difficulty code is refused", step: first, entries: [["moeilijkheid", "flying"]], patch: { difficulties: [] }, errorFields: ["moeilijkheid"] },
    { name: "a difficulty of another screen is refused", step: first, entries: [["moeilijkheid", lastCode]], patch: { difficulties: [] }, errorFields: ["moeilijkheid"] },
    { name: "clutter a lot", step: clutter, entries: [["antwoord", "a_lot"]], patch: { context: { "home.clutter": "a_lot" } } },
    { name: "clutter with a yes/no value is refused", step: clutter, entries: [["antwoord", "true"]], patch: {}, errorFields: ["antwoord"] },
    { name: "wifi yes becomes true", step: wifi, entries: [["antwoord", "true"]], patch: { context: { "digital.wifi": true } } },
    { name: "wifi no becomes false", step: wifi, entries: [["antwoord", "false"]], patch: { context: { "digital.wifi": false } } },
    { name: "weet ik niet is kept as unknown", step: wifi, entries: [["antwoord", "unknown"]], patch: { context: { "digital.wifi": "unknown" } } },
    { name: "nothing chosen skips the question", step: wifi, entries: [], patch: { context: { "digital.wifi": null } } },
    { name: "postcode is normalised", step: place, entries: [["postcode", "2545gh"], ["wijk", ""]], patch: { postcode: "2545 GH", district: null } },
    { name: "district without postcode", step: place, entries: [["postcode", ""], ["wijk", "Escamp"]], patch: { postcode: null, district: "Escamp" } },
    { name: "a wrong postcode gives an error", step: place, entries: [["postcode", "25"], ["wijk", ""]], patch: { district: null }, errorFields: ["postcode"] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = parseStepForm(c.step, form(c.entries), c.direction ?? "volgende", c.current ?? []);
      expect(result.patch).toEqual(c.patch);
      expect(Object.keys(result.errors)).toEqual(c.errorFields ?? []);
    });
  }

  it("keeps a wrong postcode so the resident can correct it", () => {
    expect(parseStepForm(place, form([["postcode", "12345"]]), "volgende").values.postcode).toBe("12345");
  });
});

describe("parseStepForm: messages in the resident's language", () => {
  it.each([
    ["nl", "Deze postcode klopt niet."],
    ["ar", "هذا الرمز البريدي غير صحيح."],
    ["tr", "Bu posta kodu doğru değil."],
  ] as const)("%s: a wrong postcode", (locale, start) => {
    expect(parseStepForm(place, form([["postcode", "25"]]), "volgende", [], locale).errors.postcode?.[0]).toMatch(new RegExp(`^${start}`));
  });

  it.each([
    ["nl", "Kies dan ‘Ik weet het niet, sla over’."],
    ["en", "Then choose ‘I do not know, skip’."],
    ["pl", "Wybierz wtedy ‘Nie wiem, pomiń’."],
  ] as const)("%s: nothing chosen names the skip button in the same words", (locale, end) => {
    expect(parseStepForm(last, form([]), "volgende", [], locale).errors.moeilijkheid?.[0]).toMatch(new RegExp(`${end}$`));
  });
});
