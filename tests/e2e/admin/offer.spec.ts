import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { newReference, query } from "./db";

const SLUG = "steelstofzuiger-zonder-snoer";

/** A finished Den Haag questionnaire (vacuuming is hard) straight in the database, as a resident would have left it. */
async function insertFinishedAssessment(): Promise<string> {
  const [m] = await query<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = 'den-haag'`);
  const code = `${newReference()}`;
  await query(
    `INSERT INTO "Assessment" (id, code, "municipalityId", answers, together, step, "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, '{"difficulties":["housework.vacuuming"],"context":{"home.clutter":"a_lot"}}', 'alone', 99, $4, now())`,
    [randomUUID(), code, m!.id, new Date(Date.now() + 30 * 86_400_000)],
  );
  return code;
}

async function resetOffer() {
  await query(`DELETE FROM "MunicipalityProduct" WHERE "municipalityId" = (SELECT id FROM "Municipality" WHERE slug = 'den-haag')`);
  await query(`UPDATE "Municipality" SET "notOfferedDisplay" = 'hide' WHERE slug = 'den-haag'`);
}

test("a municipality administrator sets the local offer with the keyboard; residents see the label and the local note", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await resetOffer();
  const [product] = await query<{ name: string }>(`SELECT name FROM "Product" WHERE slug = $1`, [SLUG]);
  const name = product!.name;
  const code = await insertFinishedAssessment();
  try {
    await signIn(page, "beheer@denhaag.demo");
    await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Aanbod" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanbod: Den Haag");
    await expectNoAxeViolations(page, "aanbod");

    // show products the municipality does not offer, with the label
    await page.getByRole("radio", { name: /Wel laten zien/ }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Keuze opslaan" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();

    // stop offering the product (keyboard only)
    await page.getByRole("button", { name: `Niet meer aanbieden: ${name}` }).focus();
    await page.keyboard.press("Enter");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(row).toContainText("Niet aangeboden");
    await expect(row.getByRole("button", { name: `Wel aanbieden: ${name}` })).toBeVisible();

    // its own information
    await row.getByRole("link", { name: `Eigen informatie aanpassen voor ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("radio", { name: "Nee, wij bieden het niet aan" })).toBeChecked();
    await expectNoAxeViolations(page, "aanbod: eigen informatie");
    await page.getByLabel("Notitie voor inwoners en consulenten").fill("Vraag bij de bibliotheek naar de proefweek.");
    await page.getByLabel("Leverancier in uw gemeente").fill("Thuiszorgwinkel Escamp");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
    await expectNoAxeViolations(page, "aanbod: opgeslagen");

    // 320 px wide: no sideways scrolling, still clean
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/beheer/aanbod");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) })).toContainText("met eigen informatie");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, "aanbod op 320 px");

    // a resident of Den Haag sees the product with "niet via uw gemeente" and the local information
    const resident = await browser.newContext();
    const residentPage = await resident.newPage();
    await residentPage.goto(`/advies/${code}/advies`);
    const card = residentPage.getByRole("article", { name: new RegExp(name) });
    await expect(card).toContainText("niet via uw gemeente");
    await expect(card).toContainText("Vraag bij de bibliotheek naar de proefweek.");
    await expect(card).toContainText("Thuiszorgwinkel Escamp");
    await expectNoAxeViolations(residentPage, "advies met lokaal aanbod");
    await resident.close();
  } finally {
    await resetOffer();
  }
});
