import { describe, expect, it } from "vitest";
import type { DifficultyCode } from "../questions/codes";
import {
  AVAILABILITY_POINTS,
  CONDITION_POINTS,
  COST_TIERS,
  DEFAULT_MAX_RECOMMENDATIONS,
  ENGINE_VERSION,
  LENDABLE_POINTS,
  NEED_POINTS,
  availabilityOf,
  availabilityReason,
  compareRanked,
  computeAdvice as computeCodes,
  conditionHolds,
  costReason,
  costTier,
  prerequisiteStatus,
  resolveOptions,
  roundScore,
  selectTips,
} from "./engine";
import { generateAnswers, generateWorld } from "./generate";
import * as publicApi from "./index";
import { dutchExplainer, renderAdvice, type RenderedAdvice } from "../i18n/explain";
import { formatMoney } from "../i18n/format";
import type {
  Answers,
  CatalogueProduct,
  CentreAvailability,
  EngineInput,
  EngineOptions,
  Prerequisite,
  ProductRules,
  TipRule,
} from "./types";

// The engine answers in codes (Explanation); these tests read them as the Dutch sentences a resident gets, rendered
// by lib/i18n/explain.ts from the same products and tips. So every expectation below is the Dutch text.
type Advice = RenderedAdvice;
type ScoreTerm = Advice["recommendations"][number]["terms"][number];
const explainers = new WeakMap<object, ReturnType<typeof dutchExplainer>>();
const dutch = (i: EngineInput) => {
  let e = explainers.get(i.catalogue);
  if (!e || (i.tips ?? []).length > 0) {
    e = dutchExplainer(i.catalogue, i.tips);
    explainers.set(i.catalogue, e);
  }
  return e;
};
const computeAdvice = (i: EngineInput): Advice => renderAdvice(computeCodes(i), dutch(i));
const MISSING_PREREQUISITE_LEAD = "er iets ontbreekt wat nodig is.";
const missingPrerequisiteReason = (q: Prerequisite) => `${MISSING_PREREQUISITE_LEAD} ${q.reason}`;
const LENDABLE_TEXT = "U kunt het eerst lenen en proberen.";

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: small synthetic products. Defaults give a product that scores only its need (cost tier HIGH = 0 points,
// not lendable, no availability), so expected scores are easy to read.
// ---------------------------------------------------------------------------------------------------------------

type ProductSpec = Partial<Omit<CatalogueProduct, "rules">> & { rules?: Partial<ProductRules> };

function product(slug: string, spec: ProductSpec = {}): CatalogueProduct {
  const { rules, ...rest } = spec;
  return {
    slug,
    name: slug,
    iso9999: { code: "15 12", edition: "2022" },
    priceMinEuro: 2000,
    priceMaxEuro: 2000,
    pricePeriod: "once",
    lendable: false,
    isMonitoring: false,
    ...rest,
    rules: { addresses: [], prerequisites: [], contraindications: [], contextFit: [], notes: [], ...rules },
  };
}

/** A product that addresses the given difficulties with fit 3 (or the fit given). */
function helps(slug: string, difficulties: DifficultyCode[], spec: ProductSpec = {}, fit: 1 | 2 | 3 = 3) {
  return product(slug, {
    ...spec,
    rules: {
      addresses: difficulties.map((difficulty) => ({ difficulty, fit, reason: `${slug} helpt bij ${difficulty}.` })),
      ...spec.rules,
    },
  });
}

interface Scenario {
  difficulties?: DifficultyCode[];
  context?: Answers["context"];
  catalogue?: CatalogueProduct[];
  tips?: TipRule[];
  availability?: Record<string, CentreAvailability[]>;
  options?: Partial<EngineOptions>;
}

function input(s: Scenario): EngineInput {
  return {
    answers: { difficulties: s.difficulties ?? [], context: s.context ?? {} },
    catalogue: s.catalogue ?? [],
    tips: s.tips ?? [],
    availability: new Map(Object.entries(s.availability ?? {})),
    options: s.options,
  };
}

const run = (s: Scenario): Advice => computeAdvice(input(s));
const recSlugs = (a: Advice) => a.recommendations.map((r) => r.slug);
const rec = (a: Advice, slug: string) => {
  const found = a.recommendations.find((r) => r.slug === slug);
  if (!found) throw new Error(`no recommendation ${slug} in ${JSON.stringify(recSlugs(a))}`);
  return found;
};

// Realistic rule fragments
const CLUTTER_REASON = "er veel spullen op de vloer staan. Een robotstofzuiger blijft dan steken.";
const CLUTTER_CHECK = "Is de vloer meestal vrij van spullen en snoeren?";
const THRESHOLD_REASON = "er drempels in huis zijn. Een robotstofzuiger komt daar niet overheen.";
const THRESHOLD_CHECK = "Zijn er drempels tussen de kamers?";
const WIFI = { anyOf: ["digital.wifi" as const], reason: "Dit apparaat werkt alleen met wifi.", check: "Heeft u wifi thuis?" };
const FOLLOW_UP = {
  anyOf: ["network.carer_nearby" as const, "care.home_care" as const],
  reason: "Bij een alarm moet iemand snel bij u kunnen komen.",
  check: "Is er iemand die snel bij u kan zijn, of komt de thuiszorg?",
};

const robot = (spec: ProductSpec = {}) =>
  helps("robotstofzuiger", ["housework.vacuuming"], {
    ...spec,
    rules: {
      contraindications: [
        { effect: "exclude", when: { code: "home.clutter", is: ["a_lot"] }, reason: CLUTTER_REASON, check: CLUTTER_CHECK },
        { effect: "exclude", when: { code: "home.thresholds", is: [true] }, reason: THRESHOLD_REASON, check: THRESHOLD_CHECK },
      ],
      prerequisites: [WIFI],
      ...spec.rules,
    },
  });

const alarm = () => helps("personenalarm", ["help.calling_after_fall"], { rules: { prerequisites: [FOLLOW_UP] } });

// ---------------------------------------------------------------------------------------------------------------

describe("public API", () => {
  it("exports computeAdvice and ENGINE_VERSION from the index", () => {
    expect(publicApi.computeAdvice).toBe(computeCodes);
    expect(publicApi.ENGINE_VERSION).toBe(ENGINE_VERSION);
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("candidate selection", () => {
  const vac = helps("stofzuiger", ["housework.vacuuming"]);
  const light = helps("nachtlampje", ["toilet.night"], {}, 2);
  const gps = helps("gps-tracker", ["wandering.getting_lost"], {
    rules: {
      contraindications: [{ effect: "exclude", when: { code: "household.lives_alone", is: [true] }, reason: "x.", check: "y?" }],
      notes: ["Alleen buiten."],
    },
  });

  it.each([
    {
      name: "only products addressing a chosen difficulty",
      scenario: { difficulties: ["housework.vacuuming", "toilet.night"], catalogue: [vac, light, gps] },
      recommended: ["stofzuiger", "nachtlampje"],
      excluded: [],
    },
    {
      name: "a product addressing no chosen difficulty is not excluded either, even if a contraindication holds",
      scenario: {
        difficulties: ["toilet.night"],
        context: { "household.lives_alone": true },
        catalogue: [vac, light, gps],
      },
      recommended: ["nachtlampje"],
      excluded: [],
    },
    {
      name: "no product addresses the chosen difficulty",
      scenario: { difficulties: ["reading.small_print"], catalogue: [vac, light, gps] },
      recommended: [],
      excluded: [],
    },
  ] satisfies { name: string; scenario: Scenario; recommended: string[]; excluded: string[] }[])(
    "$name",
    ({ scenario, recommended, excluded }) => {
      const advice = run(scenario);
      expect(recSlugs(advice)).toEqual(recommended);
      expect(advice.notRecommended.map((e) => e.slug)).toEqual(excluded);
    },
  );

  it.each([
    {
      name: "a difficulty chosen twice counts once",
      scenario: { difficulties: ["bathing", "bathing"], catalogue: [helps("douchestoel", ["bathing"])] },
      score: 30,
      terms: [
        { kind: "need", points: 30, reason: "douchestoel helpt bij bathing." },
        { kind: "cost", points: 0, reason: "Het kost € 2.000." },
      ],
    },
    {
      name: "a difficulty listed twice in the product data counts once",
      scenario: {
        difficulties: ["bathing"],
        catalogue: [
          product("douchestoel", {
            rules: {
              addresses: [
                { difficulty: "bathing", fit: 2, reason: "Eerste." },
                { difficulty: "bathing", fit: 3, reason: "Tweede." },
              ],
            },
          }),
        ],
      },
      score: 20,
      terms: [
        { kind: "need", points: 20, reason: "Eerste." },
        { kind: "cost", points: 0, reason: "Het kost € 2.000." },
      ],
    },
  ] satisfies { name: string; scenario: Scenario; score: number; terms: unknown[] }[])("$name", ({ scenario, score, terms }) => {
    const advice = run(scenario);
    expect(advice.recommendations).toHaveLength(1);
    expect(advice.recommendations[0]!.terms).toEqual(terms);
    expect(advice.recommendations[0]!.score).toBe(score);
  });
});

describe("hard rules: exclusions", () => {
  it.each([
    {
      name: "contraindication holds on a known answer",
      scenario: { difficulties: ["housework.vacuuming"], context: { "home.clutter": "a_lot", "digital.wifi": true }, catalogue: [robot()] },
      recommended: [],
      notRecommended: [{ slug: "robotstofzuiger", reasons: [CLUTTER_REASON] }],
    },
    {
      name: "contraindication does not hold on another known answer",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "some", "home.thresholds": false, "digital.wifi": true },
        catalogue: [robot()],
      },
      recommended: ["robotstofzuiger"],
      notRecommended: [],
    },
    {
      name: "missing prerequisite (answered false)",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "none", "home.thresholds": false, "digital.wifi": false },
        catalogue: [robot()],
      },
      recommended: [],
      notRecommended: [
        { slug: "robotstofzuiger", reasons: ["er iets ontbreekt wat nodig is. Dit apparaat werkt alleen met wifi."] },
      ],
    },
    {
      name: "several reasons at once, all listed: contraindications in data order, then prerequisites",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "a_lot", "home.thresholds": true, "digital.wifi": false },
        catalogue: [robot()],
      },
      recommended: [],
      notRecommended: [
        {
          slug: "robotstofzuiger",
          reasons: [CLUTTER_REASON, THRESHOLD_REASON, `${MISSING_PREREQUISITE_LEAD} ${WIFI.reason}`],
        },
      ],
    },
    {
      name: "the same reason text from two rules is listed once",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "a_lot", "home.rugs": true },
        catalogue: [
          helps("robot", ["housework.vacuuming"], {
            rules: {
              contraindications: [
                { effect: "exclude", when: { code: "home.clutter", is: ["some", "a_lot"] }, reason: "de vloer niet vrij is.", check: "a?" },
                { effect: "exclude", when: { code: "home.rugs", is: [true] }, reason: "de vloer niet vrij is.", check: "b?" },
              ],
            },
          }),
        ],
      },
      recommended: [],
      notRecommended: [{ slug: "robot", reasons: ["de vloer niet vrij is."] }],
    },
    {
      name: "anyOf prerequisite: carer false AND home care false → missing",
      scenario: {
        difficulties: ["help.calling_after_fall"],
        context: { "network.carer_nearby": false, "care.home_care": false },
        catalogue: [alarm()],
      },
      recommended: [],
      notRecommended: [{ slug: "personenalarm", reasons: [`${MISSING_PREREQUISITE_LEAD} ${FOLLOW_UP.reason}`] }],
    },
    {
      name: "anyOf prerequisite: carer false but home care true → met",
      scenario: {
        difficulties: ["help.calling_after_fall"],
        context: { "network.carer_nearby": false, "care.home_care": true },
        catalogue: [alarm()],
      },
      recommended: ["personenalarm"],
      notRecommended: [],
    },
    {
      name: "anyOf prerequisite: carer true, home care unknown → met",
      scenario: {
        difficulties: ["help.calling_after_fall"],
        context: { "network.carer_nearby": true, "care.home_care": "unknown" },
        catalogue: [alarm()],
      },
      recommended: ["personenalarm"],
      notRecommended: [],
    },
    {
      name: "excluded products do not use up recommendation places",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "a_lot" },
        catalogue: [robot(), helps("steelstofzuiger", ["housework.vacuuming"])],
        options: { maxRecommendations: 1 },
      },
      recommended: ["steelstofzuiger"],
      notRecommended: [{ slug: "robotstofzuiger", reasons: [CLUTTER_REASON] }],
    },
    {
      name: "notRecommended ordered by relevance (need points) desc, then slug asc",
      scenario: {
        difficulties: ["housework.vacuuming", "toilet.night"],
        context: { "digital.wifi": false },
        catalogue: [
          helps("c-low", ["toilet.night"], { rules: { prerequisites: [WIFI] } }, 1),
          helps("b-high", ["toilet.night"], { rules: { prerequisites: [WIFI] } }, 3),
          helps("a-high", ["housework.vacuuming"], { rules: { prerequisites: [WIFI] } }, 3),
          helps("d-both", ["toilet.night", "housework.vacuuming"], { rules: { prerequisites: [WIFI] } }, 2),
        ],
      },
      recommended: [],
      notRecommended: ["d-both", "a-high", "b-high", "c-low"].map((slug) => ({
        slug,
        reasons: [`${MISSING_PREREQUISITE_LEAD} ${WIFI.reason}`],
      })),
    },
  ] satisfies { name: string; scenario: Scenario; recommended: string[]; notRecommended: unknown[] }[])(
    "$name",
    ({ scenario, recommended, notRecommended }) => {
      const advice = run(scenario);
      expect(recSlugs(advice)).toEqual(recommended);
      expect(advice.notRecommended).toEqual(notRecommended);
    },
  );
});

