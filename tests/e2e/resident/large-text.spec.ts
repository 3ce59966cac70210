/**
 * WCAG 1.4.4 (resize text) and 1.4.10 (reflow): with the browser's text size at 200 % on a 320 px wide phone, no
 * resident page scrolls sideways. The text size is set the way a resident sets it (the browser's default font size,
 * see support/large-text.ts), not by changing the page's CSS. The pages are reached the way a resident reaches them:
 * the questionnaire and the forms are filled in at that text size.
 */
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectNothingWiderThanScreen, expectRootTextSize, setBrowserTextSize } from "../support/large-text";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The lendable product with the longest name at a centre with units free now (free) or none free (not free). */
async function longestProduct(free: boolean): Promise<{ product: string; centre: string }> {
  const rows = await query<{ product: string; centre: string }>(
    `SELECT p.slug AS product, c.slug AS centre
       FROM "LendingUnit" u
       JOIN "Product" p ON p.id = u."productId"
       JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status <> 'RETIRED' AND p.lendable AND p.active AND c."closedAt" IS NULL
      GROUP BY p.slug, p.name, c.slug, c.name
     HAVING count(*) FILTER (WHERE u.status = 'AVAILABLE') ${free ? ">= 1" : "= 0"}
      ORDER BY length(p.name) + length(c.name) DESC, p.slug, c.slug
      LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`De demodata heeft geen product ${free ? "dat nu vrij is" : "dat nu nergens vrij is"}.`);
  return rows[0];
}

/** The page is shown at 200 % text and nothing on it is wider than the screen. */
async function expectFits(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expectRootTextSize(page, 2);
  await expectNothingWiderThanScreen(page, name);
}

test.use({ viewport: { width: 320, height: 640 } });

test("at 200 % text on a 320 px screen no resident page scrolls sideways", async ({ page }) => {
  test.setTimeout(240_000); // about 25 pages at a large text size
  await setBrowserTextSize(page, 2);

  for (const path of ["/", "/uitleenpunten", "/privacy", "/toegankelijkheid", "/reservering", "/advies/hervatten"]) {
    await page.goto(path);
    await expectFits(page, path);
  }
  const [centre] = await query<{ slug: string }>(`SELECT slug FROM "LendingCentre" WHERE "closedAt" IS NULL ORDER BY length(name) DESC, slug LIMIT 1`);
  await page.goto(`/uitleenpunten/${centre!.slug}`);
  await expectFits(page, "uitleenpunt");

  // the questionnaire, every screen, up to the advice
  await page.goto("/advies");
  await expectFits(page, "/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("radio", { name: "Ik vul het samen in met iemand" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(page).toHaveURL(/\/stap\/1$/);
  await page.getByRole("checkbox", { name: "Stofzuigen" }).check();
  for (let guard = 0; guard < 30; guard++) {
    await expect(page).toHaveURL(/\/stap\/\d+$/);
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    await expectFits(page, `vraag ${page.url()}: ${heading}`);
    if (heading === "Waar woont u?") break;
    const before = page.url();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar woont u?");
  await page.getByLabel("Uw postcode").fill("2545 GH");
  await page.getByRole("button", { name: "Naar mijn advies" }).click();
  await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/advies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expectFits(page, "advies");

  // reserve (the form, then the reservation's own page)
  const free = await longestProduct(true);
  await page.goto(`/reserveren/${free.product}/${free.centre}`);
  await expectFits(page, "reserveren");
  await page.getByRole("radio").first().check();
  await page.getByLabel("Uw naam").fill("Mevrouw Grotetekst");
  await page.getByLabel("Telefoonnummer").fill("06 1234 5678");
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Reserveren" }).click();
  await expect(page).toHaveURL(/\/reservering\/[0-9A-Z]{8}\?nieuw=1$/);
  await expectFits(page, "reservering");

  // the waiting list for something that is not free
  const taken = await longestProduct(false);
  await page.goto(`/reserveren/${taken.product}/${taken.centre}`);
  await expectFits(page, "wachtlijst aanmelden");
  await page.getByLabel("Uw naam").fill("Meneer Grotetekst");
  await page.getByLabel("E-mailadres").fill("grotetekst@voorbeeld.nl");
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Zet mij op de wachtlijst" }).click();
  await expect(page).toHaveURL(/\/wachtlijst\/[0-9A-Z]{8}\?nieuw=1$/);
  await expectFits(page, "wachtlijst");
});
