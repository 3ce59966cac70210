import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { getDocumentProxy, extractText } from "unpdf";
import { insertDenHaagCase, newReference, query } from "../admin/db";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

/**
 * The advice, its printout (with every detail) and the conversation report, in Arabic (right to left) and in Turkish
 * at 320 px: no Dutch words of the app's own texts are left (the catalogue's product texts and place names may still
 * be Dutch where a product is not translated yet, so the check uses the app's own phrases), axe clean, no sideways scroll.
 */

/** Phrases the advice, the printout and the questionnaire's pages said in Dutch; none may show in another language. */
const DUTCH_ADVICE = [
  "Waarom",
  "Lenen",
  "Uitleenpunt",
  "Niet voor u",
  "Let op",
  "Wat is ervoor nodig",
  "Zo kunt u het betalen",
  "Nu te leen",
  "te leen vanaf",
  "Nu niet te leen",
  "Dichtstbij",
  "Reserveren",
  "Op de wachtlijst",
  "Hulp van de gemeente",
  "Wmo-loket",
  "Bellen",
  "cliëntondersteuner",
  "houdt iets bij",
  "Wie ziet dat",
  "Hoe stopt u",
  "Niemand mag",
  "Met deze code",
  "Wat u heeft ingevuld",
  "Wat moeilijk gaat",
  "Waar u woont",
  "Wie vulde dit in",
  "Afdrukken",
  "Print met alle details",
  "Bijlage",
  "Via de gemeente",
  "Zelf kopen",
  "eigen bijdrage",
  "per maand",
  "Tips zonder apparaat",
  "Hoe gaat het verder",
  "Uw advies",
  "Antwoorden aanpassen",
  "Postcode",
];
/** Phrases of the report and its pages in Dutch. */
const DUTCH_REPORT = [
  "Verslag van ons gesprek",
  "Datum van het gesprek",
  "Kenmerk",
  "Wat gaat moeilijk",
  "Wat hebben wij besproken",
  "Ons advies",
  "Waarom dit bij u past",
  "Niet voor u, omdat",
  "Reserveringen",
  "Afspraken",
  "Wie:",
  "Wanneer:",
  "Uw gegevens",
  "Download als pdf",
  "Afdrukken",
  "Reageren",
  "Uw reactie",
  "Reactie versturen",
  "Codes voor de gemeente",
  "Algemeen",
];

interface Language {
  code: "ar" | "tr";
  dir: "rtl" | "ltr";
  adviceTitle: string;
  reportTitle: string;
  printAll: string;
  emptyCode: string;
}
const LANGUAGES: Language[] = [
  { code: "ar", dir: "rtl", adviceTitle: "نصيحتك", reportTitle: "تقرير حديثنا", printAll: "اطبع مع كل التفاصيل", emptyCode: "اكتب رمزك." },
  { code: "tr", dir: "ltr", adviceTitle: "Tavsiyeniz", reportTitle: "Görüşmemizin raporu", printAll: "Tüm ayrıntılarla yazdır", emptyCode: "Kodunuzu girin." },
];

/** An assessment in Den Haag with answers that give suggestions (one that records something), exclusions and tips. */
async function insertAssessment(): Promise<string> {
  const [m] = await query<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = 'den-haag'`);
  const code = newReference();
  const answers = { difficulties: ["wandering.getting_lost", "housework.vacuuming", "toilet.night"], context: { "home.clutter": "a_lot", "digital.smartphone": true } };
  await query(
    `INSERT INTO "Assessment" (id, code, "municipalityId", answers, postcode, together, step, "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, $4, '2545 GH', 'alone', 99, now() + interval '30 days', now())`,
    [randomUUID(), code, m!.id, JSON.stringify(answers)],
  );
  return code;
}