describe("contraindications with effect 'condition': solvable, never rule out", () => {
  const BOLT_SOLUTION = "U doet de deur op de knip. Vraag een slotenmaker om een slot dat van buiten opengaat.";
  const BOLT_CHECK = "Kan iemand met een sleutel altijd uw voordeur openmaken?";
  const boltAlarm = (extra: Partial<ProductRules> = {}) =>
    helps("personenalarm", ["help.calling_after_fall"], {
      rules: {
        contraindications: [
          { effect: "condition", when: { code: "home.bolt_on_door", is: [true] }, solution: BOLT_SOLUTION, check: BOLT_CHECK },
        ],
        ...extra,
      },
    });

  it.each([
    {
      name: "holds → recommended, its solution is a condition, the score drops by CONDITION_POINTS",
      context: { "home.bolt_on_door": true },
      conditions: [BOLT_SOLUTION],
      score: 30 + CONDITION_POINTS,
      conditionTerm: true,
    },
    {
      name: "does not hold → recommended without condition or penalty",
      context: { "home.bolt_on_door": false },
      conditions: [],
      score: 30,
      conditionTerm: false,
    },
    {
      name: "unknown → the check, no penalty (like any unknown rule)",
      context: {},
      conditions: [BOLT_CHECK],
      score: 30,
      conditionTerm: false,
    },
  ] satisfies { name: string; context: Answers["context"]; conditions: string[]; score: number; conditionTerm: boolean }[])(
    "$name",
    ({ context, conditions, score, conditionTerm }) => {
      const advice = run({ difficulties: ["help.calling_after_fall"], context, catalogue: [boltAlarm()] });
      expect(advice.notRecommended).toEqual([]);
      const r = rec(advice, "personenalarm");
      expect(r.conditions).toEqual(conditions);
      expect(r.score).toBe(score);
      expect(r.terms.some((t) => t.kind === "condition" && t.reason === BOLT_SOLUTION && t.points === CONDITION_POINTS)).toBe(
        conditionTerm,
      );
      // the solution is a condition, never a reason why it fits
      expect(r.reasons).not.toContain(BOLT_SOLUTION);
    },
  );

  it("an 'exclude' contraindication on the same answer still rules out; the condition adds nothing to the reasons", () => {
    const both = boltAlarm({
      contraindications: [
        { effect: "condition", when: { code: "home.bolt_on_door", is: [true] }, solution: BOLT_SOLUTION, check: BOLT_CHECK },
        { effect: "exclude", when: { code: "household.lives_alone", is: [false] }, reason: "u niet alleen woont.", check: "Woont u alleen?" },
      ],
    });
    const advice = run({
      difficulties: ["help.calling_after_fall"],
      context: { "home.bolt_on_door": true, "household.lives_alone": false },
      catalogue: [both],
    });
    expect(advice.recommendations).toEqual([]);
    expect(advice.notRecommended).toEqual([{ slug: "personenalarm", reasons: ["u niet alleen woont."] }]);
  });

  it("a product with a holding condition ranks below an equal product without one", () => {
    const plain = helps("alarmknop", ["help.calling_after_fall"]);
    const advice = run({ difficulties: ["help.calling_after_fall"], context: { "home.bolt_on_door": true }, catalogue: [boltAlarm(), plain] });
    expect(recSlugs(advice)).toEqual(["alarmknop", "personenalarm"]);
  });

  it("data without an effect (stored before effects existed) keeps ruling out, as it did", () => {
    const legacy = helps("oud", ["help.calling_after_fall"], {
      rules: {
        contraindications: [
          { when: { code: "home.bolt_on_door", is: [true] }, reason: "oude reden.", check: BOLT_CHECK } as unknown as ProductRules["contraindications"][number],
        ],
      },
    });
    const advice = run({ difficulties: ["help.calling_after_fall"], context: { "home.bolt_on_door": true }, catalogue: [legacy] });
    expect(advice.notRecommended).toEqual([{ slug: "oud", reasons: ["oude reden."] }]);
  });
});

