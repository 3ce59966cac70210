/**
 * The editor's preview: what an edited product would change in the advice of a fixed set of resident profiles
 * (lib/catalogue/profiles.ts). Pure: runs the engine (lib/matching computeAdvice) twice per profile, once with the
 * published catalogue and once with the edited product in its place, and compares.
 *
 * Reported per profile whose place for this product changes: recommended <-> not recommended (excluded) <-> absent
 * (not in the advice at all), with the engine's reasons on both sides. A profile that chose a difficulty for which it
 * got at least one recommendation before and none after is "left without help": the editor sees that prominently.
 */
import { dutchExplainer, type Explainer } from "@/lib/i18n/explain";
import { computeAdvice } from "@/lib/matching";
import type { Advice, CatalogueProduct, TipRule } from "@/lib/matching/types";
import type { DifficultyCode } from "@/lib/questions/codes";
import type { ResidentProfile } from "./profiles";

export type ProductPlace = "recommended" | "excluded" | "absent";

export interface PlaceWithReasons {
  place: ProductPlace;
  /** recommended: why it fits and the conditions; excluded: "Niet voor u, omdat ..." reasons; absent: none */
  reasons: string[];
  conditions: string[];
}

export interface ProfileChange {
  profileId: string;
  profileName: string;
  before: PlaceWithReasons;
  after: PlaceWithReasons;
  /** "gains": now recommended, was not; "loses": was recommended, is not any more; "other": excluded <-> absent, or the reasons/conditions changed */
  kind: "gains" | "loses" | "other";
}

export interface UncoveredDifficulty {
  profileId: string;
  profileName: string;
  difficulty: DifficultyCode;
}

export interface ProductPreview {
  slug: string;
  profilesChecked: number;
  changes: ProfileChange[];
  /** profiles that had a recommendation for a chosen difficulty before and none after */
  uncovered: UncoveredDifficulty[];
}

const EMPTY_AVAILABILITY = new Map();

/** The place of `slug` in the advice, its reasons and conditions in Dutch (the editor works in the source language). */
function placeOf(advice: Advice, slug: string, explainer: Explainer): PlaceWithReasons {
  const rec = advice.recommendations.find((r) => r.slug === slug);
  if (rec) return { place: "recommended", reasons: explainer.list(rec.reasons), conditions: explainer.list(rec.conditions) };
  const ex = advice.notRecommended.find((e) => e.slug === slug);
  if (ex) return { place: "excluded", reasons: explainer.list(ex.reasons), conditions: [] };
  return { place: "absent", reasons: [], conditions: [] };
}

/** The chosen difficulties that at least one recommendation addresses. */
function coveredDifficulties(advice: Advice, catalogue: readonly CatalogueProduct[], chosen: readonly DifficultyCode[]): Set<DifficultyCode> {
  const bySlug = new Map(catalogue.map((p) => [p.slug, p]));
  const covered = new Set<DifficultyCode>();
  for (const r of advice.recommendations) {
    for (const a of bySlug.get(r.slug)?.rules.addresses ?? []) if (chosen.includes(a.difficulty)) covered.add(a.difficulty);
  }
  return covered;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Compares the advice of every profile with `catalogue` (the published products) and with `edited` in place of the
 * product with the same slug (or added, when the published catalogue does not have it).
 */
export function previewProductChange(input: {
  profiles: readonly ResidentProfile[];
  catalogue: readonly CatalogueProduct[];
  edited: CatalogueProduct;
  tips?: readonly TipRule[];
}): ProductPreview {
  const { profiles, catalogue, edited } = input;
  const tips = input.tips ?? [];
  const slug = edited.slug;
  const after = catalogue.some((p) => p.slug === slug) ? catalogue.map((p) => (p.slug === slug ? edited : p)) : [...catalogue, edited];
  const changes: ProfileChange[] = [];
  const uncovered: UncoveredDifficulty[] = [];
  const explainBefore = dutchExplainer(catalogue, tips);
  const explainAfter = dutchExplainer(after, tips);

  for (const profile of profiles) {
    const adviceBefore = computeAdvice({ answers: profile.answers, catalogue, tips, availability: EMPTY_AVAILABILITY });
    const adviceAfter = computeAdvice({ answers: profile.answers, catalogue: after, tips, availability: EMPTY_AVAILABILITY });
    const placeBefore = placeOf(adviceBefore, slug, explainBefore);
    const placeAfter = placeOf(adviceAfter, slug, explainAfter);
    const moved = placeBefore.place !== placeAfter.place;
    const reworded = !moved && (!same(placeBefore.reasons, placeAfter.reasons) || !same(placeBefore.conditions, placeAfter.conditions));
    if (moved || reworded) {
      const kind = placeAfter.place === "recommended" && moved ? "gains" : placeBefore.place === "recommended" && moved ? "loses" : "other";
      changes.push({ profileId: profile.id, profileName: profile.name, before: placeBefore, after: placeAfter, kind });
    }
    const chosen = profile.answers.difficulties;
    const coveredBefore = coveredDifficulties(adviceBefore, catalogue, chosen);
    const coveredAfter = coveredDifficulties(adviceAfter, after, chosen);
    for (const d of chosen) {
      if (coveredBefore.has(d) && !coveredAfter.has(d)) uncovered.push({ profileId: profile.id, profileName: profile.name, difficulty: d });
    }
  }
  return { slug, profilesChecked: profiles.length, changes, uncovered };
}