/** A conversation with answers, notes, a step and a report code for the resident. */
async function insertReport(): Promise<string> {
  const { id } = await insertDenHaagCase();
  await query(`UPDATE "Assessment" SET answers = $2 WHERE "caseId" = $1`, [id, JSON.stringify({ difficulties: ["wandering.getting_lost"], context: {} })]);
  const reportCode = `${newReference()}${newReference().slice(0, 4)}`;
  await query(`UPDATE "Case" SET "reportCode" = $2 WHERE id = $1`, [id, reportCode]);
  return reportCode;
}

/** Names of places (lending centres such as "Uitleenpunt Bibliotheek Centrale", municipalities) stay as they are. */
let placeNames: string[] = [];
test.beforeAll(async () => {
  const rows = await query<{ name: string }>(`SELECT name FROM "LendingCentre" UNION SELECT name FROM "Municipality"`);
  placeNames = rows.map((r) => r.name).sort((a, b) => b.length - a.length);
});

/** The page's text as a reader sees it (hidden parts left out), without the names of places. */
async function visibleText(page: Page): Promise<string> {
  let text = await page.evaluate(() => document.body.innerText);
  for (const name of placeNames) text = text.replaceAll(name, " ");
  return text;
}

async function expectNoDutch(page: Page, phrases: string[], what: string): Promise<void> {
  const text = await visibleText(page);
  expect(phrases.filter((p) => text.includes(p)), `Dutch left on ${what}`).toEqual([]);
}

async function check(page: Page, lang: Language, what: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
  await expect(page.locator("html")).toHaveAttribute("dir", lang.dir);
  await expectNoAxeViolations(page, `${lang.code}: ${what}`);
  await expectNoHorizontalScroll(page);
}

for (const lang of LANGUAGES) {
  test(`${lang.code} at 320 px: the advice, its printout and the report without Dutch`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const code = await insertAssessment();
    const reportCode = await insertReport();

    // the advice on screen
    await page.goto(`/advies/${code}/advies?taal=${lang.code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.adviceTitle);
    await check(page, lang, "advice");
    await expectNoDutch(page, DUTCH_ADVICE, "the advice");
    if (lang.code === "ar") {
      const shot = testInfo.outputPath("advice-ar-320.png");
      await page.screenshot({ path: shot, fullPage: true });
      await testInfo.attach("advice-ar-320", { path: shot, contentType: "image/png" });
    }

    // the printout with every detail (the appendix shows only in print)
    await page.goto(`/advies/${code}/advies?afdruk=alles`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#details")).toBeVisible();
    await expectNoDutch(page, DUTCH_ADVICE, "the printout with every detail");
    await page.emulateMedia({ media: "screen" });

    // resuming with a code, with a mistake: the message in the language
    await page.goto("/advies/hervatten");
    await page.locator('form:has(#code) button[type="submit"]').click();
    await expect(page.locator("#code-fout")).toHaveText(lang.emptyCode);
    await check(page, lang, "resume with an error");
    await expectNoDutch(page, ["Verder gaan", "Uw code", "Vul uw code in", "Geen code", "tekens"], "resume");

    // the report, the page to type its code, and its PDF
    await page.goto("/verslag");
    await check(page, lang, "report code");
    await expectNoDutch(page, [...DUTCH_REPORT, "Verslag openen", "Bijvoorbeeld"], "the report code page");
    await page.goto(`/verslag/${reportCode}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.reportTitle);
    await expect(page.getByRole("article")).toHaveAttribute("dir", lang.dir);
    await check(page, lang, "report");
    await expectNoDutch(page, DUTCH_REPORT, "the report");
    await page.emulateMedia({ media: "print" });
    await expectNoDutch(page, DUTCH_REPORT, "the printed report");
    await page.emulateMedia({ media: "screen" });

    const pdf = await page.request.get(`/verslag/${reportCode}/pdf`);
    expect(pdf.status()).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
    expect(["Verslag", "Kenmerk", "Pagina", "Datum van het gesprek", "Ons advies", "Uw gegevens"].filter((w) => text.includes(w))).toEqual([]);
    if (lang.code === "tr") expect(text).toContain("Görüşmemizin raporu");
  });
}
