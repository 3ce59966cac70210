import { describe, expect, it } from "vitest";
import { buildCaseReport, reportToText, type CaseReportInput } from "./case-report";

const base: CaseReportInput = {
  reference: "ABCD2345",
  residentName: "J.d.V.",
  consultantName: "Samira El Amrani",
  municipalityName: "Den Haag",
  conversationDay: "2026-11-23",
  retentionDays: 90,
  difficulties: [],
  notes: [],
  recommendations: [],
  notRecommended: [],
  tips: [],
  choices: [],
  reservations: [],
  steps: [],
  outcomes: [],
  residentResponse: null,
};

const gps = {
  slug: "gps-tracker",
  name: "GPS-tracker",
  reasons: ["Uw naaste ziet waar u bent."],
  conditions: ["Hij werkt alleen buiten."],
  fundingRoutes: [
    { route: "rent", costMinEuro: 10, costMaxEuro: 25, period: "month" },
    { route: "buy", costMinEuro: 100, costMaxEuro: 250, period: "once" },
  ] as const,
  iso9999: { code: "22 27 24", edition: "2022" },
  icfCodes: ["d450", "b114"],
};
const robot = {
  slug: "robotstofzuiger",
  name: "Robotstofzuiger",
  reasons: ["Hij zuigt zelf."],
  conditions: [],
  fundingRoutes: [],
  iso9999: { code: "15 12 09", edition: "2022" },
  icfCodes: [],
};

function section(input: Partial<CaseReportInput>, id: string) {
  return buildCaseReport({ ...base, ...input }).sections.find((s) => s.id === id);
}
const text = (input: Partial<CaseReportInput>, id: string) => {
  const s = section(input, id);
  return s ? s.blocks.flatMap((b) => [b.title ?? "", ...(b.text ?? []), ...(b.lists ?? []).flatMap((l) => [l.label, ...l.items])]).join("\n") : null;
};

