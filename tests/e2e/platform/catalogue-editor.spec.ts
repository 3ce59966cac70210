import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { query } from "../admin/db";

/**
 * The catalogue editor changes a rule with the keyboard, sees the effect on the resident profiles, saves it into a
 * draft and publishes it: the product residents get advice from has the new rule.
 */
test("the catalogue editor edits a contraindication, previews it and publishes it", async ({ page }) => {
  const [before] = await query<{ number: number }>(`SELECT number FROM "CatalogueVersion" WHERE status = 'published'`);
  await signIn(page, "catalogus@ttv.demo");
  await expect(page).toHaveURL(/\/beheer\/catalogus$/);
  const nav = page.getByRole("navigation", { name: "Beheer" });
  await expect(nav.getByRole("link")).toHaveText(["Catalogus"]);
  await expectNoAxeViolations(page);

  // keyboard: to the robot vacuum cleaner
  const productLink = page.getByRole("link", { name: /^Robotstofzuiger/ });
  await productLink.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Robotstofzuiger aanpassen");
  await expectNoAxeViolations(page);

  // a wrong ISO code: a Dutch error at the field, what was typed is kept
  const iso = page.getByLabel("ISO 9999-code");
  await iso.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("99 99");
  await page.keyboard.press("Enter"); // the first button of the form: "Bekijk het effect"
  await expect(page.getByRole("alert").filter({ hasText: "Er is iets niet goed ingevuld" })).toBeVisible();
  await expect(page.getByText("Geen geldige ISO 9999-code")).toBeVisible();
  await expect(page.getByLabel("ISO 9999-code")).toHaveValue("99 99");
  await expectNoAxeViolations(page, "editor met fout");
  await page.getByLabel("ISO 9999-code").fill("15 12 09");

  // the third objection (many small pieces of furniture) becomes a condition with a solution
  const objection = page.getByRole("group", { name: "Bezwaar 3", exact: true });
  const effect = objection.getByLabel("Wat gebeurt er?");
  await effect.focus();
  await page.keyboard.press("ArrowDown");
  await expect(effect).toHaveValue("condition");
  const text = objection.getByLabel(/Reden/);
  await text.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Er staan veel kleine meubels dicht bij elkaar. Zet ze verder uit elkaar, of laat de robot in één kamer werken.");

  await page.getByRole("button", { name: "Bekijk het effect" }).first().focus();
  await page.keyboard.press("Enter");
  const effectRegion = page.getByRole("region", { name: "Effect op het advies" });
  await expect(effectRegion).toContainText("Krijgen het hulpmiddel nu wel aangeraden (1)");
  await expect(effectRegion).toContainText("Meneer, 87, hond in huis, kleine meubels, kan niet bukken");
  await expect(effectRegion).toContainText("Iedereen die eerst een hulpmiddel kreeg");
  await expectNoAxeViolations(page, "editor met effect");

  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "editor 320px");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel("Waarom verandert u dit?").fill("Kleine meubels kun je verzetten.");
  await page.getByRole("button", { name: "Opslaan in het concept" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen in concept versie" })).toBeVisible();
  // not yet for residents
  const [beforePublish] = await query<{ rules: { contraindications: { effect: string }[] } }>(`SELECT rules FROM "Product" WHERE slug = 'robotstofzuiger'`);
  expect(beforePublish!.rules.contraindications[2]!.effect).toBe("exclude");

  await page.getByRole("link", { name: /om te publiceren/ }).click();
  const [draft] = await query<{ number: number }>(`SELECT number FROM "CatalogueVersion" WHERE status = 'draft' ORDER BY number DESC LIMIT 1`);
  await expect(page.getByRole("region", { name: /vergeleken met versie/ })).toContainText("1 gewijzigd");
  await expectNoAxeViolations(page, "catalogus met concept");
  await page.getByRole("button", { name: `Versie ${draft!.number} publiceren` }).click();
  await expect(page.getByRole("status")).toContainText(`Versie ${draft!.number} is gepubliceerd`);

  const [afterPublish] = await query<{ rules: { contraindications: { effect: string }[] } }>(`SELECT rules FROM "Product" WHERE slug = 'robotstofzuiger'`);
  expect(afterPublish!.rules.contraindications[2]!.effect).toBe("condition");

  // and back: the other tests (and the demo) keep the catalogue they started with
  await page.getByRole("button", { name: `Terugzetten naar versie ${before!.number}` }).click();
  await expect(page.getByRole("status")).toContainText("gelijk aan de eerdere versie");
  const [restored] = await query<{ rules: { contraindications: { effect: string }[] } }>(`SELECT rules FROM "Product" WHERE slug = 'robotstofzuiger'`);
  expect(restored!.rules.contraindications[2]!.effect).toBe("exclude");
});

test("the catalogue editor has no other pages", async ({ page }) => {
  await signIn(page, "catalogus@ttv.demo");
  for (const path of ["/beheer", "/beheer/mensen", "/beheer/audit", "/beheer/gemeenten", "/beheer/instellingen", "/consulent", "/balie"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
  }
});
