import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

/** A difficulty's own check box in the questionnaire (its name includes the hint, so it is found by its id). */
const choice = (page: Page, code: string) => page.locator(`#moeilijkheid-${code.replaceAll(".", "-")}`);

test.describe.configure({ timeout: 240_000 });

test("a resident comes back with their code, fills in the questions again and sees what changed", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gaat moeilijk?");
  const code = /\/advies\/([0-9A-Z]{8})\//.exec(page.url())![1]!;

  // the first time: the stairs are difficult
  await choice(page, "reach.picking_up").check();
  for (let guard = 0; guard < 40 && !page.url().endsWith("/advies"); guard++) {
    if (await choice(page, "mobility.stairs").isVisible()) await choice(page, "mobility.stairs").check();
    const next = page.getByRole("button", { name: /^(Volgende|Naar mijn advies)$/ });
    if (!(await next.isVisible())) break;
    const before = page.url();
    await next.click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expect(page.getByRole("heading", { name: "Wat is er veranderd?" })).toHaveCount(0);

  // later, with the code: fill in again; the stairs got better (traplift), medication is new
  await page.goto(`/advies/${code}/advies`);
  await page.getByRole("button", { name: "Vragen opnieuw invullen" }).click();
  await expect(page).toHaveURL(new RegExp(`/advies/${code}/stap/1$`));
  await expect(choice(page, "reach.picking_up")).toBeChecked();
  for (let guard = 0; guard < 40 && !page.url().endsWith("/advies"); guard++) {
    if (await choice(page, "mobility.stairs").isVisible()) await choice(page, "mobility.stairs").uncheck();
    if (await choice(page, "medication.remembering").isVisible()) await choice(page, "medication.remembering").check();
    const next = page.getByRole("button", { name: /^(Volgende|Naar mijn advies)$/ });
    if (!(await next.isVisible())) break;
    const before = page.url();
    await next.click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  const changes = page.getByRole("region", { name: "Wat is er veranderd?" });
  await expect(changes).toBeVisible();
  await expect(changes.getByRole("list", { name: "Nieuw moeilijk" })).toHaveText(/Medicijnen onthouden/);
  await expect(changes.getByRole("list", { name: "Gaat beter of is geen zorg meer" })).toHaveText(/De trap/);
  await expect(changes.getByRole("list", { name: "Nog steeds moeilijk" })).toHaveText(/Bukken en pakken/);
  await expect(changes.getByText("Er is nog niets geleend of gereserveerd.")).toBeVisible();
  await expectNoAxeViolations(page, "advies na opnieuw invullen");
});
