import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

// long flows with axe scans on a busy 2-core machine
test.describe.configure({ timeout: 180_000 });

/** A difficulty's own check box in the questionnaire (its name includes the hint, so it is found by its id). */
const choice = (page: Page, code: string) => page.locator(`#moeilijkheid-${code.replaceAll(".", "-")}`);

/** A new questionnaire in Den Haag; ends on the first question screen. */
async function start(page: Page): Promise<void> {
  await page.goto("/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gaat moeilijk?");
}

const field = (page: Page) => page.getByRole("textbox", { name: "Beschrijf in uw eigen woorden wat moeilijk gaat" });

test("a resident types the need in own words, corrects the proposal and confirms it", async ({ page }) => {
  await start(page);
  await expectNoAxeViolations(page, "eerste vraag met eigen woorden");
  await field(page).fill("Ik kan niet meer goed bukken en mijn moeder vergeet haar pillen");
  await page.getByRole("button", { name: "Kijk wat u bedoelt" }).click();

  const proposals = page.getByRole("group", { name: /Wij begrepen:/ });
  await expect(proposals).toBeVisible();
  const bukken = proposals.getByRole("checkbox", { name: /Bukken en pakken/ });
  const pillen = proposals.getByRole("checkbox", { name: /Medicijnen onthouden/ });
  await expect(bukken).toBeChecked();
  await expect(pillen).toBeChecked();
  await expect(proposals.getByText("U schreef: ‘bukken’")).toBeVisible();
  // nothing is chosen before the resident confirms
  await expect(choice(page, "reach.picking_up")).not.toBeChecked();
  await expectNoAxeViolations(page, "voorstel uit eigen woorden");

  // the resident corrects: only "bukken" is right
  await pillen.uncheck();
  await page.getByRole("button", { name: "Ja, dit klopt" }).click();
  await expect(page).toHaveURL(/\/stap\/1\?begrepen=1#keuzes$/);
  await expect(page.getByText("Wij hebben aangevinkt wat u bevestigde.")).toBeVisible();
  await expect(choice(page, "reach.picking_up")).toBeChecked();
  await expect(choice(page, "housework.vacuuming")).not.toBeChecked();
  await expectNoAxeViolations(page, "na bevestigen");

  // medication is on a later screen: it was not chosen
  while (!(await choice(page, "medication.remembering").isVisible())) {
    await page.getByRole("button", { name: "Volgende" }).click();
  }
  await expect(choice(page, "medication.remembering")).not.toBeChecked();
});

test("unticking everything asks to tick or choose; an empty field asks for words", async ({ page }) => {
  await start(page);
  await page.getByRole("button", { name: "Kijk wat u bedoelt" }).click();
  await expect(page.getByRole("link", { name: "Typ eerst een paar woorden over wat moeilijk gaat." })).toBeVisible();
  await field(page).fill("ik voel me vaak alleen");
  await page.getByRole("button", { name: "Kijk wat u bedoelt" }).click();
  await page.getByRole("checkbox", { name: /Alleen voelen/ }).uncheck();
  await page.getByRole("button", { name: "Ja, dit klopt" }).click();
  await expect(page.getByRole("link", { name: /U heeft niets aangevinkt/ })).toBeVisible();
  await expect(field(page)).toHaveValue("ik voel me vaak alleen");
  await expectNoAxeViolations(page, "eigen woorden met foutmelding");
});

test("a phrase the app does not understand is kept only with consent, without digits, and an editor sees it", async ({ page }) => {
  await start(page);
  // a marker of letters only (digits are scrubbed before the phrase is kept), so this run's row is found
  const marker = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  const phrase = `de drempel naar het balkon is te hoog ${marker} 061234567`;
  await field(page).fill(phrase);
  await page.getByRole("button", { name: "Kijk wat u bedoelt" }).click();
  await expect(page.getByText("Wij begrijpen uw woorden nog niet.")).toBeVisible();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "niet begrepen");
  await page.getByRole("button", { name: "Bewaar mijn zin" }).click();
  await expect(page.getByRole("link", { name: "Zet een vinkje als wij uw zin mogen bewaren." })).toBeVisible();
  await page.getByRole("checkbox", { name: /U mag mijn zin bewaren/ }).check();
  await page.getByRole("button", { name: "Bewaar mijn zin" }).click();
  await expect(page.getByText("Dank u wel. Wij hebben uw zin bewaard")).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "catalogus@ttv.demo");
  await page.goto("/beheer/catalogus/woorden?taal=nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zinnen in eigen woorden");
  const row = page.getByRole("row", { name: new RegExp(`de drempel naar het balkon is te hoog ${marker}`) });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(/\d{6}/);
  await expectNoAxeViolations(page, "beheer: zinnen in eigen woorden");
  await row.getByRole("button", { name: /Verwijderen/ }).click();
  await expect(page.getByText("De zin is verwijderd.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(marker) })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("own words, the proposal and the confirmation work as plain form posts", async ({ page }) => {
    await start(page);
    await field(page).fill("Traplopen gaat niet meer");
    await page.getByRole("button", { name: "Kijk wat u bedoelt" }).click();
    await expect(page.getByRole("checkbox", { name: /De trap/ })).toBeChecked();
    await page.getByRole("button", { name: "Ja, dit klopt" }).click();
    await expect(page.getByText("Wij hebben aangevinkt wat u bevestigde.")).toBeVisible();
    while (!(await choice(page, "mobility.stairs").isVisible())) {
      await page.getByRole("button", { name: "Volgende" }).click();
    }
    await expect(choice(page, "mobility.stairs")).toBeChecked();
  });
});