describe("unknown never rules out: it becomes a condition to check", () => {
  const wifiCondition = "Heeft u wifi thuis? Dit apparaat werkt alleen met wifi.";
  it.each([
    {
      name: "everything missing from the context",
      scenario: { difficulties: ["housework.vacuuming"], catalogue: [robot()] },
      conditions: [wifiCondition, CLUTTER_CHECK, THRESHOLD_CHECK],
    },
    {
      name: "everything answered 'unknown'",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "unknown", "home.thresholds": "unknown", "digital.wifi": "unknown" },
        catalogue: [robot()],
      },
      conditions: [wifiCondition, CLUTTER_CHECK, THRESHOLD_CHECK],
    },
    {
      name: "only the unknown ones become conditions",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "none", "digital.wifi": true },
        catalogue: [robot()],
      },
      conditions: [THRESHOLD_CHECK],
    },
    {
      name: "anyOf with one false and one unknown → the check",
      scenario: {
        difficulties: ["help.calling_after_fall"],
        context: { "network.carer_nearby": false },
        catalogue: [alarm()],
      },
      conditions: [`${FOLLOW_UP.check} ${FOLLOW_UP.reason}`],
    },
    {
      name: "order: prerequisite checks, contraindication checks, then notes; de-duplicated",
      scenario: {
        difficulties: ["cooking.forgets_stove"],
        catalogue: [
          helps("kookplaatbeveiliging", ["cooking.forgets_stove"], {
            rules: {
              notes: ["Een elektricien moet hem aansluiten.", "Zijn er drempels tussen de kamers?"],
              contraindications: [
                { effect: "exclude", when: { code: "home.thresholds", is: [true] }, reason: "r.", check: THRESHOLD_CHECK },
                { effect: "exclude", when: { code: "home.pets", is: [true] }, reason: "r2.", check: "Heeft u een huisdier?" },
              ],
              prerequisites: [WIFI, WIFI],
            },
          }),
        ],
      },
      conditions: [wifiCondition, THRESHOLD_CHECK, "Heeft u een huisdier?", "Een elektricien moet hem aansluiten."],
    },
    {
      name: "a condition listing 'unknown' in `is` still never holds",
      scenario: {
        difficulties: ["housework.vacuuming"],
        context: { "home.clutter": "unknown" },
        catalogue: [
          helps("robot", ["housework.vacuuming"], {
            rules: {
              contraindications: [{ effect: "exclude", when: { code: "home.clutter", is: ["unknown", "a_lot"] }, reason: "r.", check: "c?" }],
            },
          }),
        ],
      },
      conditions: ["c?"],
    },
  ] satisfies { name: string; scenario: Scenario; conditions: string[] }[])("$name", ({ scenario, conditions }) => {
    const advice = run(scenario);
    expect(advice.notRecommended).toEqual([]);
    expect(advice.recommendations).toHaveLength(1);
    expect(advice.recommendations[0]!.conditions).toEqual(conditions);
  });
});

