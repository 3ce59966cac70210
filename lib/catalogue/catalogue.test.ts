/**
 * Data integrity of the seed catalogue and the tips: the engine, the seed and the pages trust these invariants.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, PRODUCT_DOMAINS, type SeedProduct } from "@/prisma/seed/catalogue";
import { TIPS } from "@/lib/catalogue/tips";
import { fundingRouteText, fundingRoutesSchema } from "@/lib/catalogue/funding-routes";
import type { ContextCondition } from "@/lib/matching/types";
import {
  BOOLEAN_CONTEXT_CODES,
  CLUTTER_CODE,
  CLUTTER_VALUES,
  DIFFICULTY_CODES,
  isContextCode,
  isDifficultyCode,
  type ContextCode,
  type DifficultyCode,
} from "@/lib/questions/codes";
import { relevantContextQuestions } from "@/lib/questions/questionnaire";

const PUBLIC_DIR = path.resolve(import.meta.dirname, "../../public");

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_9999 = /^\d{2}( \d{2}){1,2}$/;
const ICF = /^[bdes]\d{1,5}$/;
/** a complete sentence (or several): capital first, ends with . ! ? (optionally a closing quote) */
const SENTENCE = /^[A-ZÀ-Ý'].*[.!?]'?$/s;
/** completes "Niet voor u, omdat …": lower-case start, full stop */
const OMDAT_CLAUSE = /^[a-z].*\.$/s;
/** one plain yes/no question and nothing else */
const YES_NO_QUESTION = /^[A-Z][^?.!]*\?$/;

const byDifficulty = (code: DifficultyCode) =>
  CATALOGUE.filter((p) => p.rules.addresses.some((a) => a.difficulty === code));

/** The values a condition may test: booleans for yes/no questions, the clutter options for the clutter question. */
function validValues(code: ContextCode): readonly unknown[] {
  return code === CLUTTER_CODE ? CLUTTER_VALUES : [true, false];
}

function conditionProblems(where: string, c: ContextCondition): string[] {
  const problems: string[] = [];
  if (!isContextCode(c.code)) return [`${where}: unknown context code ${String(c.code)}`];
  if (c.is.length === 0) problems.push(`${where}: empty 'is'`);
  for (const v of c.is) {
    if (v === "unknown") problems.push(`${where}: tests "unknown" (unknown must never decide anything)`);
    else if (!validValues(c.code).includes(v)) problems.push(`${where}: ${String(v)} is not a value of ${c.code}`);
  }
  return problems;
}

function allConditions(p: SeedProduct): { where: string; c: ContextCondition }[] {
  return [
    ...p.rules.contraindications.map((x, i) => ({ where: `${p.slug} contraindication ${i}`, c: x.when })),
    ...p.rules.contextFit.map((x, i) => ({ where: `${p.slug} contextFit ${i}`, c: x.when })),
  ];
}

describe("catalogue: shape", () => {
  it("has at least 44 products", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(44);
  });

  it("has unique, kebab-case slugs", () => {
    const slugs = CATALOGUE.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug, slug).toMatch(SLUG);
  });

  it("covers every life domain, and only known domains", () => {
    for (const p of CATALOGUE) expect(PRODUCT_DOMAINS, p.slug).toContain(p.domain);
    for (const domain of PRODUCT_DOMAINS) {
      expect(CATALOGUE.filter((p) => p.domain === domain).length, domain).toBeGreaterThan(0);
    }
  });

  it("codes every product with ISO 9999:2022 and ICF", () => {
    for (const p of CATALOGUE) {
      expect(p.iso9999Code, p.slug).toMatch(ISO_9999);
      expect(p.iso9999Edition, p.slug).toBe("2022");
      expect(p.icfCodes.length, p.slug).toBeGreaterThan(0);
      for (const code of p.icfCodes) expect(code, p.slug).toMatch(ICF);
    }
  });

  it("has whole-euro prices with min <= max", () => {
    for (const p of CATALOGUE) {
      expect(Number.isInteger(p.priceMinEuro), p.slug).toBe(true);
      expect(Number.isInteger(p.priceMaxEuro), p.slug).toBe(true);
      expect(p.priceMinEuro, p.slug).toBeGreaterThanOrEqual(0);
      expect(p.priceMinEuro, p.slug).toBeLessThanOrEqual(p.priceMaxEuro);
      expect(["once", "month"], p.slug).toContain(p.pricePeriod);
    }
  });

  it("has a positive whole loan period", () => {
    for (const p of CATALOGUE) {
      expect(Number.isInteger(p.loanPeriodDays) && p.loanPeriodDays > 0, p.slug).toBe(true);
    }
  });

  it("does not lend custom-fit products", () => {
    const bySlug = new Map(CATALOGUE.map((p) => [p.slug, p]));
    expect(bySlug.get("traplift")?.lendable).toBe(false);
    expect(bySlug.get("sta-op-stoel")?.lendable).toBe(false);
  });

  it("has plain resident texts: name, 1-2 sentence description, alt text, needs", () => {
    for (const p of CATALOGUE) {
      expect(p.name.trim().length, p.slug).toBeGreaterThan(0);
      expect(p.shortDescription, p.slug).toMatch(SENTENCE);
      const sentences = p.shortDescription.split(/(?<=[.!?])\s+/).length;
      expect(sentences, `${p.slug}: ${p.shortDescription}`).toBeLessThanOrEqual(2);
      expect(p.imageAlt, p.slug).toMatch(SENTENCE);
      for (const need of p.needs) expect(need.trim().length, p.slug).toBeGreaterThan(0);
    }
  });
});

