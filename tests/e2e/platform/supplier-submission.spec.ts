import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { query } from "../admin/db";
import { adviceFor } from "../support/questionnaire";

/**
 * A supplier submits a product with a photo (no account); the catalogue editor opens it in the review queue, completes
 * the rules in the structured editor and publishes it; a resident who has trouble vacuuming then gets it in the advice,
 * with the photo. Every new page is axe clean and fits 320 px. At the end the catalogue is rolled back for other tests.
 */
const NAME = `Stofrobot Proef ${Date.now().toString(36)}`;

test("a supplier submits a product with a photo; the editor completes the rules and publishes; a resident gets it", async ({ page, browser }) => {
  // three people and a whole questionnaire in one flow: more than the default minute on a shared machine
  test.setTimeout(300_000);
  const [published] = await query<{ number: number }>(`SELECT number FROM "CatalogueVersion" WHERE status = 'published'`);
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#4a7" } }).png().toBuffer();

  // ---- the supplier, without an account
  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await supplier.goto("/leveranciers/aanmelden");
  await expect(supplier.getByRole("heading", { level: 1 })).toHaveText("Product aanmelden voor de catalogus");
  await expectNoAxeViolations(supplier, "aanmelden");
  await supplier.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(supplier);
  await supplier.setViewportSize({ width: 1280, height: 800 });

  // script in a field and nothing else: Dutch messages at the fields, typed text kept
  await supplier.getByLabel("Naam van het product").fill("<script>alert(1)</script>");
  await supplier.getByRole("button", { name: "Product aanmelden" }).click();
  await expect(supplier.getByRole("alert").filter({ hasText: "Er is iets niet goed ingevuld" })).toBeVisible();
  await expect(supplier.getByText("Gebruik hier geen HTML-code of script.")).toBeVisible();
  await expect(supplier.getByText("Kies minstens één afbeelding van het product.")).toBeVisible();
  await expect(supplier.getByLabel("Naam van het product")).toHaveValue("<script>alert(1)</script>");
  await expectNoAxeViolations(supplier, "aanmelden met fouten");

  await supplier.getByLabel("Naam van het product").fill(NAME);
  await supplier.getByLabel("Korte uitleg").fill("Een kleine robot die zelf de vloer stofzuigt. U zet hem aan met één knop.");
  await supplier.getByLabel("ISO 9999-code").fill("15 12 06");
  await supplier.getByLabel("Leverancier", { exact: true }).fill("Proef BV");
  await supplier.getByLabel("Laagste prijs in euro").fill("150");
  await supplier.getByLabel("Hoogste prijs in euro").fill("300");
  await supplier.getByRole("radio", { name: "Eenmalig" }).check();
  await supplier.getByRole("radio", { name: "Nee" }).check();
  await supplier.getByLabel("Foto 1", { exact: true }).setInputFiles({ name: "robot.png", mimeType: "image/png", buffer: photo });
  await supplier.getByLabel("Wat staat er op foto 1?").fill("Een groene ronde robot op een houten vloer");
  await supplier.getByLabel("Uw naam").fill("P. Proef");
  await supplier.getByLabel("Uw e-mailadres").fill("proef@leverancier.example");
  await supplier.getByRole("button", { name: "Product aanmelden" }).focus();
  await supplier.keyboard.press("Enter");
  await expect(supplier).toHaveURL(/\/leveranciers\/status\?kenmerk=/);
  await expect(supplier.getByRole("status")).toContainText("Wij hebben uw aanmelding ontvangen");
  await expect(supplier.getByText("Ontvangen. Een redacteur van de catalogus gaat uw aanmelding bekijken.")).toBeVisible();
  await expectNoAxeViolations(supplier, "status");
  await supplier.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(supplier);
  await supplierContext.close();

  // ---- the catalogue editor
  await signIn(page, "catalogus@ttv.demo");
  await page.getByRole("link", { name: "Aanmeldingen van leveranciers bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmeldingen van leveranciers");
  await expectNoAxeViolations(page, "aanmeldingen");
  await page.getByRole("link", { name: NAME }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Aanmelding: ${NAME}`);
  await expect(page.getByRole("img", { name: "Een groene ronde robot op een houten vloer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Staat het al in de catalogus?" })).toContainText("Wij vonden geen product");
  await expectNoAxeViolations(page, "aanmelding");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(NAME);
  await page.getByLabel("Onderwerp").selectOption("huishouden");
  const row = page.getByRole("group", { name: "Probleem 1", exact: true });
  await row.getByLabel("Probleem", { exact: true }).selectOption("housework.vacuuming");
  await row.getByLabel("Hoe goed past het?").selectOption("3");
  await row.getByLabel(/Waarom het past/).fill("Hij stofzuigt zelf. U hoeft niet te bukken of te duwen.");
  await page.getByLabel("Waarom verandert u dit?").fill("Aanmelding van Proef BV");
  await page.getByRole("button", { name: "Toevoegen aan het concept" }).click();
  await expect(page.getByRole("status").filter({ hasText: "staat nu in concept versie" })).toBeVisible();
  await expectNoAxeViolations(page, "aanmelding in het concept");
  await page.getByRole("link", { name: /om te publiceren/ }).click();
  const [draft] = await query<{ number: number }>(`SELECT number FROM "CatalogueVersion" WHERE status = 'draft' ORDER BY number DESC LIMIT 1`);
  await expect(page.getByRole("region", { name: /vergeleken met versie/ })).toContainText("1 nieuw");
  await page.getByRole("button", { name: `Versie ${draft!.number} publiceren` }).click();
  await expect(page.getByRole("status")).toContainText(`Versie ${draft!.number} is gepubliceerd`);
  const [submission] = await query<{ status: string }>(`SELECT status FROM "ProductSubmission" WHERE name = $1`, [NAME]);
  expect(submission!.status).toBe("gepubliceerd");

  // ---- a resident who has trouble vacuuming
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await adviceFor(resident, { difficulties: ["Stofzuigen"] });
  await expect(resident.getByRole("heading", { name: NAME }).first()).toBeVisible();
  const img = resident.getByRole("img", { name: "Een groene ronde robot op een houten vloer" }).first();
  await expect(img).toBeVisible();
  expect(await img.getAttribute("src")).toMatch(/^\/afbeeldingen\/[0-9a-f]{64}\.webp$/);
  await residentContext.close();

  // ---- back to the catalogue the other tests expect
  await page.goto("/beheer/catalogus");
  await page.getByRole("button", { name: `Terugzetten naar versie ${published!.number}` }).click();
  await expect(page.getByRole("status")).toContainText("gelijk aan de eerdere versie");
});

test("the new-product page and the archive form are axe clean and fit 320 px", async ({ page }) => {
  await signIn(page, "catalogus@ttv.demo");
  await page.getByRole("link", { name: "Nieuw hulpmiddel toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw hulpmiddel");
  await page.getByRole("button", { name: "Toevoegen aan het concept" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er is iets niet goed ingevuld" })).toBeVisible();
  await expectNoAxeViolations(page, "nieuw hulpmiddel met fouten");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/beheer/catalogus/hulpmiddel/robotstofzuiger");
  await page.getByRole("button", { name: "Robotstofzuiger uit het concept halen" }).click();
  await expect(page.getByText("Schrijf kort waarom u dit verandert.")).toBeVisible();
  await expectNoAxeViolations(page, "archiveren met fout");
});