describe("scoring terms", () => {
  it.each([
    {
      name: "need: fit × NEED_POINTS per chosen difficulty addressed, unchosen ones ignored",
      scenario: {
        difficulties: ["bathing", "toilet.sitting_down"],
        catalogue: [
          product("p", {
            rules: {
              addresses: [
                { difficulty: "bathing", fit: 3, reason: "Veilig zitten onder de douche." },
                { difficulty: "toilet.sitting_down", fit: 2, reason: "Makkelijker opstaan." },
                { difficulty: "mobility.walking", fit: 1, reason: "Niet gekozen." },
              ],
            },
          }),
        ],
      },
      score: 50,
      terms: [
        { kind: "need", points: 3 * NEED_POINTS, reason: "Veilig zitten onder de douche." },
        { kind: "need", points: 2 * NEED_POINTS, reason: "Makkelijker opstaan." },
        { kind: "cost", points: 0, reason: "Het kost € 2.000." },
      ],
      reasons: ["Veilig zitten onder de douche.", "Makkelijker opstaan."],
    },
    {
      name: "context: positive and negative deltas on known answers; unknown adds nothing; negative not in reasons",
      scenario: {
        difficulties: ["orientation.time"],
        context: { "household.lives_alone": true, "home.pets": true },
        catalogue: [
          helps("klok", ["orientation.time"], {
            rules: {
              contextFit: [
                { when: { code: "household.lives_alone", is: [true] }, delta: 5, reason: "Handig als u alleen woont." },
                { when: { code: "home.pets", is: [true] }, delta: -4, reason: "Een huisdier kan hem omgooien." },
                { when: { code: "digital.wifi", is: [true] }, delta: 3, reason: "Met wifi zet hij zelf de tijd goed." },
                { when: { code: "household.lives_alone", is: [false] }, delta: 2, reason: "Niet van toepassing." },
              ],
            },
          }),
        ],
      },
      score: 31,
      terms: [
        { kind: "need", points: 30, reason: "klok helpt bij orientation.time." },
        { kind: "context", points: 5, reason: "Handig als u alleen woont." },
        { kind: "context", points: -4, reason: "Een huisdier kan hem omgooien." },
        { kind: "cost", points: 0, reason: "Het kost € 2.000." },
      ],
      reasons: ["klok helpt bij orientation.time.", "Handig als u alleen woont."],
    },
    {
      name: "all kinds, reasons in order need, context, cost, lendable, availability",
      scenario: {
        difficulties: ["toilet.night"],
        context: { "home.stairs_inside": false },
        catalogue: [
          helps("nachtlampje", ["toilet.night"], {
            priceMinEuro: 15,
            priceMaxEuro: 30,
            lendable: true,
            rules: {
              contextFit: [{ when: { code: "home.stairs_inside", is: [false] }, delta: 1.5, reason: "Eén lamp is genoeg." }],
            },
          }),
        ],
        availability: { nachtlampje: [{ centreSlug: "leyweg", available: 2, nextAvailableDate: null }] },
      },
      score: 30 + 1.5 + 3 + LENDABLE_POINTS + AVAILABILITY_POINTS.NOW_NEAREST,
      terms: [
        { kind: "need", points: 30, reason: "nachtlampje helpt bij toilet.night." },
        { kind: "context", points: 1.5, reason: "Eén lamp is genoeg." },
        { kind: "cost", points: 3, reason: "Het kost € 15 tot € 30." },
        { kind: "lendable", points: 2, reason: "U kunt het eerst lenen en proberen." },
        { kind: "availability", points: 3, reason: "Nu te leen bij een uitleenpunt in de buurt." },
      ],
      reasons: [
        "nachtlampje helpt bij toilet.night.",
        "Eén lamp is genoeg.",
        "Het kost € 15 tot € 30.",
        "U kunt het eerst lenen en proberen.",
        "Nu te leen bij een uitleenpunt in de buurt.",
      ],
    },
    {
      name: "score is rounded to 2 decimals",
      scenario: {
        difficulties: ["bathing"],
        catalogue: [
          helps("p", ["bathing"], {
            rules: {
              contextFit: [
                { when: { code: "household.lives_alone", is: [true] }, delta: 0.333, reason: "a." },
                { when: { code: "home.pets", is: [false] }, delta: 0.334, reason: "b." },
              ],
            },
          }),
        ],
        context: { "household.lives_alone": true, "home.pets": false },
      },
      score: 30.67,
      terms: [
        { kind: "need", points: 30, reason: "p helpt bij bathing." },
        { kind: "context", points: 0.333, reason: "a." },
        { kind: "context", points: 0.334, reason: "b." },
        { kind: "cost", points: 0, reason: "Het kost € 2.000." },
      ],
      reasons: ["p helpt bij bathing.", "a.", "b."],
    },
    {
      name: "duplicate reason texts appear once in reasons (terms keep both)",
      scenario: {
        difficulties: ["bathing", "toilet.sitting_down"],
        catalogue: [
          product("p", {
            rules: {
              addresses: [
                { difficulty: "bathing", fit: 1, reason: "Zitten gaat veiliger." },
                { difficulty: "toilet.sitting_down", fit: 1, reason: "Zitten gaat veiliger." },
              ],
            },
          }),
        ],
      },
      score: 20,
      terms: [
        { kind: "need", points: 10, reason: "Zitten gaat veiliger." },
        { kind: "need", points: 10, reason: "Zitten gaat veiliger." },
        { kind: "cost", points: 0, reason: "Het kost € 2.000." },
      ],
      reasons: ["Zitten gaat veiliger."],
    },
  ] satisfies { name: string; scenario: Scenario; score: number; terms: unknown[]; reasons: string[] }[])(
    "$name",
    ({ scenario, score, terms, reasons }) => {
      const advice = run(scenario);
      expect(advice.recommendations).toHaveLength(1);
      const r = advice.recommendations[0]!;
      expect(r.terms).toEqual(terms);
      expect(r.score).toBe(score);
      expect(r.reasons).toEqual(reasons);
    },
  );

  it.each([
    { name: "cheap one-off", price: { priceMinEuro: 15, priceMaxEuro: 30, pricePeriod: "once" }, points: 3, reason: "Het kost € 15 tot € 30." },
    { name: "boundary 50 is still LOW", price: { priceMinEuro: 50, priceMaxEuro: 50, pricePeriod: "once" }, points: 3, reason: "Het kost € 50." },
    { name: "just above 50 is MODEST", price: { priceMinEuro: 50.01, priceMaxEuro: 80, pricePeriod: "once" }, points: 2, reason: "Het kost € 50,01 tot € 80." },
    { name: "stove guard", price: { priceMinEuro: 120, priceMaxEuro: 350, pricePeriod: "once" }, points: 2, reason: "Het kost € 120 tot € 350." },
    { name: "robot vacuum", price: { priceMinEuro: 300, priceMaxEuro: 500, pricePeriod: "once" }, points: 1, reason: "Het kost € 300 tot € 500." },
    { name: "stairlift", price: { priceMinEuro: 5000, priceMaxEuro: 10000, pricePeriod: "once" }, points: 0, reason: "Het kost € 5.000 tot € 10.000." },
    { name: "monthly, counted as 12 months (22 × 12 = 264)", price: { priceMinEuro: 22, priceMaxEuro: 22, pricePeriod: "month" }, points: 1, reason: "Het kost € 22 per maand." },
    { name: "monthly cents (20.60 × 12 = 247.20)", price: { priceMinEuro: 20.6, priceMaxEuro: 25, pricePeriod: "month" }, points: 2, reason: "Het kost € 20,60 tot € 25 per maand." },
    { name: "cheap monthly (3 × 12 = 36)", price: { priceMinEuro: 3, priceMaxEuro: 4, pricePeriod: "month" }, points: 3, reason: "Het kost € 3 tot € 4 per maand." },
    { name: "free", price: { priceMinEuro: 0, priceMaxEuro: 0, pricePeriod: "once" }, points: 3, reason: "Het is gratis." },
  ] satisfies { name: string; price: ProductSpec; points: number; reason: string }[])(
    "cost: $name",
    ({ price, points, reason }) => {
      const advice = run({ difficulties: ["bathing"], catalogue: [helps("p", ["bathing"], price)] });
      const cost = rec(advice, "p").terms.filter((t) => t.kind === "cost");
      expect(cost).toEqual([{ kind: "cost", points, reason }]);
      expect(rec(advice, "p").score).toBe(30 + points);
    },
  );

  it("cost tiers are ordered cheapest first with decreasing points", () => {
    expect(COST_TIERS.map((t) => t.points)).toEqual([3, 2, 1, 0]);
    expect(COST_TIERS.map((t) => t.maxEuro)).toEqual([50, 250, 1000, Number.POSITIVE_INFINITY]);
  });

  it.each([
    {
      name: "available now at the nearest centre",
      centres: [
        { centreSlug: "a", available: 1, nextAvailableDate: null },
        { centreSlug: "b", available: 4, nextAvailableDate: null },
      ],
      term: { kind: "availability", points: AVAILABILITY_POINTS.NOW_NEAREST, reason: "Nu te leen bij een uitleenpunt in de buurt." },
    },
    {
      name: "available now only at a centre further down",
      centres: [
        { centreSlug: "a", available: 0, nextAvailableDate: "2025-11-01" },
        { centreSlug: "b", available: 1, nextAvailableDate: null },
      ],
      term: { kind: "availability", points: AVAILABILITY_POINTS.NOW_FURTHER, reason: "Nu te leen bij een uitleenpunt in de buurt." },
    },
    {
      name: "only later: the earliest valid date, in Dutch",
      centres: [
        { centreSlug: "a", available: 0, nextAvailableDate: "2026-01-15" },
        { centreSlug: "b", available: 0, nextAvailableDate: "2025-12-03" },
        { centreSlug: "c", available: 0, nextAvailableDate: null },
        { centreSlug: "d", available: 0, nextAvailableDate: "2025-13-01" },
        { centreSlug: "e", available: 0, nextAvailableDate: "morgen" },
      ],
      term: { kind: "availability", points: AVAILABILITY_POINTS.LATER, reason: "Te leen vanaf 3 december." },
    },
    {
      name: "nothing available and no date expected",
      centres: [{ centreSlug: "a", available: 0, nextAvailableDate: null }],
      term: null,
    },
    { name: "no centres listed", centres: [], term: null },
    { name: "absent from the availability map", centres: undefined, term: null },
  ] satisfies { name: string; centres: CentreAvailability[] | undefined; term: unknown }[])(
    "availability: $name",
    ({ centres, term }) => {
      const advice = run({
        difficulties: ["bathing"],
        catalogue: [helps("p", ["bathing"], { lendable: true })],
        availability: centres === undefined ? {} : { p: centres },
      });
      const r = rec(advice, "p");
      const found = r.terms.filter((t) => t.kind === "availability");
      expect(found).toEqual(term === null ? [] : [term]);
      const availabilityPoints = term === null ? 0 : term.points;
      expect(r.score).toBe(30 + 0 + LENDABLE_POINTS + availabilityPoints);
    },
  );

  it("availability never names a centre", () => {
    const advice = run({
      difficulties: ["bathing"],
      catalogue: [helps("p", ["bathing"])],
      availability: { p: [{ centreSlug: "zorginnovatiehub-leyweg", available: 1, nextAvailableDate: null }] },
    });
    expect(JSON.stringify(advice)).not.toContain("leyweg");
  });
});