describe("catalogue: monitoring transparency", () => {
  it("explains what, who and how to stop for every monitoring product, and only for those", () => {
    for (const p of CATALOGUE) {
      const texts = [p.monitoringRecords, p.monitoringWhoSees, p.monitoringHowToStop];
      if (p.isMonitoring) for (const t of texts) expect(t ?? "", p.slug).toMatch(SENTENCE);
      else for (const t of texts) expect(t, p.slug).toBeUndefined();
    }
  });

  it("marks the products that record data about the person as monitoring", () => {
    const monitoring = CATALOGUE.filter((p) => p.isMonitoring).map((p) => p.slug);
    expect(monitoring).toEqual(
      expect.arrayContaining(["leefstijlmonitoring", "gps-tracker", "valdetector", "videodeurbel", "medicijndispenser"]),
    );
  });
});

describe("catalogue: pictures", () => {
  it("has a small, text-free SVG pictogram for every product", () => {
    for (const p of CATALOGUE) {
      expect(p.imagePath, p.slug).toBe(`/products/${p.slug}.svg`);
      const file = path.join(PUBLIC_DIR, p.imagePath);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const svg = readFileSync(file, "utf8");
      expect(Buffer.byteLength(svg), p.slug).toBeLessThan(2048);
      expect(svg, p.slug).toContain('viewBox="0 0 160 120"');
      expect(svg, p.slug).not.toMatch(/<text|<script|<image|href=/);
    }
  });
});