describe("buildCaseReport", () => {
  const cases: { name: string; input: Partial<CaseReportInput>; id: string; contains?: string[]; absent?: string[]; missing?: boolean }[] = [
    { name: "nothing discussed yet says so in plain words", input: {}, id: "besproken", contains: ["Er zijn geen aantekeningen gemaakt."] },
    { name: "no advice without answers", input: {}, id: "advies", contains: ["Eerst moeten wij samen de vragen invullen."] },
    { name: "the difficulties by their labels, not their codes", input: { difficulties: ["housework.vacuuming", "wandering.getting_lost"] }, id: "moeilijk", contains: ["Stofzuigen", "De weg kwijtraken"], absent: ["housework.vacuuming"] },
    {
      name: "notes grouped per topic, in questionnaire order, Algemeen last",
      input: { notes: [{ topic: "algemeen", text: "Dochter in Delft." }, { topic: "huishouden", text: "Stofzuigen is zwaar." }] },
      id: "besproken",
      contains: ["Huishouden en koken\nStofzuigen is zwaar.\nAlgemeen\nDochter in Delft."],
    },
    {
      name: "the advice with its reasons and what to check; a chosen product is marked",
      input: { recommendations: [gps, robot], choices: [{ slug: "robotstofzuiger", name: "Robotstofzuiger", wantsToTry: true, isMonitoring: false, monitoringDecision: null }] },
      id: "advies",
      contains: ["GPS-tracker\nWaarom dit bij u past:\nUw naaste ziet waar u bent.\nLet op, controleer eerst:\nHij werkt alleen buiten.", "Robotstofzuiger\nU wilt dit proberen."],
    },
    {
      name: "the ISO 9999 code and the ICF codes per suggestion, for the municipality",
      input: { recommendations: [gps, robot] },
      id: "advies",
      contains: ["Codes voor de gemeente:\nISO 9999: 22 27 24 (editie 2022)\nICF: d450, b114", "Codes voor de gemeente:\nISO 9999: 15 12 09 (editie 2022)"],
    },
    {
      name: "the ICF codes of the difficulties, after their plain labels",
      input: { difficulties: ["housework.vacuuming", "cooking.forgets_stove"] },
      id: "moeilijk",
      contains: ["U vertelde dat dit moeilijk gaat:\nStofzuigen\nHet fornuis vergeten\nCodes voor de gemeente (ICF):\nStofzuigen: d640\nHet fornuis vergeten: d630, b144"],
    },
    {
      name: "how to pay per suggestion, as structured routes with their cost",
      input: { recommendations: [gps, robot] },
      id: "advies",
      contains: ["Zo kunt u het betalen:\nHuren of een abonnement: € 10 tot € 25 per maand.\nZelf kopen: € 100 tot € 250."],
    },
    {
      name: "an explained and agreed monitoring product says so",
      input: { recommendations: [gps], choices: [{ slug: "gps-tracker", name: "GPS-tracker", wantsToTry: true, isMonitoring: true, monitoringDecision: "agreed" }] },
      id: "advies",
      contains: ["U hebt uitleg gekregen over wat dit apparaat bijhoudt en wie dat ziet. U vond het goed."],
    },
    {
      name: "what was ruled out, with every reason",
      input: { notRecommended: [{ slug: "robotstofzuiger", name: "Robotstofzuiger", reasons: ["er veel drempels zijn.", "er veel spullen op de vloer staan."] }] },
      id: "afgevallen",
      contains: ["Robotstofzuiger\nNiet voor u, omdat:\ner veel drempels zijn.\ner veel spullen op de vloer staan."],
    },
    {
      name: "a declined monitoring product that is no longer advised is listed as the resident's own choice",
      input: { choices: [{ slug: "leefstijlmonitoring", name: "Leefstijlmonitoring", wantsToTry: false, isMonitoring: true, monitoringDecision: "declined" }] },
      id: "afgevallen",
      contains: ["Leefstijlmonitoring\nU wilde dit niet, omdat het bijhoudt wat u doet. Dat is uw keuze."],
    },
    {
      name: "reservations with the centre, the day and a readable code",
      input: { reservations: [{ reference: "VSW76DSZ", productName: "GPS-tracker", centreName: "Zorginnovatiehub Leyweg", pickupDate: "2026-11-24", status: "RESERVED" }] },
      id: "reserveringen",
      contains: ["Bij Zorginnovatiehub Leyweg. Ophalen op dinsdag 24 november 2026.", "Uw reserveringscode is VSW7-6DSZ."],
    },
    {
      name: "next steps: what, who, by when, and done",
      input: { steps: [{ text: "App installeren", who: "Dochter", dueDate: "2030-01-15", done: true }, { text: "Bellen", who: "Wmo-consulent", dueDate: null, done: false }] },
      id: "afspraken",
      contains: ["App installeren\nWie: Dochter.\nWanneer: uiterlijk dinsdag 15 januari 2030.\nDit is gedaan.", "Bellen\nWie: Wmo-consulent.\nWanneer: geen vaste datum."],
    },
    { name: "the retention period in days", input: { retentionDays: 30 }, id: "gegevens", contains: ["30 dagen na ons laatste contact"] },
    { name: "no tips section without tips", input: {}, id: "tips", missing: true },
    { name: "no outcome section before anything is known", input: {}, id: "uitkomst", missing: true },
    {
      name: "outcomes in words",
      input: { outcomes: [{ productName: "Robotstofzuiger", helped: "partly", result: "returned", why: "Te veel drempels." }] },
      id: "uitkomst",
      contains: ["Hielp het? Een beetje.", "Teruggebracht.", "Waarom: Te veel drempels."],
    },
    { name: "the resident's response", input: { residentResponse: "Mijn dochter heet Fatima." }, id: "reactie", contains: ["Mijn dochter heet Fatima."] },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const found = text(c.input, c.id);
      if (c.missing) {
        expect(found).toBeNull();
        return;
      }
      expect(found).not.toBeNull();
      for (const s of c.contains ?? []) expect(found).toContain(s);
      for (const s of c.absent ?? []) expect(found).not.toContain(s);
    });
  }

  it("names the catalogue version under the advice, only when there is advice and a version", () => {
    expect(text({ recommendations: [robot], catalogueVersion: 3 }, "advies")).toContain("Dit advies komt uit versie 3 van onze lijst met hulpmiddelen.");
    expect(text({ recommendations: [robot], catalogueVersion: null }, "advies")).not.toContain("versie");
    expect(text({ recommendations: [], catalogueVersion: 3 }, "advies")).not.toContain("versie");
  });

  it("starts with the date, the resident, the consultant and the reference", () => {
    const report = buildCaseReport(base);
    expect(report.meta).toEqual([
      { label: "Datum van het gesprek", value: "maandag 23 november 2026" },
      { label: "Met", value: "J.d.V." },
      { label: "Wmo-consulent", value: "Samira El Amrani, gemeente Den Haag" },
      { label: "Kenmerk", value: "ABCD-2345" },
    ]);
    expect(reportToText(report)).toMatch(/^Verslag van ons gesprek\nDatum van het gesprek: maandag 23 november 2026/);
  });
});

