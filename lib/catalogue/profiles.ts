/**
 * Resident profiles for the catalogue editor's preview: realistic situations of people who use TTV (older people living
 * at home, people with early dementia, carers asking on someone's behalf). Plain Answers, no personal data: each has a
 * B1 name that says who it is and what the questionnaire would hold. The preview runs the engine over all of them with
 * the published product and with the edited one (lib/catalogue/preview.ts).
 *
 * Keep them varied: every difficulty code is chosen by at least one profile, and the context answers cover yes, no
 * and "weet ik niet" (unknown) for each context question (checked in preview.test.ts).
 */
import type { Answers } from "@/lib/matching/types";

export interface ResidentProfile {
  id: string;
  /** B1 Dutch, short: age, household, home, difficulties */
  name: string;
  answers: Answers;
}

export const RESIDENT_PROFILES: readonly ResidentProfile[] = [
  {
    id: "p01",
    name: "Mevrouw, 82, woont alleen, trap, drempels, vergeet pillen",
    answers: {
      difficulties: ["medication.remembering", "mobility.stairs", "help.calling_after_fall"],
      context: { "household.lives_alone": true, "home.stairs_inside": true, "home.thresholds": true, "home.rugs": true, "digital.wifi": false, "digital.smartphone": false, "network.carer_nearby": true, "care.home_care": false, "home.clutter": "some" },
    },
  },
  {
    id: "p02",
    name: "Meneer, 79, woont alleen, bang om te vallen, doet de deur op de knip",
    answers: {
      difficulties: ["help.calling_after_fall", "mobility.walking"],
      context: { "household.lives_alone": true, "home.bolt_on_door": true, "home.thresholds": true, "digital.wifi": true, "digital.smartphone": false, "network.carer_nearby": false, "care.home_care": true },
    },
  },
  {
    id: "p03",
    name: "Mevrouw, 85, beginnende dementie, loopt soms weg, dochter vlakbij",
    answers: {
      difficulties: ["wandering.getting_lost", "orientation.time", "cooking.forgets_stove", "medication.remembering"],
      context: { "household.lives_alone": true, "network.carer_nearby": true, "care.home_care": true, "digital.wifi": true, "digital.smartphone": false, "home.stairs_inside": false },
    },
  },
  {
    id: "p04",
    name: "Meneer, 74, met partner, rugklachten, kan niet meer stofzuigen",
    answers: {
      difficulties: ["housework.vacuuming", "reach.picking_up"],
      context: { "household.lives_alone": false, "home.clutter": "none", "home.thresholds": false, "home.rugs": false, "home.small_furniture": false, "home.pets": false, "digital.wifi": true, "digital.smartphone": true },
    },
  },
  {
    id: "p05",
    name: "Mevrouw, 77, veel spullen op de vloer, kleden, kat, kan niet stofzuigen",
    answers: {
      difficulties: ["housework.vacuuming"],
      context: { "household.lives_alone": true, "home.clutter": "a_lot", "home.rugs": true, "home.pets": true, "home.thresholds": true, "home.small_furniture": true, "digital.wifi": true, "digital.smartphone": false },
    },
  },
  {
    id: "p06",
    name: "Meneer, 88, moeite met opstaan en met het toilet, 's nachts naar de wc",
    answers: {
      difficulties: ["mobility.getting_up", "toilet.sitting_down", "toilet.night"],
      context: { "household.lives_alone": true, "home.stairs_inside": true, "home.thresholds": true, "care.home_care": true, "network.carer_nearby": false },
    },
  },
  {
    id: "p07",
    name: "Mevrouw, 80, douchen is zwaar, woont gelijkvloers",
    answers: {
      difficulties: ["bathing", "mobility.getting_up"],
      context: { "household.lives_alone": true, "home.stairs_inside": false, "home.thresholds": false, "care.home_care": false, "network.carer_nearby": true },
    },
  },
  {
    id: "p08",
    name: "Meneer, 83, slechthorend, hoort de deurbel en de telefoon niet",
    answers: {
      difficulties: ["hearing.sounds", "door.who_is_there", "communication.phone"],
      context: { "household.lives_alone": true, "digital.wifi": true, "digital.smartphone": true, "home.bolt_on_door": false },
    },
  },
  {
    id: "p09",
    name: "Mevrouw, 76, slechtziend, kan kleine letters niet lezen",
    answers: {
      difficulties: ["reading.small_print", "communication.phone", "medication.remembering"],
      context: { "household.lives_alone": false, "digital.wifi": true, "digital.smartphone": false },
    },
  },
  {
    id: "p10",
    name: "Meneer, 81, eenzaam sinds zijn vrouw overleed, geen wifi",
    answers: {
      difficulties: ["social.loneliness", "communication.phone"],
      context: { "household.lives_alone": true, "digital.wifi": false, "digital.smartphone": false, "network.carer_nearby": false },
    },
  },
  {
    id: "p11",
    name: "Mevrouw, 72, eenzaam, heeft wifi en een smartphone",
    answers: {
      difficulties: ["social.loneliness"],
      context: { "household.lives_alone": true, "digital.wifi": true, "digital.smartphone": true, "network.carer_nearby": false },
    },
  },
  {
    id: "p12",
    name: "Meneer, 90, vergeet het gas, woont alleen, thuiszorg komt elke dag",
    answers: {
      difficulties: ["cooking.forgets_stove", "orientation.time", "help.calling_after_fall"],
      context: { "household.lives_alone": true, "care.home_care": true, "network.carer_nearby": false, "home.bolt_on_door": true, "digital.wifi": false },
    },
  },
  {
    id: "p13",
    name: "Mevrouw, 84, weet niet of ze wifi heeft, vergeet pillen",
    answers: {
      difficulties: ["medication.remembering"],
      context: { "household.lives_alone": true, "digital.wifi": "unknown", "digital.smartphone": "unknown", "care.home_care": "unknown" },
    },
  },
  {
    id: "p14",
    name: "Meneer, 78, met partner, loopt slecht, trap in huis, drempels",
    answers: {
      difficulties: ["mobility.walking", "mobility.stairs", "reach.picking_up"],
      context: { "household.lives_alone": false, "home.stairs_inside": true, "home.thresholds": true, "home.rugs": true, "home.clutter": "some" },
    },
  },
  {
    id: "p15",
    name: "Mevrouw, 86, woont alleen, weet veel antwoorden niet, bang om te vallen",
    answers: {
      difficulties: ["help.calling_after_fall", "mobility.getting_up"],
      context: { "household.lives_alone": true },
    },
  },
  {
    id: "p16",
    name: "Meneer, 75, mantelzorger van zijn vrouw met dementie, zij loopt weg",
    answers: {
      difficulties: ["wandering.getting_lost", "door.who_is_there"],
      context: { "household.lives_alone": false, "network.carer_nearby": true, "digital.wifi": true, "digital.smartphone": true, "home.bolt_on_door": false },
    },
  },
  {
    id: "p17",
    name: "Mevrouw, 80, ziet niet wie er aanbelt, doet de deur op de knip",
    answers: {
      difficulties: ["door.who_is_there"],
      context: { "household.lives_alone": true, "home.bolt_on_door": true, "digital.wifi": false, "digital.smartphone": false },
    },
  },
  {
    id: "p18",
    name: "Meneer, 87, hond in huis, kleine meubels, kan niet bukken",
    answers: {
      difficulties: ["housework.vacuuming", "reach.picking_up"],
      context: { "household.lives_alone": true, "home.pets": true, "home.small_furniture": true, "home.clutter": "some", "digital.wifi": true, "digital.smartphone": false },
    },
  },
  {
    id: "p19",
    name: "Mevrouw, 91, woont alleen, raakt de tijd kwijt, weet niet welke dag het is",
    answers: {
      difficulties: ["orientation.time", "medication.remembering", "social.loneliness"],
      context: { "household.lives_alone": true, "care.home_care": true, "network.carer_nearby": true, "digital.wifi": false },
    },
  },
  {
    id: "p20",
    name: "Meneer, 70, na een beroerte, moeite met lopen, douchen en het toilet",
    answers: {
      difficulties: ["mobility.walking", "bathing", "toilet.sitting_down", "toilet.night"],
      context: { "household.lives_alone": false, "home.stairs_inside": true, "home.thresholds": true, "home.rugs": false, "care.home_care": true },
    },
  },
  {
    id: "p21",
    name: "Mevrouw, 83, slechthorend en slechtziend, woont alleen",
    answers: {
      difficulties: ["hearing.sounds", "reading.small_print", "communication.phone"],
      context: { "household.lives_alone": true, "digital.wifi": false, "digital.smartphone": false, "network.carer_nearby": true },
    },
  },
  {
    id: "p22",
    name: "Meneer, 79, rommelig huis, vergeet het fornuis, heeft wifi",
    answers: {
      difficulties: ["cooking.forgets_stove", "housework.vacuuming"],
      context: { "household.lives_alone": true, "home.clutter": "a_lot", "digital.wifi": true, "digital.smartphone": true, "home.pets": false },
    },
  },
  {
    id: "p23",
    name: "Mevrouw, 88, met partner die ook slecht ter been is, 's nachts onrustig",
    answers: {
      difficulties: ["toilet.night", "help.calling_after_fall", "mobility.getting_up"],
      context: { "household.lives_alone": false, "home.stairs_inside": false, "home.rugs": true, "home.thresholds": "unknown", "care.home_care": false, "network.carer_nearby": "unknown" },
    },
  },
  {
    id: "p24",
    name: "Meneer, 84, weet niet of hij de deur op de knip doet, valt vaker",
    answers: {
      difficulties: ["help.calling_after_fall", "mobility.walking", "wandering.getting_lost"],
      context: { "home.bolt_on_door": "unknown", "home.clutter": "unknown", "digital.wifi": "unknown", "digital.smartphone": false, "home.pets": "unknown", "home.small_furniture": "unknown" },
    },
  },
];