describe("catalogue: rules", () => {
  it("addresses at least one difficulty per product, with valid codes and fits", () => {
    for (const p of CATALOGUE) {
      expect(p.rules.addresses.length, p.slug).toBeGreaterThan(0);
      for (const a of p.rules.addresses) {
        expect(isDifficultyCode(a.difficulty), `${p.slug}: ${a.difficulty}`).toBe(true);
        expect([1, 2, 3], p.slug).toContain(a.fit);
        expect(a.reason, p.slug).toMatch(SENTENCE);
      }
      const difficulties = p.rules.addresses.map((a) => a.difficulty);
      expect(new Set(difficulties).size, `${p.slug} lists a difficulty twice`).toBe(difficulties.length);
    }
  });

  it.each(DIFFICULTY_CODES.map((code) => [code]))("addresses %s with at least 2 products", (code) => {
    expect(byDifficulty(code).length).toBeGreaterThanOrEqual(2);
  });

  it.each(DIFFICULTY_CODES.map((code) => [code]))("has a product made for or clearly helping with %s", (code) => {
    const best = Math.max(...byDifficulty(code).flatMap((p) => p.rules.addresses.filter((a) => a.difficulty === code).map((a) => a.fit)));
    expect(best).toBeGreaterThanOrEqual(2);
  });

  it("uses only valid context codes and values in every condition", () => {
    const problems = CATALOGUE.flatMap((p) => allConditions(p).flatMap(({ where, c }) => conditionProblems(where, c)));
    expect(problems).toEqual([]);
  });

  it("has prerequisites with valid codes, a full-sentence reason and a yes/no check", () => {
    for (const p of CATALOGUE) {
      for (const pre of p.rules.prerequisites) {
        expect(pre.anyOf.length, p.slug).toBeGreaterThan(0);
        for (const code of pre.anyOf) {
          expect(isContextCode(code), `${p.slug}: ${code}`).toBe(true);
          // prerequisites are met by a "yes": only yes/no questions can do that
          expect((BOOLEAN_CONTEXT_CODES as readonly string[]).includes(code), `${p.slug}: ${code}`).toBe(true);
        }
        expect(pre.reason, p.slug).toMatch(SENTENCE);
        expect(pre.check, p.slug).toMatch(YES_NO_QUESTION);
      }
    }
  });

  it("has contraindications with an explicit effect: an excluding reason completes 'Niet voor u, omdat …', a condition's solution is full sentences; the check is a yes/no question", () => {
    for (const p of CATALOGUE) {
      for (const c of p.rules.contraindications) {
        expect(["exclude", "condition"], p.slug).toContain(c.effect);
        if (c.effect === "exclude") {
          expect(c.reason, p.slug).toMatch(OMDAT_CLAUSE);
          expect(c.reason.startsWith("omdat"), p.slug).toBe(false);
        } else {
          expect(c.solution, p.slug).toMatch(SENTENCE);
        }
        expect(c.check, p.slug).toMatch(YES_NO_QUESTION);
      }
    }
  });

  /**
   * A contraindication may rule a product out only when it truly cannot work there or is unsafe; anything a
   * resident can solve is a condition. This list is the whole set of excluding rules: adding one must be a
   * deliberate edit of this test.
   */
  it("rules products out only for these contraindications", () => {
    const excluding = CATALOGUE.flatMap((p) =>
      p.rules.contraindications
        .filter((c) => c.effect === "exclude")
        .map((c) => `${p.slug}: ${c.when.code} = ${c.when.is.join("/")}`),
    );
    expect(excluding).toEqual([
      // it gets stuck on the things on the floor and among small tables (the municipality's own example)
      "robotstofzuiger: home.clutter = a_lot",
      "robotstofzuiger: home.small_furniture = true",
      // built on one's own stairs: no stairs, nothing to build it on
      "traplift: home.stairs_inside = false",
      // no thresholds, nothing to bridge
      "drempelhulp: home.thresholds = false",
      // sensors cannot tell who moves when others live in the home (domain.md)
      "leefstijlmonitoring: household.lives_alone = false",
    ]);
  });

  it("never rules out a way to call for help after a fall with a contraindication", () => {
    const problems = byDifficulty("help.calling_after_fall").flatMap((p) =>
      p.rules.contraindications.filter((c) => c.effect === "exclude" && p.slug !== "leefstijlmonitoring").map((c) => `${p.slug}: ${c.when.code}`),
    );
    expect(problems).toEqual([]);
  });

  it("has context fits with a non-zero delta and a full-sentence reason, and full-sentence notes", () => {
    for (const p of CATALOGUE) {
      for (const f of p.rules.contextFit) {
        expect(Number.isFinite(f.delta) && f.delta !== 0, p.slug).toBe(true);
        expect(f.reason, p.slug).toMatch(SENTENCE);
      }
      for (const note of p.rules.notes) expect(note, p.slug).toMatch(SENTENCE);
    }
  });

  /**
   * A hard rule on a context question that is never asked for the product's difficulties would always turn into
   * a check for the resident. Known gaps in the questionnaire (reported, not ours to change) are listed here.
   */
  const KNOWN_UNASKED: Record<string, ContextCode[]> = {
    // the questionnaire does not ask about a smartphone for medication.remembering
    "medicijnwekker-app": ["digital.smartphone"],
  };

  it("bases hard rules only on questions that are asked for the product's difficulties", () => {
    const problems: string[] = [];
    for (const p of CATALOGUE) {
      const asked = new Set(relevantContextQuestions(p.rules.addresses.map((a) => a.difficulty)).map((q) => q.code));
      const used = [
        ...p.rules.prerequisites.flatMap((pre) => pre.anyOf),
        ...p.rules.contraindications.map((c) => c.when.code),
      ];
      // a prerequisite with several codes is fine when at least one of them is asked
      for (const pre of p.rules.prerequisites) {
        if (!pre.anyOf.some((code) => asked.has(code)) && !pre.anyOf.every((code) => KNOWN_UNASKED[p.slug]?.includes(code))) {
          problems.push(`${p.slug}: prerequisite on ${pre.anyOf.join("/")} is never asked`);
        }
      }
      for (const c of p.rules.contraindications) {
        if (!asked.has(c.when.code) && !KNOWN_UNASKED[p.slug]?.includes(c.when.code)) {
          problems.push(`${p.slug}: contraindication on ${c.when.code} is never asked`);
        }
      }
      expect(used.every(isContextCode)).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});

describe("tips", () => {
  it("has at least 10 tips with unique ids", () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(10);
    const ids = TIPS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG);
  });

  it("uses valid difficulty and context codes, and full-sentence texts", () => {
    const problems: string[] = [];
    for (const tip of TIPS) {
      for (const d of tip.difficulties) if (!isDifficultyCode(d)) problems.push(`${tip.id}: unknown difficulty ${d}`);
      tip.when.forEach((c, i) => problems.push(...conditionProblems(`${tip.id} when ${i}`, c)));
      if (!SENTENCE.test(tip.text)) problems.push(`${tip.id}: text is not a sentence`);
    }
    expect(problems).toEqual([]);
  });

  it("has at least one tip for every life domain's difficulties", () => {
    const tipped = new Set(TIPS.flatMap((t) => t.difficulties));
    const untipped = DIFFICULTY_CODES.filter((d) => !tipped.has(d));
    // not every difficulty needs a tip, but most do; this keeps the list from thinning out unnoticed
    expect(untipped.length).toBeLessThanOrEqual(6);
  });
});

describe("names inside a sentence", () => {
  it("gives every product its name with an article, for sentences like 'Wat houdt de GPS-tracker bij?'", () => {
    for (const p of CATALOGUE) {
      expect(p.nameInSentence, p.slug).toMatch(/^(de|het) \S/);
      // the same words as the name, only the first letter may differ (a capital at the start of the name)
      const rest = p.nameInSentence.replace(/^(de|het) /, "");
      expect(rest.slice(1), p.slug).toBe(p.name.slice(1));
    }
  });
});

describe("funding routes", () => {
  it("gives every product at least one valid funding route (the shared zod schema)", () => {
    for (const p of CATALOGUE) {
      const parsed = fundingRoutesSchema.safeParse(p.fundingRoutes);
      expect(parsed.success, `${p.slug}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(p.fundingRoutes.length, p.slug).toBeGreaterThan(0);
    }
  });

  it("offers the free short-term insurer loan for the aids domain.md names, and no insurer route for rollators", () => {
    for (const slug of ["toiletverhoger", "postoel", "douchestoel", "douchekruk", "drempelhulp"]) {
      const route = CATALOGUE.find((p) => p.slug === slug)!.fundingRoutes.find((r) => r.route === "insurer_loan");
      expect(route, slug).toEqual({ route: "insurer_loan", costMinEuro: 0, costMaxEuro: 0, period: "once" });
    }
    for (const slug of ["rollator-binnen", "rollator-buiten"]) {
      expect(CATALOGUE.find((p) => p.slug === slug)!.fundingRoutes.map((r) => r.route).sort(), slug).toEqual(["buy", "rent"]);
    }
  });

  it("keeps the price note for facts about the price only, never the funding (that is fundingRoutes)", () => {
    for (const p of CATALOGUE) expect(p.priceNote, p.slug).not.toMatch(/vergoed|gratis lenen|\bWmo\b|koopt of huurt|betaalt de (gemeente|zorgverzekeraar)/i);
  });
});

describe("fundingRoutesSchema", () => {
  it.each([
    { name: "a valid list", value: [{ route: "buy", costMinEuro: 10, costMaxEuro: 30, period: "once" }], ok: true },
    { name: "unknown cost as null on both", value: [{ route: "rent", costMinEuro: null, costMaxEuro: null, period: "month" }], ok: true },
    { name: "an unknown route", value: [{ route: "gift", costMinEuro: 0, costMaxEuro: 0, period: "once" }], ok: false },
    { name: "max below min", value: [{ route: "buy", costMinEuro: 30, costMaxEuro: 10, period: "once" }], ok: false },
    { name: "one cost null, the other not", value: [{ route: "buy", costMinEuro: null, costMaxEuro: 10, period: "once" }], ok: false },
    { name: "a route twice", value: [{ route: "buy", costMinEuro: 1, costMaxEuro: 2, period: "once" }, { route: "buy", costMinEuro: 1, costMaxEuro: 2, period: "once" }], ok: false },
    { name: "cents", value: [{ route: "buy", costMinEuro: 9.5, costMaxEuro: 10, period: "once" }], ok: false },
    { name: "an extra field", value: [{ route: "buy", costMinEuro: 1, costMaxEuro: 2, period: "once", note: "x" }], ok: false },
  ])("$name → $ok", ({ value, ok }) => {
    expect(fundingRoutesSchema.safeParse(value).success).toBe(ok);
  });

  it.each([
    [{ route: "insurer_loan", costMinEuro: 0, costMaxEuro: 0, period: "once" }, "Lenen via uw zorgverzekeraar: gratis."],
    [{ route: "buy", costMinEuro: 15, costMaxEuro: 30, period: "once" }, "Zelf kopen: € 15 tot € 30."],
    [{ route: "rent", costMinEuro: 25, costMaxEuro: 45, period: "month" }, "Huren of een abonnement: € 25 tot € 45 per maand."],
    [{ route: "wmo", costMinEuro: 0, costMaxEuro: 21, period: "month" }, "Via de gemeente (Wmo): eigen bijdrage tot € 21 per maand."],
    [{ route: "rent", costMinEuro: null, costMaxEuro: null, period: "month" }, "Huren of een abonnement: vraag naar de prijs."],
  ] as const)("%j → %s", (route, text) => {
    expect(fundingRouteText(route)).toBe(text);
  });
});