describe("ordering and tie-breaks", () => {
  it.each([
    {
      name: "score desc",
      catalogue: [
        helps("low", ["bathing"], {}, 1),
        helps("high", ["bathing"], {}, 3),
        helps("mid", ["bathing"], {}, 2),
      ],
      order: ["high", "mid", "low"],
      scores: [30, 20, 10],
    },
    {
      name: "equal score → more chosen difficulties addressed first",
      catalogue: [
        helps("one", ["bathing"], {}, 2), // 20
        helps("two", ["bathing", "toilet.sitting_down"], {}, 1), // 10 + 10
      ],
      order: ["two", "one"],
      scores: [20, 20],
    },
    {
      name: "equal score and count → lower priceMinEuro first (same cost tier)",
      catalogue: [
        helps("a-dear", ["bathing"], { priceMinEuro: 3000, priceMaxEuro: 3000 }),
        helps("b-cheap", ["bathing"], { priceMinEuro: 1500, priceMaxEuro: 9000 }),
      ],
      order: ["b-cheap", "a-dear"],
      scores: [30, 30],
    },
    {
      name: "full tie → slug asc, whatever the catalogue order",
      catalogue: [helps("c", ["bathing"]), helps("a", ["bathing"]), helps("b", ["bathing"])],
      order: ["a", "b", "c"],
      scores: [30, 30, 30],
    },
    {
      name: "slug order is code-unit order, not locale order",
      catalogue: [helps("b", ["bathing"]), helps("B", ["bathing"]), helps("a", ["bathing"])],
      order: ["B", "a", "b"],
      scores: [30, 30, 30],
    },
  ] satisfies { name: string; catalogue: CatalogueProduct[]; order: string[]; scores: number[] }[])(
    "$name",
    ({ catalogue, order, scores }) => {
      for (const cat of [catalogue, [...catalogue].reverse()]) {
        const advice = run({ difficulties: ["bathing", "toilet.sitting_down"], catalogue: cat });
        expect(recSlugs(advice)).toEqual(order);
        expect(advice.recommendations.map((r) => r.score)).toEqual(scores);
      }
    },
  );

  const ten = Array.from({ length: 10 }, (_, i) => helps(`p${i}`, ["bathing"], { priceMinEuro: 2000 + i }));
  it.each([
    { name: "default", options: undefined, expected: DEFAULT_MAX_RECOMMENDATIONS },
    { name: "3", options: { maxRecommendations: 3 }, expected: 3 },
    { name: "more than there are", options: { maxRecommendations: 50 }, expected: 10 },
    { name: "0", options: { maxRecommendations: 0 }, expected: 0 },
    { name: "negative → 0", options: { maxRecommendations: -2 }, expected: 0 },
    { name: "NaN → default", options: { maxRecommendations: Number.NaN }, expected: DEFAULT_MAX_RECOMMENDATIONS },
  ] satisfies { name: string; options: Partial<EngineOptions> | undefined; expected: number }[])(
    "maxRecommendations: $name",
    ({ options, expected }) => {
      const advice = run({ difficulties: ["bathing"], catalogue: ten, options });
      expect(recSlugs(advice)).toEqual(ten.slice(0, expected).map((p) => p.slug));
    },
  );

  it("DEFAULT_MAX_RECOMMENDATIONS is 8", () => {
    expect(DEFAULT_MAX_RECOMMENDATIONS).toBe(8);
  });

  it("compareRanked is a total order on the tie-break keys", () => {
    const base = { score: 10, addressed: 1, priceMinEuro: 5, slug: "m" };
    expect(compareRanked(base, { ...base, score: 11 })).toBeGreaterThan(0);
    expect(compareRanked(base, { ...base, addressed: 2 })).toBeGreaterThan(0);
    expect(compareRanked(base, { ...base, priceMinEuro: 4 })).toBeGreaterThan(0);
    expect(compareRanked(base, { ...base, slug: "a" })).toBeGreaterThan(0);
    expect(compareRanked(base, { ...base })).toBe(0);
  });
});

