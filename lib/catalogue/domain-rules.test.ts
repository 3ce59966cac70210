/**
 * The domain facts (domain.md: prerequisites and contraindications of home technology) hold end to end:
 * the REAL engine over the REAL catalogue and tips. One row per fact; each row names the product, the answers,
 * and what the resident must see (ruled out with a reason, or advised, possibly with a condition to check).
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE, toCatalogueProduct } from "@/prisma/seed/catalogue";
import { TIPS } from "@/lib/catalogue/tips";
import { computeAdvice as computeCodes } from "@/lib/matching/engine";
import type { Answers, ContextValue, EngineInput } from "@/lib/matching/types";
import { dutchExplainer, renderAdvice, type RenderedAdvice } from "@/lib/i18n/explain";

// The engine answers in codes; these rules are checked on the Dutch sentences a resident reads.
type Advice = RenderedAdvice;
const computeAdvice = (i: EngineInput): Advice => renderAdvice(computeCodes(i), dutchExplainer(i.catalogue, i.tips));
import { CONTEXT_CODES, DIFFICULTY_CODES, type ContextCode, type DifficultyCode } from "@/lib/questions/codes";

const PRODUCTS = CATALOGUE.map(toCatalogueProduct);
const NO_AVAILABILITY = new Map();

function advise(difficulties: DifficultyCode[], context: Answers["context"] = {}): Advice {
  return computeAdvice({
    answers: { difficulties, context },
    catalogue: PRODUCTS,
    tips: TIPS,
    availability: NO_AVAILABILITY,
    options: { maxRecommendations: PRODUCTS.length },
  });
}

type Expectation =
  | { out: true; reason: string }
  | { out: false; condition?: string; noCondition?: string };

interface Row {
  fact: string;
  slug: string;
  difficulties: DifficultyCode[];
  context: Partial<Record<ContextCode, ContextValue>>;
  expect: Expectation;
}

const ROWS: Row[] = [
  // Robot vacuum: clutter, thresholds above 1-2 cm and many small tables stop it.
  {
    fact: "robot vacuum with a lot of clutter is ruled out",
    slug: "robotstofzuiger",
    difficulties: ["housework.vacuuming"],
    context: { "home.clutter": "a_lot", "home.thresholds": false, "home.small_furniture": false },
    expect: { out: true, reason: "er veel spullen op de vloer staan" },
  },
  {
    fact: "robot vacuum with thresholds is advised with a threshold ramp as condition (a ramp solves it)",
    slug: "robotstofzuiger",
    difficulties: ["housework.vacuuming"],
    context: { "home.clutter": "none", "home.thresholds": true, "home.small_furniture": false },
    expect: { out: false, condition: "Leg een drempelhulp bij de drempel" },
  },
  {
    fact: "robot vacuum among many small tables is ruled out",
    slug: "robotstofzuiger",
    difficulties: ["housework.vacuuming"],
    context: { "home.clutter": "none", "home.thresholds": false, "home.small_furniture": true },
    expect: { out: true, reason: "kleine tafeltjes" },
  },
  {
    fact: "robot vacuum with unknown clutter stays, with the floor check as condition",
    slug: "robotstofzuiger",
    difficulties: ["housework.vacuuming"],
    context: { "home.thresholds": false, "home.small_furniture": false },
    expect: { out: false, condition: "Is de vloer meestal vrij van spullen en snoeren?" },
  },
  {
    fact: "robot vacuum with some clutter stays (only 'a lot' rules it out)",
    slug: "robotstofzuiger",
    difficulties: ["housework.vacuuming"],
    context: { "home.clutter": "some", "home.thresholds": false, "home.small_furniture": false },
    expect: { out: false, noCondition: "Is de vloer meestal vrij van spullen en snoeren?" },
  },
  {
    fact: "threshold ramp is not advised when there are no thresholds",
    slug: "drempelhulp",
    difficulties: ["mobility.walking"],
    context: { "home.thresholds": false },
    expect: { out: true, reason: "er geen drempels in uw huis zijn." },
  },
  {
    fact: "threshold ramp is advised with thresholds, also for a robot vacuum",
    slug: "drempelhulp",
    difficulties: ["housework.vacuuming"],
    context: { "home.thresholds": true },
    expect: { out: false },
  },

  // Lifestyle monitoring: only for one-person households, with a carer or home care to follow up.
  {
    fact: "lifestyle monitoring in a multi-person household is ruled out",
    slug: "leefstijlmonitoring",
    difficulties: ["wandering.getting_lost"],
    context: { "household.lives_alone": false, "network.carer_nearby": true },
    expect: { out: true, reason: "er meer mensen in huis wonen. De sensoren kunnen dan niet zien wie er beweegt." },
  },
  {
    fact: "lifestyle monitoring without carer and without home care is ruled out",
    slug: "leefstijlmonitoring",
    difficulties: ["wandering.getting_lost"],
    context: { "household.lives_alone": true, "network.carer_nearby": false, "care.home_care": false },
    expect: { out: true, reason: "mantelzorger of de thuiszorg" },
  },
  {
    fact: "lifestyle monitoring for someone living alone with home care is advised",
    slug: "leefstijlmonitoring",
    difficulties: ["wandering.getting_lost"],
    context: { "household.lives_alone": true, "network.carer_nearby": false, "care.home_care": true },
    expect: { out: false, condition: "De eerste weken leert het systeem uw dagritme." },
  },
  {
    fact: "lifestyle monitoring with unknown household asks whether the resident lives alone",
    slug: "leefstijlmonitoring",
    difficulties: ["wandering.getting_lost"],
    context: { "network.carer_nearby": true },
    expect: { out: false, condition: "Woont u alleen?" },
  },

  // Video doorbell: needs wifi AND a smartphone.
  {
    fact: "video doorbell without wifi is ruled out",
    slug: "videodeurbel",
    difficulties: ["door.who_is_there"],
    context: { "digital.wifi": false, "digital.smartphone": true },
    expect: { out: true, reason: "Deze deurbel werkt alleen met wifi." },
  },
  {
    fact: "video doorbell without a smartphone is ruled out",
    slug: "videodeurbel",
    difficulties: ["door.who_is_there"],
    context: { "digital.wifi": true, "digital.smartphone": false },
    expect: { out: true, reason: "smartphone" },
  },
  {
    fact: "video doorbell with unknown wifi stays, with the wifi question as condition",
    slug: "videodeurbel",
    difficulties: ["door.who_is_there"],
    context: { "digital.smartphone": true },
    expect: { out: false, condition: "Heeft u wifi thuis? Deze deurbel werkt alleen met wifi." },
  },
  {
    fact: "video doorbell always warns about filming the street",
    slug: "videodeurbel",
    difficulties: ["door.who_is_there"],
    context: { "digital.wifi": true, "digital.smartphone": true },
    expect: { out: false, condition: "De camera mag de openbare straat niet filmen.", noCondition: "Heeft u wifi thuis?" },
  },

  // Personal alarm with social follow-up: about 3 people with a key within 15 minutes; no bolt on the door.
  {
    fact: "personal alarm with social follow-up without a carer nearby is ruled out",
    slug: "personenalarm-mantelzorg",
    difficulties: ["help.calling_after_fall"],
    context: { "network.carer_nearby": false, "home.bolt_on_door": false },
    expect: { out: true, reason: "3 mensen met een sleutel" },
  },
  {
    fact: "personal alarm with social follow-up with a carer nearby is advised, with a key safe",
    slug: "personenalarm-mantelzorg",
    difficulties: ["help.calling_after_fall"],
    context: { "network.carer_nearby": true, "home.bolt_on_door": false },
    expect: { out: false, condition: "Er komt meestal een sleutelkluis bij de deur." },
  },
  {
    fact: "personal alarm with social follow-up behind a bolted door is advised, the bolt a condition to solve",
    slug: "personenalarm-mantelzorg",
    difficulties: ["help.calling_after_fall"],
    context: { "network.carer_nearby": true, "home.bolt_on_door": true },
    expect: { out: false, condition: "Vraag een slotenmaker om een slot dat veilig is en toch van buiten met een sleutel opengaat." },
  },

  // Personal alarm with professional follow-up: works without a carer; no bolt on the door.
  {
    fact: "personal alarm with professional follow-up works without a carer",
    slug: "personenalarm-zorgcentrale",
    difficulties: ["help.calling_after_fall"],
    context: { "network.carer_nearby": false, "care.home_care": false, "home.bolt_on_door": false },
    expect: { out: false },
  },
  {
    fact: "personal alarm with professional follow-up behind a bolted door is advised, with the key safe and lock",
    slug: "personenalarm-zorgcentrale",
    difficulties: ["help.calling_after_fall"],
    context: { "home.bolt_on_door": true },
    expect: { out: false, condition: "Hang dan een sleutelkluis bij de deur" },
  },
  {
    fact: "personal alarm with professional follow-up asks about the door when unknown",
    slug: "personenalarm-zorgcentrale",
    difficulties: ["help.calling_after_fall"],
    context: {},
    expect: { out: false, condition: "Kan iemand met een sleutel altijd uw voordeur openmaken?" },
  },

  // Fall detection: coupled to an alarm service; needs follow-up.
  {
    fact: "fall detector without carer and without home care is ruled out",
    slug: "valdetector",
    difficulties: ["help.calling_after_fall"],
    context: { "network.carer_nearby": false, "care.home_care": false, "home.bolt_on_door": false },
    expect: { out: true, reason: "Na een val moet er snel iemand komen" },
  },
  {
    fact: "fall detector with home care is advised",
    slug: "valdetector",
    difficulties: ["help.calling_after_fall"],
    context: { "network.carer_nearby": false, "care.home_care": true, "home.bolt_on_door": false },
    expect: { out: false, condition: "Hij herkent niet elke val." },
  },

  // Medication dispenser: refilled by home care or a carer; the pharmacy supplies the roll.
  {
    fact: "medication dispenser without home care and without carer is ruled out",
    slug: "medicijndispenser",
    difficulties: ["medication.remembering"],
    context: { "care.home_care": false, "network.carer_nearby": false },
    expect: { out: true, reason: "De thuiszorg of een mantelzorger moet de dispenser vullen" },
  },
  {
    fact: "medication dispenser with home care is advised; the pharmacy supplies the roll",
    slug: "medicijndispenser",
    difficulties: ["medication.remembering"],
    context: { "care.home_care": true, "network.carer_nearby": false },
    expect: { out: false, condition: "De apotheek levert de medicijnrol." },
  },
  {
    fact: "medication dispenser with a carer is advised",
    slug: "medicijndispenser",
    difficulties: ["medication.remembering"],
    context: { "care.home_care": false, "network.carer_nearby": true },
    expect: { out: false, noCondition: "Is er iemand die de dispenser kan vullen" },
  },
  {
    fact: "medication dispenser with unknown help asks who refills it",
    slug: "medicijndispenser",
    difficulties: ["medication.remembering"],
    context: {},
    expect: { out: false, condition: "Is er iemand die de dispenser kan vullen, zoals de thuiszorg of familie?" },
  },

  // Stove guard: installed by an electrician.
  {
    fact: "stove guard is advised with the electrician as condition",
    slug: "kookplaatbeveiliging",
    difficulties: ["cooking.forgets_stove"],
    context: {},
    expect: { out: false, condition: "Een elektricien moet hem aansluiten." },
  },

  // GPS tracker: outdoors only, subscription, someone must receive the alerts.
  {
    fact: "GPS tracker without anyone to receive alerts is ruled out",
    slug: "gps-tracker",
    difficulties: ["wandering.getting_lost"],
    context: { "network.carer_nearby": false },
    expect: { out: true, reason: "Iemand moet de meldingen krijgen" },
  },
  {
    fact: "GPS tracker with a carer is advised, and says it works outdoors only",
    slug: "gps-tracker",
    difficulties: ["wandering.getting_lost"],
    context: { "network.carer_nearby": true },
    expect: { out: false, condition: "Hij werkt alleen buiten." },
  },

  // Video calling: needs internet and family who call.
  {
    fact: "video-calling tablet without wifi is ruled out",
    slug: "beeldbel-tablet",
    difficulties: ["social.loneliness"],
    context: { "digital.wifi": false },
    expect: { out: true, reason: "wifi" },
  },
  {
    fact: "video-calling tablet with wifi is advised, if family calls",
    slug: "beeldbel-tablet",
    difficulties: ["social.loneliness"],
    context: { "digital.wifi": true },
    expect: { out: false, condition: "Werkt het best als familie of vrienden regelmatig bellen." },
  },
  {
    fact: "photo frame with video calls without wifi is ruled out",
    slug: "fotolijst-beeldbellen",
    difficulties: ["social.loneliness"],
    context: { "digital.wifi": false },
    expect: { out: true, reason: "wifi" },
  },

  // Stairlift: custom rail, not lendable; only on one's own stairs.
  {
    fact: "stairlift without stairs in the home is ruled out",
    slug: "traplift",
    difficulties: ["mobility.stairs"],
    context: { "home.stairs_inside": false },
    expect: { out: true, reason: "u geen trap in huis gebruikt." },
  },
  {
    fact: "stairlift with stairs is advised, and says it cannot be borrowed",
    slug: "traplift",
    difficulties: ["mobility.stairs"],
    context: { "home.stairs_inside": true },
    expect: { out: false, condition: "Daarom kunt u hem niet lenen." },
  },
];

describe("domain rules, real engine over the real catalogue", () => {
  it("covers only products that exist", () => {
    const slugs = new Set(CATALOGUE.map((p) => p.slug));
    expect(ROWS.filter((row) => !slugs.has(row.slug)).map((row) => row.slug)).toEqual([]);
  });

  it.each(ROWS.map((row) => [row.fact, row] as const))("%s", (_fact, row) => {
    const advice = advise(row.difficulties, row.context);
    const excluded = advice.notRecommended.find((e) => e.slug === row.slug);
    const recommended = advice.recommendations.find((r) => r.slug === row.slug);

    if (row.expect.out) {
      const { reason } = row.expect;
      expect(recommended).toBeUndefined();
      expect(excluded, `${row.slug} is ruled out`).toBeDefined();
      expect(excluded!.reasons.some((r) => r.includes(reason)), excluded!.reasons.join(" | ")).toBe(true);
      // every reason completes "Niet voor u, omdat …"
      for (const reason of excluded!.reasons) expect(reason).toMatch(/^[a-z].*\.$/s);
    } else {
      expect(excluded, excluded?.reasons.join(" | ")).toBeUndefined();
      expect(recommended, `${row.slug} is advised`).toBeDefined();
      const { condition, noCondition } = row.expect;
      if (condition !== undefined) {
        expect(recommended!.conditions.some((c) => c.includes(condition)), recommended!.conditions.join(" | ")).toBe(true);
      }
      if (noCondition !== undefined) {
        expect(recommended!.conditions.some((c) => c.includes(noCondition)), recommended!.conditions.join(" | ")).toBe(false);
      }
    }
  });
});

/**
 * Safety: someone who may lie on the floor after a fall must always get a way to call for help. A bolt on the door
 * is solved (a lock that opens from outside, a key safe), it is never a reason to advise no alarm at all.
 */