describe("buildCaseReport in the resident's language", () => {
  /** Everything the report says around what people typed and the catalogue's texts. */
  const full: CaseReportInput = {
    ...base,
    difficulties: ["housework.vacuuming"],
    notes: [{ topic: "algemeen", text: "N" }],
    recommendations: [gps],
    notRecommended: [{ slug: "robotstofzuiger", name: "Robotstofzuiger", reasons: ["R"] }],
    tips: ["T"],
    catalogueVersion: 3,
    choices: [
      { slug: "gps-tracker", name: "GPS-tracker", wantsToTry: true, isMonitoring: true, monitoringDecision: "agreed" },
      { slug: "leefstijlmonitoring", name: "Leefstijlmonitoring", wantsToTry: false, isMonitoring: true, monitoringDecision: "declined" },
    ],
    reservations: [{ reference: "VSW76DSZ", productName: "GPS-tracker", centreName: "Zorginnovatiehub Leyweg", pickupDate: "2026-11-24", status: "EXPIRED" }],
    steps: [{ text: "S", who: "W", dueDate: "2030-01-15", done: true }, { text: "S2", who: "W2", dueDate: null, done: false }],
    outcomes: [{ productName: "GPS-tracker", helped: "partly", result: "kept", why: "Y" }],
    residentResponse: "Z",
  };
  /** Words of the Dutch report that must not appear in another language (catalogue names and typed text removed first). */
  const DUTCH = ["Verslag", "gesprek", "moeilijk", "besproken", "advies", "Waarom", "Niet voor u", "omdat", "Reserveringen", "Ophalen", "Afspraken", "uiterlijk", "Hielp", "inwoner", "gegevens", "Kenmerk", "gemeente", "Codes voor", "editie", "november", "dinsdag", "Zelf kopen", "per maand", "Tips zonder"];
  const strip = (s: string) => s.replace(/GPS-tracker|Robotstofzuiger|Leefstijlmonitoring|Zorginnovatiehub Leyweg|Samira El Amrani|J\.d\.V\.|Den Haag/g, "");

  it.each(["ar", "tr", "en", "pl"] as const)("%s: no Dutch words, every section in the language", (locale) => {
    const report = buildCaseReport(full, locale);
    const out = strip(reportToText(report) + "\n" + report.footer + "\n" + report.pageOf);
    expect(DUTCH.filter((w) => out.includes(w))).toEqual([]);
    expect(report.locale).toBe(locale);
    expect(report.dir).toBe(locale === "ar" ? "rtl" : "ltr");
  });

  it("Dutch has those words (the check can fail)", () => {
    const out = strip(reportToText(buildCaseReport(full)));
    expect(DUTCH.filter((w) => !out.includes(w) && !["Kenmerk", "Verslag"].includes(w))).toEqual([]);
  });

  it("Arabic: the title, an Arabic date with Latin digits, and the difficulty in Arabic", () => {
    const report = buildCaseReport(full, "ar");
    expect(report.title).toBe("تقرير حديثنا");
    expect(report.meta[0]!.value).toMatch(/23/);
    expect(reportToText(report)).toContain("التنظيف بالمكنسة الكهربائية");
    expect(report.pageOf).toBe("الصفحة {page} من {total}");
  });

  it("Turkish: the reservation line", () => {
    expect(reportToText(buildCaseReport(full, "tr"))).toContain("Yer: Zorginnovatiehub Leyweg. Teslim alma tarihi: 24 Kasım 2026 Salı.");
  });

  it("typed text is marked, so it keeps its own direction", () => {
    const report = buildCaseReport(full, "ar");
    const typed = report.sections.flatMap((s) => s.blocks.filter((b) => b.typed).map(() => s.id));
    expect(typed).toEqual(["besproken", "afspraken", "afspraken", "reactie"]);
  });
});
