import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

test("the lending centres are in Dutch alphabetical order: iZi sorts with the i", async ({ page }) => {
  await page.goto("/uitleenpunten");
  const denHaag = page.getByRole("region", { name: "Den Haag", exact: true });
  const names = await denHaag.getByRole("heading", { level: 3 }).allInnerTexts();
  expect(names).toEqual(["iZi-ervaarwoning Escamp", "Mobilitheek Zuiderpark", "Uitleenpunt Bibliotheek Centrale", "Wijkcentrum Scheveningen", "Zorginnovatiehub Leyweg"]);
});

test("a resident's postcode puts the nearest centre first, with only the 4 digits in the address", async ({ page }) => {
  await page.goto("/uitleenpunten");
  await page.getByLabel("Uw postcode").fill("2583 ab");
  await page.getByRole("button", { name: "Zoek dichtbij" }).click();
  await expect(page.getByRole("heading", { name: "Dichtbij postcode 2583" })).toBeVisible();
  expect(new URL(page.url()).search).toBe("?pc4=2583");
  const first = page.locator("#dichtbij ~ ol > li").first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText("Wijkcentrum Scheveningen");
  await expect(first.getByText(/Ongeveer \d+(,\d)? km/)).toBeVisible();
  await expect(page.getByText("Postcodegebieden: GeoNames (CC BY 4.0)")).toBeVisible();
  await expectNoAxeViolations(page, "uitleenpunten dichtbij");

  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
});

test("a wrong postcode gets a clear Dutch message and keeps what was typed", async ({ page }) => {
  await page.goto("/uitleenpunten");
  await page.getByLabel("Uw postcode").fill("25 83");
  await page.getByRole("button", { name: "Zoek dichtbij" }).click();
  await expect(page.getByText("Vul een postcode in zoals 2514 JS of alleen 2514.")).toBeVisible();
  await expect(page.getByLabel("Uw postcode")).toHaveValue("25 83");
  await expect(page.getByLabel("Uw postcode")).toHaveAttribute("aria-invalid", "true");
  expect(new URL(page.url()).search).toBe("");
  await expectNoAxeViolations(page, "uitleenpunten fout");
});