describe("calling for help after a fall, living alone behind a bolted door", () => {
  const ALARMS = ["personenalarm-mantelzorg", "personenalarm-zorgcentrale", "valdetector", "alarmknop-belt-familie", "sleutelkluis"];
  const advice = (context: Answers["context"]) =>
    computeAdvice({
      answers: { difficulties: ["help.calling_after_fall"], context },
      catalogue: PRODUCTS,
      tips: TIPS,
      availability: NO_AVAILABILITY,
    });

  it.each([
    { name: "help nearby unknown", extra: {} },
    { name: "nobody nearby, no home care", extra: { "network.carer_nearby": false, "care.home_care": false } },
    { name: "family nearby", extra: { "network.carer_nearby": true } },
    { name: "home care comes", extra: { "care.home_care": true, "network.carer_nearby": false } },
  ] as const)("$name: at least one alarm is advised, with the bolt as a condition naming the lock and key safe", ({ extra }) => {
    const result = advice({ "household.lives_alone": true, "home.bolt_on_door": true, ...extra });
    const alarms = result.recommendations.filter((r) => ALARMS.includes(r.slug) && r.slug !== "sleutelkluis");
    expect(alarms.length, JSON.stringify(result.notRecommended)).toBeGreaterThan(0);
    for (const alarm of alarms) {
      const bolt = alarm.conditions.find((c) => c.includes("op de knip"));
      expect(bolt, alarm.slug).toBeDefined();
      expect(bolt).toContain("slot dat veilig is en toch van buiten met een sleutel opengaat");
      expect(bolt).toContain("sleutelkluis");
    }
    // the bolt itself never rules out an alarm or the key safe
    for (const excluded of result.notRecommended.filter((e) => ALARMS.includes(e.slug))) {
      expect(excluded.reasons.join(" "), excluded.slug).not.toContain("knip");
    }
  });

  it("still gets an alarm when many other difficulties are chosen too (every chosen need keeps a suggestion)", () => {
    const result = computeAdvice({
      answers: { difficulties: [...DIFFICULTY_CODES], context: { "household.lives_alone": true, "home.bolt_on_door": true } },
      catalogue: PRODUCTS,
      tips: TIPS,
      availability: NO_AVAILABILITY,
    });
    const forFalls = result.recommendations.filter((r) => PRODUCTS.find((p) => p.slug === r.slug)!.rules.addresses.some((a) => a.difficulty === "help.calling_after_fall"));
    expect(forFalls.length).toBeGreaterThan(0);
    // and every chosen difficulty that has a fitting product is addressed by at least one suggestion
    for (const difficulty of DIFFICULTY_CODES) {
      const fitting = PRODUCTS.filter((p) => p.rules.addresses.some((a) => a.difficulty === difficulty) && !result.notRecommended.some((e) => e.slug === p.slug));
      if (fitting.length === 0) continue;
      const covered = result.recommendations.some((r) => PRODUCTS.find((p) => p.slug === r.slug)!.rules.addresses.some((a) => a.difficulty === difficulty));
      expect(covered, difficulty).toBe(true);
    }
  });

  it("the same resident with the door not bolted gets the alarm without the bolt condition", () => {
    const result = advice({ "household.lives_alone": true, "home.bolt_on_door": false });
    const alarm = result.recommendations.find((r) => r.slug === "personenalarm-zorgcentrale")!;
    expect(alarm.conditions.some((c) => c.includes("op de knip"))).toBe(false);
  });
});

