/**
 * The questionnaire: texts (Dutch, B1), options and which follow-up questions matter for which difficulty.
 * Pure data, shared by the resident's pages, the consultant's workspace and GET /api/v1/questions.
 * ICF codes stay behind the scenes: residents see plain words.
 */
import type { BooleanContextCode, ContextCode, DifficultyCode } from "./codes";

export interface DifficultyQuestion {
  code: DifficultyCode;
  /** short label on the choice: "Stofzuigen" */
  label: string;
  /** one plain sentence under the label */
  hint: string;
  icf: string[];
}

export interface DifficultyGroup {
  id: string;
  title: string;
  difficulties: DifficultyQuestion[];
}

export const DIFFICULTY_GROUPS: DifficultyGroup[] = [
  {
    id: "huishouden",
    title: "Huishouden en koken",
    difficulties: [
      { code: "housework.vacuuming", label: "Stofzuigen", hint: "Stofzuigen is zwaar of lukt niet meer.", icf: ["d640"] },
      { code: "cooking.forgets_stove", label: "Het fornuis vergeten", hint: "Ik vergeet soms het fornuis of de kookplaat uit te zetten.", icf: ["d630", "b144"] },
      { code: "reach.picking_up", label: "Bukken en pakken", hint: "Iets van de grond of van hoog pakken is moeilijk.", icf: ["d430", "d440"] },
    ],
  },
  {
    id: "wassen-toilet",
    title: "Wassen en naar de wc",
    difficulties: [
      { code: "bathing", label: "Douchen", hint: "Staan onder de douche is moeilijk of niet veilig.", icf: ["d510"] },
      { code: "toilet.night", label: "'s Nachts naar de wc", hint: "'s Nachts veilig naar de wc gaan is moeilijk.", icf: ["d530", "d4600"] },
      { code: "toilet.sitting_down", label: "Op en van de wc", hint: "Gaan zitten op de wc of weer opstaan is zwaar.", icf: ["d530", "d410"] },
    ],
  },
  {
    id: "bewegen",
    title: "Bewegen in en om het huis",
    difficulties: [
      { code: "mobility.getting_up", label: "Opstaan uit een stoel", hint: "Opstaan uit een stoel of bed kost veel moeite.", icf: ["d410"] },
      { code: "mobility.walking", label: "Lopen", hint: "Lopen gaat moeilijk, ik ben bang om te vallen.", icf: ["d450", "d4600"] },
      { code: "mobility.stairs", label: "De trap", hint: "De trap op en af gaan is zwaar of niet veilig.", icf: ["d4551"] },
    ],
  },
  {
    id: "veiligheid",
    title: "Veilig thuis",
    difficulties: [
      { code: "help.calling_after_fall", label: "Hulp roepen na een val", hint: "Als ik val, kan ik misschien niemand bereiken.", icf: ["d570"] },
      { code: "door.who_is_there", label: "Wie staat er voor de deur?", hint: "Ik weet niet goed wie er aanbelt, of ik kom niet snel bij de deur.", icf: ["d4600"] },
      { code: "wandering.getting_lost", label: "De weg kwijtraken", hint: "Ik (of mijn naaste) raak buiten soms de weg kwijt.", icf: ["b114", "d460"] },
    ],
  },
  {
    id: "geheugen",
    title: "Geheugen en gezondheid",
    difficulties: [
      { code: "medication.remembering", label: "Medicijnen onthouden", hint: "Ik vergeet mijn medicijnen of neem ze op het verkeerde moment.", icf: ["d570", "b144"] },
      { code: "orientation.time", label: "Dag en tijd", hint: "Ik weet soms niet welke dag of welk deel van de dag het is.", icf: ["b114", "d230"] },
    ],
  },
  {
    id: "contact",
    title: "Contact met anderen",
    difficulties: [
      { code: "social.loneliness", label: "Alleen voelen", hint: "Ik voel me vaak alleen en zie weinig mensen.", icf: ["d760", "d910"] },
      { code: "communication.phone", label: "Bellen", hint: "Een gewone telefoon is lastig te gebruiken.", icf: ["d360"] },
      { code: "hearing.sounds", label: "Horen", hint: "Ik hoor de deurbel of de telefoon niet goed.", icf: ["d115", "b230"] },
    ],
  },
  {
    id: "zien",
    title: "Zien en lezen",
    difficulties: [
      { code: "reading.small_print", label: "Kleine letters lezen", hint: "Kleine letters lezen lukt niet goed, ook niet met een bril.", icf: ["d166", "b210"] },
    ],
  },
];

export const ALL_DIFFICULTIES: DifficultyQuestion[] = DIFFICULTY_GROUPS.flatMap((g) => g.difficulties);

export type ContextSection = "home" | "life" | "digital";

export interface ContextOption {
  value: string;
  label: string;
}

