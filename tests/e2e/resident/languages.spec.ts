import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

/**
 * The resident flow in another language, chosen by a shareable link (?taal=) and kept in a cookie: home → start →
 * questions → advice, in Arabic (right to left) and in Turkish, axe clean, at 320 px without sideways scroll.
 */
interface Language {
  code: "ar" | "tr";
  dir: "rtl" | "ltr";
  start: string;
  startTitle: string;
  alone: string;
  begin: string;
  difficultiesHeading: string;
  vacuuming: string;
  next: string;
  placeHeading: string;
  toAdvice: string;
  /** a sentence the engine's code "lendable" becomes on the advice page */
  lendable: string;
}

const LANGUAGES: Language[] = [
  {
    code: "ar",
    dir: "rtl",
    start: "ابدأ الأسئلة",
    startTitle: "نصيحة عن الأدوات المساعدة في البيت",
    alone: "أملؤه وحدي",
    begin: "ابدأ الأسئلة",
    difficultiesHeading: "ما الصعب عليك؟",
    vacuuming: "التنظيف بالمكنسة الكهربائية",
    next: "التالي",
    placeHeading: "أين تسكن؟",
    toAdvice: "إلى نصيحتي",
    lendable: "يمكنك أن تستعيره أولًا وتجرّبه.",
  },
  {
    code: "tr",
    dir: "ltr",
    start: "Sorulara başlayın",
    startTitle: "Ev için yardımcı araçlar hakkında tavsiye",
    alone: "Tek başıma dolduruyorum",
    begin: "Sorulara başlayın",
    difficultiesHeading: "Ne zor geliyor?",
    vacuuming: "Süpürge yapmak",
    next: "İleri",
    placeHeading: "Nerede oturuyorsunuz?",
    toAdvice: "Tavsiyeme git",
    lendable: "Önce ödünç alıp deneyebilirsiniz.",
  },
];

/** The page speaks the language (lang, dir), does not scroll sideways at 320 px, and (unless `axe` is false) is axe clean. */
async function check(page: Page, lang: Language, context: string, axe = true): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
  await expect(page.locator("html")).toHaveAttribute("dir", lang.dir);
  if (axe) await expectNoAxeViolations(page, `${lang.code}: ${context}`);
  await expectNoHorizontalScroll(page);
}

for (const lang of LANGUAGES) {
  test(`the whole flow in ${lang.code} at 320 px: link with ?taal=, questions, advice`, async ({ page, context }) => {
    test.setTimeout(480_000); // about 15 pages at 320 px on a shared machine
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/?taal=${lang.code}`);
    await check(page, lang, "home");
    // the choice is kept in a cookie: the next page speaks it without ?taal=
    expect((await context.cookies()).find((c) => c.name === "ttv_taal")?.value).toBe(lang.code);
    await expect(page.getByRole("link", { name: "Nederlands" }).first()).toHaveAttribute("lang", "nl");

    await page.getByRole("link", { name: lang.start }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.startTitle);
    await check(page, lang, "start");
    await page.getByRole("radio", { name: "Den Haag" }).check();
    await page.getByRole("radio", { name: lang.alone }).check();
    await page.getByRole("button", { name: lang.begin }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.difficultiesHeading);
    await check(page, lang, "what is difficult");
    await page.getByRole("checkbox", { name: new RegExp(`^${lang.vacuuming}`) }).check();
    // the other difficulty screens and the context questions: skip with "next" until the place question
    // (axe on the first context question and on the place question; every screen is checked for lang, dir and width)
    for (let guard = 0, scanned = false; guard < 25; guard++) {
      if ((await page.getByRole("heading", { level: 1 }).textContent()) === lang.placeHeading) break;
      const before = page.url();
      await page.getByRole("button", { name: lang.next, exact: true }).click();
      await expect(page).not.toHaveURL(before);
      const context = (await page.getByRole("radiogroup").count()) > 0;
      await check(page, lang, page.url(), context && !scanned);
      if (context) scanned = true;
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.placeHeading);
    await expectNoAxeViolations(page, `${lang.code}: place`);
    await page.getByRole("button", { name: lang.toAdvice }).click();

    await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/advies$/);
    await expect(page.getByText(lang.lendable).filter({ visible: true }).first()).toBeVisible();
    await check(page, lang, "advice");
  });
}

test("Dutch stays the default and the language can be switched back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.goto("/?taal=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Live independently at home for longer, with the right aids");
  await page.getByRole("link", { name: "Nederlands" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Langer zelfstandig thuis wonen, met de juiste hulpmiddelen");
  await page.goto("/advies");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("the municipality's own address speaks the resident's language too (its welcome text stays Dutch, marked so)", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/den-haag?taal=tr");
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Den Haag şehrinde daha uzun süre kendi evinizde bağımsız yaşayın");
  await expect(page.getByRole("link", { name: "Sorulara başlayın" })).toBeVisible();
  await expect(page.getByText("Den Haag belediyesinin Wmo masasıyla iletişime geçin", { exact: false })).toBeVisible();
  await expect(page.getByText("Bekijk alle uitleenpunten")).toHaveCount(0);
  await expectNoAxeViolations(page, "tr: /den-haag");
  await expectNoHorizontalScroll(page);

  await page.goto("/den-haag?taal=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("العيش باستقلالية في بيتك لفترة أطول في Den Haag");
  await expectNoAxeViolations(page, "ar: /den-haag");
  await expectNoHorizontalScroll(page);
});