describe("tips", () => {
  const tips: TipRule[] = [
    { id: "always", difficulties: [], when: [], text: "Bel gerust met het Servicepunt." },
    { id: "rugs", difficulties: ["mobility.walking", "toilet.night"], when: [{ code: "home.rugs", is: [true] }], text: "Haal losse kleden weg." },
    { id: "vacuum", difficulties: ["housework.vacuuming"], when: [], text: "Vraag hulp bij het opruimen van de vloer." },
    {
      id: "clutter-and-walk",
      difficulties: ["mobility.walking"],
      when: [
        { code: "home.clutter", is: ["some", "a_lot"] },
        { code: "home.thresholds", is: [true] },
      ],
      text: "Maak een vrij pad door het huis.",
    },
    { id: "rugs-again", difficulties: ["mobility.walking"], when: [], text: "Haal losse kleden weg." },
  ];

  it.each([
    {
      name: "regardless-of-difficulty tip plus tips for a chosen difficulty",
      scenario: { difficulties: ["housework.vacuuming"] },
      expected: ["Bel gerust met het Servicepunt.", "Vraag hulp bij het opruimen van de vloer."],
    },
    {
      name: "condition holds on a known answer",
      scenario: { difficulties: ["toilet.night"], context: { "home.rugs": true } },
      expected: ["Bel gerust met het Servicepunt.", "Haal losse kleden weg."],
    },
    {
      name: "condition does not hold on an unknown answer",
      scenario: { difficulties: ["toilet.night"], context: { "home.rugs": "unknown" } },
      expected: ["Bel gerust met het Servicepunt."],
    },
    {
      name: "all conditions must hold",
      scenario: { difficulties: ["mobility.walking"], context: { "home.clutter": "some", "home.thresholds": false } },
      expected: ["Bel gerust met het Servicepunt.", "Haal losse kleden weg."],
    },
    {
      name: "all conditions hold; duplicate text once, in tips order",
      scenario: {
        difficulties: ["mobility.walking"],
        context: { "home.clutter": "a_lot", "home.thresholds": true, "home.rugs": true },
      },
      expected: ["Bel gerust met het Servicepunt.", "Haal losse kleden weg.", "Maak een vrij pad door het huis."],
    },
    {
      name: "tips do not depend on the catalogue",
      scenario: { difficulties: ["reading.small_print"], catalogue: [helps("loep", ["reading.small_print"])] },
      expected: ["Bel gerust met het Servicepunt."],
    },
  ] satisfies { name: string; scenario: Scenario; expected: string[] }[])("$name", ({ scenario, expected }) => {
    expect(run({ ...scenario, tips }).tips).toEqual(expected);
  });
});

describe("empty and edge input", () => {
  const empty: Advice = { recommendations: [], notRecommended: [], tips: [] };
  it.each([
    {
      name: "no difficulties → empty advice (no tips either)",
      scenario: {
        difficulties: [],
        catalogue: [helps("p", ["bathing"])],
        tips: [{ id: "t", difficulties: [], when: [], text: "Altijd." }],
      },
      expected: empty,
    },
    { name: "empty catalogue and no tips", scenario: { difficulties: ["bathing"] }, expected: empty },
    {
      name: "empty catalogue still gives tips",
      scenario: { difficulties: ["bathing"], tips: [{ id: "t", difficulties: [], when: [], text: "Altijd." }] },
      expected: { recommendations: [], notRecommended: [], tips: ["Altijd."] },
    },
  ] satisfies { name: string; scenario: Scenario; expected: Advice }[])("$name", ({ scenario, expected }) => {
    expect(run(scenario)).toEqual(expected);
  });

  it("does not mutate its (frozen) input and is deterministic", () => {
    const catalogue = Object.freeze([robot(), alarm(), helps("a", ["housework.vacuuming"])].map((p) => Object.freeze(p)));
    const engineInput: EngineInput = Object.freeze({
      answers: Object.freeze({
        difficulties: Object.freeze(["housework.vacuuming", "help.calling_after_fall"]) as unknown as DifficultyCode[],
        context: Object.freeze({ "home.clutter": "a_lot" as const }),
      }),
      catalogue,
      tips: Object.freeze([]),
      availability: new Map(),
    });
    const first = computeAdvice(engineInput);
    const second = computeAdvice(engineInput);
    expect(second).toEqual(first);
    expect(recSlugs(first)).toEqual(["a", "personenalarm"]);
    expect(first.notRecommended.map((e) => e.slug)).toEqual(["robotstofzuiger"]);
  });
});

