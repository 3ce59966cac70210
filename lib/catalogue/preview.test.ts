import { describe, expect, it } from "vitest";
import type { CatalogueProduct, Contraindication, ProductRules } from "@/lib/matching/types";
import { BOOLEAN_CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { previewProductChange, type ProductPlace } from "./preview";
import { RESIDENT_PROFILES, type ResidentProfile } from "./profiles";

function product(slug: string, rules: Partial<ProductRules>): CatalogueProduct {
  return {
    slug,
    name: slug,
    iso9999: { code: "15 12", edition: "2022" },
    priceMinEuro: 100,
    priceMaxEuro: 200,
    pricePeriod: "once",
    lendable: true,
    isMonitoring: false,
    rules: { addresses: [], prerequisites: [], contraindications: [], contextFit: [], notes: [], ...rules },
  };
}

const robot = product("robot", { addresses: [{ difficulty: "housework.vacuuming", fit: 3, reason: "Hij zuigt zelf." }] });
const grabber = product("grijper", { addresses: [{ difficulty: "reach.picking_up", fit: 3, reason: "U hoeft niet te bukken." }] });
const catalogue = [robot, grabber];

const profile = (id: string, context: ResidentProfile["answers"]["context"], difficulties: ResidentProfile["answers"]["difficulties"] = ["housework.vacuuming"]): ResidentProfile => ({
  id,
  name: `Profiel ${id}`,
  answers: { difficulties, context },
});
const profiles = [
  profile("rommel", { "home.clutter": "a_lot" }),
  profile("netjes", { "home.clutter": "none" }),
  profile("onbekend", {}),
  profile("bukken", { "home.clutter": "a_lot" }, ["reach.picking_up"]),
];

const excludeClutter: Contraindication = { effect: "exclude", when: { code: "home.clutter", is: ["a_lot"] }, reason: "er veel op de vloer ligt.", check: "Is de vloer vrij?" };
const conditionClutter: Contraindication = { effect: "condition", when: { code: "home.clutter", is: ["a_lot"] }, solution: "Ruim eerst de vloer op.", check: "Is de vloer vrij?" };

describe("previewProductChange", () => {
  it.each<[string, CatalogueProduct, [string, ProductPlace, ProductPlace, string][], string[]]>([
    ["no change: nothing to report", robot, [], []],
    [
      "an excluding contraindication: the profile with a cluttered floor loses the product and is left without help",
      { ...robot, rules: { ...robot.rules, contraindications: [excludeClutter] } },
      // "onbekend" keeps it, with the check question as a condition
      [
        ["rommel", "recommended", "excluded", "loses"],
        ["onbekend", "recommended", "recommended", "other"],
      ],
      ["rommel:housework.vacuuming"],
    ],
    [
      "a conditional contraindication: still recommended, with the solution as a condition",
      { ...robot, rules: { ...robot.rules, contraindications: [conditionClutter] } },
      // "onbekend" gets the check question as a condition too (unknown answer)
      [
        ["rommel", "recommended", "recommended", "other"],
        ["onbekend", "recommended", "recommended", "other"],
      ],
      [],
    ],
    [
      "the product now also helps with picking things up: the profile that cannot bend gains it",
      { ...robot, rules: { ...robot.rules, addresses: [...robot.rules.addresses, { difficulty: "reach.picking_up", fit: 1, reason: "Hij pakt kleine dingen op." }] } },
      [["bukken", "absent", "recommended", "gains"]],
      [],
    ],
    [
      "the product no longer addresses vacuuming: every vacuuming profile loses it and is left without help",
      { ...robot, rules: { ...robot.rules, addresses: [{ difficulty: "toilet.night", fit: 2, reason: "x" }] } },
      [
        ["rommel", "recommended", "absent", "loses"],
        ["netjes", "recommended", "absent", "loses"],
        ["onbekend", "recommended", "absent", "loses"],
      ],
      ["rommel:housework.vacuuming", "netjes:housework.vacuuming", "onbekend:housework.vacuuming"],
    ],
  ])("%s", (_name, edited, expected, uncovered) => {
    const preview = previewProductChange({ profiles, catalogue, edited });
    expect(preview.profilesChecked).toBe(profiles.length);
    expect(preview.changes.map((c) => [c.profileId, c.before.place, c.after.place, c.kind])).toEqual(expected);
    expect(preview.uncovered.map((u) => `${u.profileId}:${u.difficulty}`)).toEqual(uncovered);
  });

  it("gives the engine's reasons on both sides", () => {
    const preview = previewProductChange({ profiles, catalogue, edited: { ...robot, rules: { ...robot.rules, contraindications: [excludeClutter] } } });
    expect(preview.changes[0]!.before.reasons).toContain("Hij zuigt zelf.");
    expect(preview.changes[0]!.after.reasons.join(" ")).toContain("er veel op de vloer ligt.");
  });

  it("a product that is new in the catalogue is compared with it being absent", () => {
    const preview = previewProductChange({ profiles, catalogue: [grabber], edited: robot });
    expect(preview.changes.map((c) => [c.profileId, c.kind])).toEqual([
      ["rommel", "gains"],
      ["netjes", "gains"],
      ["onbekend", "gains"],
    ]);
  });
});

describe("the shipped resident profiles", () => {
  it("has between 20 and 30 profiles with unique ids and B1 names", () => {
    expect(RESIDENT_PROFILES.length).toBeGreaterThanOrEqual(20);
    expect(RESIDENT_PROFILES.length).toBeLessThanOrEqual(30);
    expect(new Set(RESIDENT_PROFILES.map((p) => p.id)).size).toBe(RESIDENT_PROFILES.length);
    for (const p of RESIDENT_PROFILES) expect(p.name.length).toBeLessThanOrEqual(90);
  });

  it("chooses every difficulty in at least one profile", () => {
    const chosen = new Set(RESIDENT_PROFILES.flatMap((p) => p.answers.difficulties));
    expect(DIFFICULTY_CODES.filter((d) => !chosen.has(d))).toEqual([]);
  });

  it.each(BOOLEAN_CONTEXT_CODES.map((c) => [c]))("answers %s with yes, no and unknown somewhere", (code) => {
    const values = new Set(RESIDENT_PROFILES.map((p) => p.answers.context[code] ?? "unknown"));
    expect([...values].sort()).toEqual([false, true, "unknown"].sort());
  });

  it("answers the clutter question with none, a lot and unknown somewhere", () => {
    const values = new Set(RESIDENT_PROFILES.map((p) => p.answers.context["home.clutter"] ?? "unknown"));
    for (const v of ["none", "some", "a_lot", "unknown"]) expect(values.has(v as never)).toBe(true);
  });
});