describe("unknown never excludes", () => {
  const everyDifficulty = [...DIFFICULTY_CODES];

  it("rules nothing out when no context is known, and advises every product", () => {
    const advice = advise(everyDifficulty, {});
    expect(advice.notRecommended).toEqual([]);
    expect(advice.recommendations.map((r) => r.slug).sort()).toEqual(CATALOGUE.map((p) => p.slug).sort());
  });

  it("rules nothing out when every answer is 'weet ik niet'", () => {
    const context = Object.fromEntries(CONTEXT_CODES.map((code) => [code, "unknown"])) as Answers["context"];
    const advice = advise(everyDifficulty, context);
    expect(advice.notRecommended).toEqual([]);
    expect(advice.recommendations).toHaveLength(CATALOGUE.length);
  });

  it("turns every unknown hard rule into a condition to check", () => {
    const advice = advise(everyDifficulty, {});
    for (const product of CATALOGUE) {
      const rec = advice.recommendations.find((r) => r.slug === product.slug)!;
      for (const p of product.rules.prerequisites) expect(rec.conditions, product.slug).toContain(`${p.check} ${p.reason}`);
      for (const c of product.rules.contraindications) expect(rec.conditions, product.slug).toContain(c.check);
    }
  });
});

describe("tips from the domain", () => {
  it("suggests removing loose rugs for walking when there are rugs", () => {
    expect(advise(["mobility.walking"], { "home.rugs": true }).tips.some((t) => t.startsWith("Haal losse kleden"))).toBe(true);
    expect(advise(["mobility.walking"], { "home.rugs": false }).tips.some((t) => t.startsWith("Haal losse kleden"))).toBe(false);
  });

  it("suggests asking the home-care team about a dispenser only when home care comes", () => {
    const ask = (t: string) => t.startsWith("Vraag het thuiszorgteam");
    expect(advise(["medication.remembering"], { "care.home_care": true }).tips.some(ask)).toBe(true);
    expect(advise(["medication.remembering"], {}).tips.some(ask)).toBe(false);
  });

  it("suggests a threshold ramp for a robot vacuum when there are thresholds", () => {
    const advice = advise(["housework.vacuuming"], { "home.thresholds": true });
    expect(advice.tips.some((t) => t.includes("drempelhulp"))).toBe(true);
  });

  it("always mentions the Wmo desk and free client support", () => {
    expect(advise(["reading.small_print"], {}).tips.some((t) => t.includes("cliëntondersteuner"))).toBe(true);
  });
});
