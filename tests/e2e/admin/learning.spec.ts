import { expect, test } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

test("the administrator sees what learning changes and switches it on and off, with history", async ({ page }) => {
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
