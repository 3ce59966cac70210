import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

test("the home page explains the service in Dutch and shows the seeded data", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/zelfstandig thuis wonen/);
  await expect(page.getByRole("link", { name: "Start met de vragen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Inloggen voor medewerkers" }).first()).toBeVisible();
  await expect(page.getByText(/Wij kennen \d{2,} hulpmiddelen/)).toBeVisible();
  await expect(page.getByText(/uitleenpunten in Den Haag en Rijswijk/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the home page fits a 320 px phone and works with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  await expectNoHorizontalScroll(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Ga direct naar de inhoud" })).toBeFocused();
  await expectNoAxeViolations(page, "home 320px");
});

test("the lending centres page lists every centre with opening hours", async ({ page }) => {
  await page.goto("/uitleenpunten");
  await expect(page.getByRole("heading", { name: "Den Haag" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zorginnovatiehub Leyweg" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Uitleenpunt Rijswijk In de Bogaard" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Zorginnovatiehub Leyweg" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zorginnovatiehub Leyweg");
  await expect(page.getByText("9.00 tot 17.00 uur").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("staff sign in with a wrong password and get a clear Dutch message", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("medewerker@leyweg.demo");
  await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Dit e-mailadres of wachtwoord klopt niet.")).toBeVisible();
  await expectNoAxeViolations(page);
});
