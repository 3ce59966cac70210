import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

/** The question screen is shown: its heading and a step address. */
async function expectQuestion(page: Page, question: string | RegExp): Promise<void> {
  await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/stap\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(question);
  // every screen has its own title: "Vraag 3 van 11: Uw huis | …"
  const step = /\/stap\/(\d+)$/.exec(page.url())?.[1];
  await expect(page).toHaveTitle(new RegExp(`^Vraag ${step}\\b.*\\| Thuis Technologie Verkenner$`));
}

/** Answers the question on screen (checks the heading first), scans it with axe, and moves on. */
async function answer(page: Page, question: string | RegExp, choice: string): Promise<void> {
  await expectQuestion(page, question);
  await expectNoAxeViolations(page, `vraag: ${String(question)}`);
  await page.getByRole("radio", { name: choice, exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(question);
}

async function codeOnAdvicePage(page: Page): Promise<string> {
  const shown = await page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/).first().textContent();
  expect(shown).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return shown as string;
}

test("a resident goes from the home page through the questions to advice with reasons, exclusions and availability", async ({ page }) => {
  test.setTimeout(180_000); // a long flow: about 20 pages, each scanned with axe
  await page.goto("/");
  await expectNoAxeViolations(page, "home");
  await page.getByRole("link", { name: "Start met de vragen" }).click();

  // start: municipality (there are two) and "together with someone"
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Advies over hulpmiddelen voor thuis");
  await expectNoAxeViolations(page, "start");
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(page.getByText("Kies de gemeente waar u woont.").first()).toBeVisible();
  await expectNoAxeViolations(page, "start met foutmelding");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("radio", { name: "Ik vul het samen in met iemand" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();

  // 1. what is difficult: a few life domains per screen
  await expectQuestion(page, "Wat gaat moeilijk?");
  await expect(page.getByText("U vult dit samen in.")).toBeVisible();
  await expect(page.getByText(/^Vraag 1\W+Wat gaat moeilijk\? \(deel 1 van \d\)$/)).toBeVisible();
  await expectNoAxeViolations(page, "wat gaat moeilijk, deel 1");
  await page.getByRole("checkbox", { name: "Stofzuigen" }).check();
  await page.getByRole("checkbox", { name: "'s Nachts naar de wc" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText(/^Vraag 2\W+Wat gaat moeilijk\? \(deel 2 van \d\)$/)).toBeVisible();
  // nothing else applies: "Volgende" on the other difficulty screens
  for (let guard = 0; guard < 5; guard++) {
    await expectQuestion(page, "Wat gaat moeilijk?");
    await expectNoAxeViolations(page, `wat gaat moeilijk, ${page.url()}`);
    const before = page.url();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).not.toHaveURL(before);
    if ((await page.getByRole("heading", { level: 1 }).textContent()) !== "Wat gaat moeilijk?") break;
  }

  // 2. only the follow-up questions that matter, with a progress indicator
  await expectQuestion(page, "Staan er spullen op de vloer, zoals dozen, tassen of snoeren?");
  await expect(page.getByText(/^Vraag \d+ van \d+\W+Uw huis$/)).toBeVisible();
  await answer(page, "Staan er spullen op de vloer, zoals dozen, tassen of snoeren?", "Ja, veel");
  await answer(page, "Zijn er drempels tussen de kamers?", "Weet ik niet");

  // the back button keeps answers: the answer on this screen and the one before
  await expectQuestion(page, "Staan er veel kleine tafeltjes of stoelen dicht bij elkaar?");
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByRole("button", { name: "Vorige vraag" }).click();
  await expectQuestion(page, "Zijn er drempels tussen de kamers?");
  await expect(page.getByRole("radio", { name: "Weet ik niet" })).toBeChecked();
  await expectNoAxeViolations(page, "terug naar drempels");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expectQuestion(page, "Staan er veel kleine tafeltjes of stoelen dicht bij elkaar?");
  await expect(page.getByRole("radio", { name: "Ja", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Staan er veel kleine tafeltjes of stoelen dicht bij elkaar?");

  // the rest of the home, life and digital questions (which ones depends on the questionnaire's data)
  const answers: Record<string, string> = { "Woont u alleen?": "Ja", "Heeft u wifi (draadloos internet) thuis?": "Ja" };
  const sectionsSeen = new Set<string>();
  let keyboardDone = false;
  for (let guard = 0; guard < 20; guard++) {
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    if (heading === "Waar woont u?") break;
    await expectQuestion(page, heading);
    for (const section of ["Uw huis", "Uw leven en de mensen om u heen", "Internet en telefoon"]) {
      if (await page.getByText(new RegExp(`^Vraag \\d+ van \\d+\\W+${section}$`)).isVisible()) sectionsSeen.add(section);
    }
    if (!keyboardDone) {
      // keyboard: Tab to the first answer, the arrow keys choose the second (as in any radio group, for those who know
      // them), Tab to "Volgende", Enter. (Every answer is also its own Tab stop: keyboard.spec.ts.)
      await expectNoAxeViolations(page, `toetsenbord: ${heading}`);
      const radios = page.getByRole("radio");
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press("Tab");
        if (await radios.first().evaluate((el) => el === document.activeElement)) break;
      }
      await expect(radios.first()).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(radios.nth(1)).toBeChecked();
      await expect(radios.nth(1)).toBeFocused();
      const next = page.getByRole("button", { name: "Volgende" });
      for (let i = 0; i < 10 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      await expect(next).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading);
      keyboardDone = true;
      continue;
    }
    await answer(page, heading, answers[heading] ?? "Weet ik niet");
  }
  expect(keyboardDone).toBe(true);
  expect([...sectionsSeen]).toEqual(["Uw huis", "Uw leven en de mensen om u heen", "Internet en telefoon"]);

  // last: postcode (a wrong one first: a Dutch message, nothing lost)
  await expectQuestion(page, "Waar woont u?");
  await expectNoAxeViolations(page, "postcode");
  await page.getByLabel("Uw postcode").fill("25");
  await page.getByRole("button", { name: "Naar mijn advies" }).click();
  await expect(page.getByText(/Deze postcode klopt niet/).first()).toBeVisible();
  await expect(page.getByLabel("Uw postcode")).toHaveValue("25");
  await expectNoAxeViolations(page, "postcode met foutmelding");
  await page.getByLabel("Uw postcode").fill("2545 GH");
  await page.getByRole("button", { name: "Naar mijn advies" }).click();

  // the advice
  await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/advies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expect(page).toHaveTitle("Uw advies | Thuis Technologie Verkenner");
  await expect(page.getByRole("heading", { name: "Dit past het best bij u" })).toBeVisible();
  const first = page.getByRole("article").first();
  await expect(first.getByRole("heading", { name: "Waarom dit bij u past" })).toBeVisible();
  await expect(first.getByRole("listitem").first()).not.toBeEmpty();
  // lending centres with live availability, nearest first (the resident's postcode is the Leyweg hub's)
  await expect(page.getByText(/^Nu te leen: \d+ stuks?$/).first()).toBeVisible();
  await expect(page.getByText("Dichtstbij").first()).toBeVisible();
  const reserve = page.getByRole("link", { name: /^Reserveren/ }).first();
  await expect(reserve).toHaveAttribute("href", /^\/reserveren\/[a-z0-9-]+\/[a-z0-9-]+(\?advies=[A-Z0-9]+)?$/);
  // the robot vacuum is ruled out, with its reason
  const ruledOut = page.getByRole("region", { name: "Wat niet bij u past" });
  const robot = ruledOut.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Robotstofzuiger" }) });
  await expect(robot.getByText("Niet voor u, omdat er veel spullen op de vloer staan. Een robotstofzuiger blijft daar steken.")).toBeVisible();
  await expect(robot.getByText(/Niet voor u, omdat er veel kleine tafeltjes/)).toBeVisible();
  // tips without a device
  const tips = page.getByRole("region", { name: "Tips zonder apparaat" });
  await expect(tips.getByText(/Zorg voor licht op de weg van uw bed naar de wc/)).toBeVisible();
  // what was filled in, including "Weet ik niet"
  const filledIn = page.getByRole("region", { name: "Wat u heeft ingevuld" });
  await expect(filledIn.getByText("Stofzuigen, 's Nachts naar de wc")).toBeVisible();
  await expect(filledIn.getByText("Weet ik niet").first()).toBeVisible();
  await expect(filledIn.getByText("Postcode 2545 GH")).toBeVisible();
  await expect(filledIn.getByText("Samen met iemand")).toBeVisible();
  await expectNoAxeViolations(page, "advies");

  // the print view: buttons and navigation hidden, reasons and the code kept (short version: deliberately without the
  // full cards since the advice page got its summary and an optional appendix)
  const code = await codeOnAdvicePage(page);
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(reserve).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Antwoorden aanpassen" }).first()).toBeHidden();
  // the short printout: the best suggestions in brief (the full cards are the optional appendix)
  await expect(page.getByRole("heading", { name: "Waarom dit past, en wat u eerst moet regelen" })).toBeVisible();
  await expect(first).toBeHidden();
  await expect(page.getByText(code, { exact: true })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // resume with the code, typed the way people type
  await page.goto("/advies/hervatten");
  await expectNoAxeViolations(page, "hervatten");
  await page.getByLabel("Uw code").fill("XXXX-XXXX");
  await page.getByRole("button", { name: "Verder gaan" }).click();
  await expect(page.getByText(/Wij vinden deze code niet/).first()).toBeVisible();
  await expectNoAxeViolations(page, "hervatten met foutmelding");
  await page.getByLabel("Uw code").fill(` ${code.toLowerCase()} `);
  await page.getByRole("button", { name: "Verder gaan" }).click();
  await expect(page).toHaveURL(new RegExp(`/advies/${code.replace("-", "")}/advies$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");

  // changing answers later starts at the first question, with the earlier choice kept
  await page.getByRole("link", { name: "Antwoorden aanpassen" }).first().click();
  await expectQuestion(page, "Wat gaat moeilijk?");
  await expect(page.getByRole("checkbox", { name: "Stofzuigen" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "'s Nachts naar de wc" })).toBeChecked();
});

test("a resident who does not know what is difficult can skip, and gets an honest page instead of advice", async ({ page }) => {
  await page.goto("/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  for (let guard = 0; guard < 5; guard++) {
    await expectQuestion(page, "Wat gaat moeilijk?");
    if (await page.getByRole("button", { name: "Ik weet het niet, sla over" }).isVisible()) break;
    const before = page.url();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).not.toHaveURL(before);
  }
  await page.getByRole("button", { name: "Ik weet het niet, sla over" }).click();
  await answer(page, "Woont u alleen?", "Nee");
  await expectQuestion(page, "Waar woont u?");
  await page.getByRole("radiogroup", { name: "Of kies uw wijk" }).getByRole("radio", { name: "Escamp" }).check();
  await page.getByRole("button", { name: "Naar mijn advies" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expect(page.getByRole("heading", { name: "U heeft nog niet gekozen wat moeilijk gaat" })).toBeVisible();
  // an empty advice still has a next step: the municipality's Wmo desk, with phone, opening times and website
  const desk = page.getByRole("region", { name: "Hulp van de gemeente: het Wmo-loket" }).first();
  await expect(desk).toBeVisible();
  await expect(desk.getByRole("link", { name: "14 070" })).toHaveAttribute("href", "tel:14070");
  await expect(desk.getByText("maandag tot en met vrijdag van 8.00 tot 17.00 uur")).toBeVisible();
  await expect(desk.getByRole("link", { name: "www.denhaag.nl/wmo" })).toHaveAttribute("href", "https://www.denhaag.nl/wmo");
  // and in print
  await page.emulateMedia({ media: "print" });
  await expect(desk.getByText("14 070")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("region", { name: "Wat u heeft ingevuld" }).getByText("Wijk Escamp")).toBeVisible();
  await expectNoAxeViolations(page, "advies zonder keuze");
});

test("an unknown code shows a friendly Dutch page", async ({ page }) => {
  const response = await page.goto("/advies/BCDFGHJK/advies");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wij vinden deze code niet");
  await expect(page.getByRole("link", { name: "Code opnieuw invullen" })).toBeVisible();
  await expectNoAxeViolations(page, "onbekende code");
});

test("on a 320 px phone every page of the flow fits and the advice works without a postcode", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/advies");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "start 320px");
  await page.getByRole("radio", { name: "Rijswijk" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();

  // nothing chosen on any difficulty screen: the last one asks to choose something (or to skip)
  for (let guard = 0; guard < 5; guard++) {
    await expectQuestion(page, "Wat gaat moeilijk?");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, `wat gaat moeilijk 320px, ${page.url()}`);
    if (await page.getByRole("button", { name: "Ik weet het niet, sla over" }).isVisible()) break;
    const before = page.url();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).not.toHaveURL(before);
  }
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText(/U heeft nog niets gekozen/).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "wat gaat moeilijk 320px, met foutmelding");
  await page.getByRole("checkbox", { name: "Medicijnen onthouden" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Wat gaat moeilijk?");

  // every question answered with "Weet ik niet" until the last screen
  for (let guard = 0; guard < 20; guard++) {
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    if (heading === "Waar woont u?") break;
    await expectQuestion(page, heading);
    await expectNoHorizontalScroll(page);
    await answer(page, heading, "Weet ik niet");
  }

  // skip the place: both fields empty
  await expectQuestion(page, "Waar woont u?");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "postcode 320px");
  await page.getByRole("button", { name: "Naar mijn advies" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expect(page.getByRole("heading", { name: "Waarom dit bij u past" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Let op: controleer eerst" }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "advies 320px");
});

test.describe("without JavaScript", () => {
  // Plain HTML form posts to the server actions (works because the site's Referrer-Policy is same-origin).
  // axe needs JavaScript to run, so these pages (the same markup as with JavaScript) are scanned in the tests above.
  test.use({ javaScriptEnabled: false });

  test("the questions, the back button, errors and the advice work as plain form posts", async ({ page }) => {
    await page.goto("/advies");
    await page.getByRole("radio", { name: "Rijswijk" }).check();
    await page.getByRole("button", { name: "Begin met de vragen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gaat moeilijk?");

    while (!(await page.getByRole("checkbox", { name: "Kleine letters lezen" }).isVisible())) {
      await page.getByRole("button", { name: "Volgende" }).click();
    }
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByText(/U heeft nog niets gekozen/).first()).toBeVisible();
    await page.getByRole("checkbox", { name: "Kleine letters lezen" }).check();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Woont u alleen?");

    await page.getByRole("radio", { name: "Nee", exact: true }).check();
    await page.getByRole("button", { name: "Vorige vraag" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gaat moeilijk?");
    await expect(page.getByRole("checkbox", { name: "Kleine letters lezen" })).toBeChecked();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByRole("radio", { name: "Nee", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Volgende" }).click();

    await page.getByLabel("Uw postcode").fill("99");
    await page.getByRole("button", { name: "Naar mijn advies" }).click();
    await expect(page.getByText(/Deze postcode klopt niet/).first()).toBeVisible();
    await expect(page.getByLabel("Uw postcode")).toHaveValue("99");
    await page.getByLabel("Uw postcode").fill("2284DP");
    await page.getByRole("button", { name: "Naar mijn advies" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
    await expect(page.getByRole("heading", { name: "Waarom dit bij u past" }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Wat u heeft ingevuld" }).getByText("Postcode 2284 DP")).toBeVisible();
    // printing needs JavaScript: the button is not offered without it
    await expect(page.getByRole("button", { name: "Afdrukken" })).toHaveCount(0);
  });
});