export interface ContextQuestion {
  code: ContextCode;
  section: ContextSection;
  question: string;
  /** why we ask, in one plain sentence */
  why: string;
  /** "boolean" = ja / nee / weet ik niet; "choice" = options + weet ik niet */
  kind: "boolean" | "choice";
  options: ContextOption[];
  /** asked only when one of these difficulties was chosen; "always" for every resident */
  relevantFor: DifficultyCode[] | "always";
}

const YES_NO: ContextOption[] = [
  { value: "true", label: "Ja" },
  { value: "false", label: "Nee" },
];

function yesNo(
  code: BooleanContextCode,
  section: ContextSection,
  question: string,
  why: string,
  relevantFor: DifficultyCode[] | "always",
): ContextQuestion {
  return { code, section, question, why, kind: "boolean", options: YES_NO, relevantFor };
}

export const CONTEXT_QUESTIONS: ContextQuestion[] = [
  {
    code: "home.clutter",
    section: "home",
    question: "Staan er spullen op de vloer, zoals dozen, tassen of snoeren?",
    why: "Sommige hulpmiddelen rijden over de vloer en blijven steken achter spullen.",
    kind: "choice",
    options: [
      { value: "none", label: "Nee, de vloer is meestal vrij" },
      { value: "some", label: "Een beetje" },
      { value: "a_lot", label: "Ja, veel" },
    ],
    relevantFor: ["housework.vacuuming", "mobility.walking", "toilet.night"],
  },
  yesNo("home.thresholds", "home", "Zijn er drempels tussen de kamers?", "Drempels zijn lastig met een rollator en voor een robotstofzuiger.", ["housework.vacuuming", "mobility.walking", "toilet.night"]),
  yesNo("home.small_furniture", "home", "Staan er veel kleine tafeltjes of stoelen dicht bij elkaar?", "Een robotstofzuiger komt dan niet overal bij en raakt vast.", ["housework.vacuuming"]),
  yesNo("home.rugs", "home", "Liggen er losse kleden of matten op de vloer?", "Over losse kleden kunt u struikelen. Een robotstofzuiger kan erin vastlopen.", ["housework.vacuuming", "mobility.walking", "toilet.night", "help.calling_after_fall"]),
  yesNo("home.stairs_inside", "home", "Heeft u een trap in huis die u gebruikt?", "Dan is er meer kans op vallen, en sommige apparaten werken maar op één verdieping.", ["housework.vacuuming", "mobility.stairs", "mobility.walking", "toilet.night", "help.calling_after_fall"]),
  yesNo("home.pets", "home", "Heeft u een huisdier dat door het huis loopt?", "Bewegingssensoren kunnen een huisdier zien als een mens.", ["housework.vacuuming", "wandering.getting_lost", "help.calling_after_fall", "toilet.night"]),
  yesNo("home.bolt_on_door", "home", "Doet u de voordeur 's nachts op de knip of een extra slot?", "Bij een alarm moet een hulpverlener met een sleutel naar binnen kunnen.", ["help.calling_after_fall"]),
  yesNo("household.lives_alone", "life", "Woont u alleen?", "Sommige hulpmiddelen werken alleen goed als er maar één persoon in huis woont.", "always"),
  yesNo("network.carer_nearby", "life", "Is er iemand die binnen 15 minuten bij u kan zijn als het nodig is?", "Bij een alarm moet iemand snel kunnen komen, bijvoorbeeld familie of een buur.", ["help.calling_after_fall", "wandering.getting_lost", "medication.remembering", "cooking.forgets_stove", "orientation.time"]),
  yesNo("care.home_care", "life", "Komt de thuiszorg bij u?", "De thuiszorg kan helpen met medicijnen of bij een alarm.", ["medication.remembering", "help.calling_after_fall", "bathing", "orientation.time"]),
  yesNo("digital.wifi", "digital", "Heeft u wifi (draadloos internet) thuis?", "Sommige apparaten werken alleen met wifi.", ["housework.vacuuming", "door.who_is_there", "social.loneliness", "communication.phone", "help.calling_after_fall", "wandering.getting_lost", "medication.remembering", "orientation.time", "cooking.forgets_stove"]),
  yesNo("digital.smartphone", "digital", "Heeft u een smartphone die u zelf gebruikt?", "Sommige apparaten bedient u met een app op een smartphone.", ["housework.vacuuming", "door.who_is_there", "social.loneliness", "wandering.getting_lost", "medication.remembering"]),
];

export const SECTION_TITLES: Record<ContextSection, string> = {
  home: "Uw huis",
  life: "Uw leven en de mensen om u heen",
  digital: "Internet en telefoon",
};

/** The context questions that matter for the chosen difficulties, in questionnaire order. */
export function relevantContextQuestions(difficulties: readonly DifficultyCode[]): ContextQuestion[] {
  const chosen = new Set(difficulties);
  return CONTEXT_QUESTIONS.filter((q) => q.relevantFor === "always" || q.relevantFor.some((d) => chosen.has(d)));
}