describe("explanations are codes, rendered in Dutch as before", () => {
  const p = helps("p", ["bathing"]);
  const nl = dutchExplainer([p], []);
  it.each([
    [{ priceMinEuro: 15, priceMaxEuro: 30, pricePeriod: "once" }, { code: "cost.price", params: { min: 15, max: 30, period: "once" } }, "Het kost € 15 tot € 30."],
    [{ priceMinEuro: 22, priceMaxEuro: 22, pricePeriod: "month" }, { code: "cost.price", params: { min: 22, max: 22, period: "month" } }, "Het kost € 22 per maand."],
    [{ priceMinEuro: 1250, priceMaxEuro: 1250, pricePeriod: "once" }, { code: "cost.price", params: { min: 1250, max: 1250, period: "once" } }, "Het kost € 1.250."],
    [{ priceMinEuro: 0, priceMaxEuro: 0, pricePeriod: "once" }, { code: "cost.free", params: {} }, "Het is gratis."],
  ] as const)("cost %o", (price, code, text) => {
    expect(costReason(price)).toEqual(code);
    expect(nl.text(costReason(price))).toBe(text);
  });

  it.each([
    ["2025-01-01", "Te leen vanaf 1 januari."],
    ["2025-03-09", "Te leen vanaf 9 maart."],
    ["2025-12-03", "Te leen vanaf 3 december."],
  ] as const)("available from %s", (date, text) => {
    const result = availabilityOf([{ centreSlug: "x", available: 0, nextAvailableDate: date }])!;
    expect(availabilityReason(result)).toEqual({ code: "available.from", params: { date } });
    expect(nl.text(availabilityReason(result))).toBe(text);
  });

  it.each(["2025-00-10", "2025-12-32", "3 december", "2025-1-1", "2025-12-031", "2025-12-03T10:00", "2025-1a-03"])("ignores the implausible date %s", (date) => {
    expect(availabilityOf([{ centreSlug: "x", available: 0, nextAvailableDate: date }])).toBeNull();
  });

  it.each([
    [15, "€ 15"],
    [1250, "€ 1.250"],
    [10000, "€ 10.000"],
    [1234567, "€ 1.234.567"],
    [20.6, "€ 20,60"],
    [0.05, "€ 0,05"],
  ] as const)("euros in Dutch: %s = %s", (amount, expected) => {
    expect(formatMoney(amount, "nl")).toBe(expected);
  });

  it("catalogue texts are referred to by product and schema path, not copied", () => {
    const advice = computeCodes({ answers: { difficulties: ["bathing"], context: {} }, catalogue: [p], tips: [], availability: new Map() });
    expect(advice.recommendations[0]!.reasons[0]).toEqual({ code: "product.text", params: { product: "p", path: "rules.addresses.0.reason" } });
  });
});

