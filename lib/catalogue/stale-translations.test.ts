import { describe, expect, it } from "vitest";
import { withoutStaleTranslations, type TranslatableProduct, type ProductTranslations } from "./translations";

type P = TranslatableProduct & { translations?: ProductTranslations };

const rules = (contra: P["rules"]["contraindications"]): P["rules"] => ({ addresses: [], prerequisites: [], contraindications: contra, contextFit: [], notes: [] });
const before: P = {
  name: "Robotstofzuiger",
  rules: rules([
    { reason: "er veel spullen op de vloer staan.", check: "Is de vloer vrij?" },
    { reason: "er veel drempels zijn.", check: "Zijn er drempels?" },
  ]),
  translations: {
    en: {
      name: "Robot vacuum cleaner",
      "rules.contraindications.0.reason": "there are many things on the floor.",
      "rules.contraindications.0.check": "Is the floor clear?",
      "rules.contraindications.1.reason": "there are many thresholds.",
      "rules.contraindications.1.check": "Are there thresholds?",
    },
  },
};

describe("translations follow their Dutch text (withoutStaleTranslations)", () => {
  const cases: { name: string; after: P; expected: ProductTranslations }[] = [
    { name: "nothing changed: everything kept", after: before, expected: before.translations! },
    {
      name: "the first rule removed: the second moves into place 0, the old place-0 translation is not reused for it",
      after: { ...before, rules: rules([before.rules.contraindications[1]!]) },
      expected: { en: { name: "Robot vacuum cleaner" } },
    },
    {
      name: "a Dutch text edited: only that path's translation is dropped",
      after: { ...before, rules: rules([{ reason: "er veel rommel ligt.", check: "Is de vloer vrij?" }, before.rules.contraindications[1]!]) },
      expected: { en: { name: "Robot vacuum cleaner", "rules.contraindications.0.check": "Is the floor clear?", "rules.contraindications.1.reason": "there are many thresholds.", "rules.contraindications.1.check": "Are there thresholds?" } },
    },
    {
      name: "the Dutch and its translation changed together: the new translation is kept",
      after: {
        ...before,
        name: "Robotzuiger",
        translations: { en: { ...before.translations!.en, name: "Robot vacuum" } },
      },
      expected: { en: { ...before.translations!.en, name: "Robot vacuum" } },
    },
    { name: "a new product (nothing before): its translations of existing texts are kept", after: { ...before }, expected: before.translations! },
  ];
  it.each(cases)("$name", ({ name, after, expected }) => {
    const was = name.startsWith("a new product") ? null : before;
    expect(withoutStaleTranslations(was, after)).toEqual(expected);
  });
});
