import { expect as baseExpect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

// the machine these run on is shared and slow at times: server actions and the first sign-in get 30 s
const expect = baseExpect.configure({ timeout: 30_000 });

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
}

test("the administrator sees what learning changes and switches it on and off, with history", async ({ page }) => {
  test.slow(); // several pages, each with an axe scan
  await signIn(page, "beheer@denhaag.demo");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Leren van uitkomsten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leren van uitkomsten: Den Haag");
  await expect(page.getByRole("heading", { level: 2, name: "Wat het verandert" })).toBeVisible();
  await expect(page.getByText("Nu staat het uit.")).toBeVisible();
  await expectNoAxeViolations(page, "leren uit");

  await page.getByRole("radio", { name: /^Aan:/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Leren staat nu aan." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nu staat het aan.")).toBeVisible();
  await expectNoAxeViolations(page, "leren aan");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: "test-results/learning-admin-320.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // the history of the setting, like every other setting
  await page.getByRole("link", { name: "de geschiedenis van de instellingen" }).click();
  await expect(page.getByRole("cell", { name: "Leren van uitkomsten" }).first()).toBeVisible();

  // back off, so the other specs see the engine's own advice
  await page.goto("/beheer/leren");
  await page.getByRole("radio", { name: /^Uit:/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Leren staat nu uit." })).toBeVisible();
});