// A deliberately naive implementation written straight from the rules: object-level helpers, no pre-filter index or memo,
// no bounding, a full sort. The engine must give exactly the same advice.
function referenceAdvice(engineInput: EngineInput): Advice {
  const { difficulties, context } = engineInput.answers;
  if (difficulties.length === 0) return { recommendations: [], notRecommended: [], tips: [] };
  const chosen = new Set(difficulties);
  const { maxRecommendations } = resolveOptions(engineInput.options);
  const ranked: { key: Parameters<typeof compareRanked>[0]; rec: Advice["recommendations"][number]; position: number; pre: number; addresses: Set<string> }[] = [];
  let position = -1;
  const excluded: { slug: string; need: number; reasons: string[] }[] = [];
  for (const p of engineInput.catalogue) {
    position++;
    const seen = new Set<string>();
    const needTerms: ScoreTerm[] = [];
    for (const a of p.rules.addresses) {
      if (seen.has(a.difficulty)) continue;
      seen.add(a.difficulty);
      if (chosen.has(a.difficulty)) needTerms.push({ kind: "need", points: a.fit * NEED_POINTS, reason: a.reason });
    }
    if (needTerms.length === 0) continue;
    const reasons: string[] = [];
    for (const c of p.rules.contraindications) {
      if (c.effect === "exclude" && conditionHolds(c.when, context) && !reasons.includes(c.reason)) reasons.push(c.reason);
    }
    for (const q of p.rules.prerequisites) {
      const r = missingPrerequisiteReason(q);
      if (prerequisiteStatus(q, context) === "missing" && !reasons.includes(r)) reasons.push(r);
    }
    const need = needTerms.reduce((s, t) => s + t.points, 0);
    if (reasons.length > 0) {
      excluded.push({ slug: p.slug, need, reasons });
      continue;
    }
    const tier = costTier(p);
    const avail = availabilityOf(engineInput.availability.get(p.slug));
    const terms: ScoreTerm[] = [
      ...needTerms,
      ...p.rules.contextFit
        .filter((f) => conditionHolds(f.when, context))
        .map((f): ScoreTerm => ({ kind: "context", points: f.delta, reason: f.reason })),
      ...p.rules.contraindications
        .filter((c) => c.effect === "condition" && conditionHolds(c.when, context))
        .map((c): ScoreTerm => ({ kind: "condition", points: CONDITION_POINTS, reason: c.effect === "condition" ? c.solution : "" })),
      { kind: "cost", points: tier.points, reason: dutch(engineInput).text(costReason(p)) },
      ...(p.lendable ? [{ kind: "lendable", points: LENDABLE_POINTS, reason: LENDABLE_TEXT } as ScoreTerm] : []),
      ...(avail ? [{ kind: "availability", points: avail.points, reason: dutch(engineInput).text(availabilityReason(avail)) } as ScoreTerm] : []),
    ];
    const score = roundScore(terms.reduce((s, t) => s + t.points, 0));
    const conditions = [
      ...p.rules.prerequisites.filter((q) => prerequisiteStatus(q, context) === "unknown").map((q) => `${q.check} ${q.reason}`),
      ...p.rules.contraindications.flatMap((c) =>
        !(c.when.code in context) || context[c.when.code] === "unknown"
          ? [c.check]
          : c.effect === "condition" && conditionHolds(c.when, context)
            ? [c.solution]
            : [],
      ),
      ...p.rules.notes,
    ];
    ranked.push({
      position,
      pre: terms.filter((t) => t.kind !== "availability").reduce((s, t) => s + t.points, 0),
      addresses: new Set(p.rules.addresses.map((a) => a.difficulty).filter((d) => chosen.has(d))),
      key: { score, addressed: needTerms.length, priceMinEuro: p.priceMinEuro, slug: p.slug },
      rec: {
        slug: p.slug,
        score,
        terms,
        reasons: [...new Set(terms.filter((t) => t.points > 0).map((t) => t.reason))],
        conditions: [...new Set(conditions)],
      },
    });
  }
  ranked.sort((a, b) => compareRanked(a.key, b.key));
  excluded.sort((a, b) => b.need - a.need || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  // every chosen need keeps a suggestion: in the order chosen, the best candidate by score before availability
  // (first in the catalogue on a tie) replaces the lowest-ranked entry whose needs are all covered twice, or is added
  const list = ranked.slice(0, maxRecommendations);
  if (maxRecommendations > 0) {
    const covering = (d: string) => list.filter((r) => r.addresses.has(d)).length;
    for (const d of chosen) {
      if (covering(d) > 0) continue;
      const candidates = ranked.filter((r) => r.addresses.has(d));
      if (candidates.length === 0) continue;
      const best = candidates.reduce((a, b) => (b.pre > a.pre || (b.pre === a.pre && b.position < a.position) ? b : a));
      if (list.length >= maxRecommendations) {
        for (let i = list.length - 1; i >= 0; i--) {
          if ([...list[i]!.addresses].every((x) => covering(x) > 1)) {
            list.splice(i, 1);
            break;
          }
        }
      }
      list.push(best);
    }
    list.sort((a, b) => compareRanked(a.key, b.key));
  }
  return {
    recommendations: list.map((r) => r.rec),
    notRecommended: excluded.map(({ slug, reasons }) => ({ slug, reasons })),
    tips: selectTips(engineInput.tips, chosen, context).map((t) => dutch(engineInput).text(t)),
  };
}

describe("on a generated catalogue: same advice as a naive reference implementation", () => {
  const world = generateWorld({ products: 1500, centres: 20, seed: 3 });
  const answers = generateAnswers(30, 11);
  const limits = [undefined, 1, 3, 100_000];
  it.each(answers.map((a, i) => ({ name: `answers #${i}, maxRecommendations ${limits[i % limits.length]}`, a, max: limits[i % limits.length] })))(
    "$name",
    ({ a, max }) => {
      const engineInput: EngineInput = {
        answers: a,
        catalogue: world.catalogue,
        tips: world.tips,
        availability: world.availability,
        options: max === undefined ? undefined : { maxRecommendations: max },
      };
      const advice = computeAdvice(engineInput);
      expect(advice).toEqual(referenceAdvice(engineInput));
      // sanity: the case is not trivial
      expect(advice.recommendations.length + advice.notRecommended.length).toBeGreaterThan(0);
    },
  );

  it("covers every kind of outcome across the generated answers", () => {
    const all = answers.map((a) =>
      computeAdvice({ answers: a, catalogue: world.catalogue, tips: world.tips, availability: world.availability, options: { maxRecommendations: 100_000 } }),
    );
    const kinds = new Set(all.flatMap((x) => x.recommendations.flatMap((r) => r.terms.map((t) => `${t.kind}:${Math.sign(t.points)}`))));
    expect([...kinds].sort()).toEqual(["availability:1", "condition:-1", "context:-1", "context:1", "cost:0", "cost:1", "lendable:1", "need:1"]);
    expect(all.some((x) => x.notRecommended.some((e) => e.reasons.length > 1))).toBe(true);
    expect(all.some((x) => x.recommendations.some((r) => r.conditions.length > 0))).toBe(true);
    expect(all.some((x) => x.tips.length > 0)).toBe(true);
  });

  it("the generator is deterministic", () => {
    const again = generateWorld({ products: 1500, centres: 20, seed: 3 });
    expect(again.catalogue).toEqual(world.catalogue);
    expect([...again.availability]).toEqual([...world.availability]);
    expect(generateAnswers(30, 11)).toEqual(answers);
    expect(generateWorld({ products: 5, centres: 2, seed: 4 }).catalogue).not.toEqual(world.catalogue.slice(0, 5));
  });
});

describe("the pre-filter index and its memo never change the advice", () => {
  const world = generateWorld({ products: 600, centres: 10, seed: 5 });
  const answers = generateAnswers(40, 19);
  const run = (catalogue: CatalogueProduct[], a: (typeof answers)[number]) =>
    computeAdvice({ answers: a, catalogue, tips: world.tips, availability: world.availability, options: { maxRecommendations: 5 } });

  it("answers in any order on one array give what each gives on a fresh array", () => {
    const shared = world.catalogue.slice();
    const forward = answers.map((a) => run(shared, a));
    const backward = answers.slice().reverse().map((a) => run(shared, a)).reverse();
    expect(backward).toEqual(forward);
    for (let i = 0; i < answers.length; i += 7) expect(run(world.catalogue.slice(), answers[i]!)).toEqual(forward[i]);
  });

  it("a product with more hard rules than the memo holds, or a difficulty listed twice, is judged by the same rules", () => {
    const many = Array.from({ length: 12 }, (_, k) => ({ anyOf: ["digital.wifi" as const], reason: `Voorwaarde ${k}.`, check: "Wifi?" }));
    const catalogue = [
      helps("veel", ["bathing"], { rules: { prerequisites: many } }),
      product("dubbel", { rules: { addresses: [
        { difficulty: "bathing", fit: 1, reason: "a" },
        { difficulty: "bathing", fit: 3, reason: "b" },
      ] } }),
    ];
    for (const wifi of [false, true, "unknown"] as const) {
      for (let repeat = 0; repeat < 2; repeat++) {
        const engineInput: EngineInput = { ...input({ difficulties: ["bathing"], context: { "digital.wifi": wifi } }), catalogue };
        expect(computeAdvice(engineInput)).toEqual(referenceAdvice(engineInput));
      }
    }
  });
});

describe("the same catalogue array, changed between calls", () => {
  it.each([
    {
      name: "a product appended",
      change: (cat: CatalogueProduct[]) => void cat.push(helps("nieuw", ["bathing"], {}, 3)),
      before: ["oud"],
      after: ["nieuw", "oud"],
    },
    {
      name: "a product replaced by an excluded one",
      change: (cat: CatalogueProduct[]) =>
        void (cat[0] = helps("oud", ["bathing"], { rules: { prerequisites: [WIFI] } })),
      before: ["oud"],
      after: [],
    },
    {
      name: "products swapped: still the same result",
      change: (cat: CatalogueProduct[]) => void cat.reverse(),
      before: ["oud"],
      after: ["oud"],
    },
  ])("$name", ({ change, before, after }) => {
    const catalogue: CatalogueProduct[] = [helps("oud", ["bathing"], {}, 2), helps("anders", ["reading.small_print"])];
    const scenario = { difficulties: ["bathing"] as DifficultyCode[], context: { "digital.wifi": false as const } };
    const call = () =>
      computeAdvice({ ...input(scenario), catalogue });
    expect(recSlugs(call())).toEqual(before);
    change(catalogue);
    expect(recSlugs(call())).toEqual(after);
  });
});
