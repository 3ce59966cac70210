import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { query } from "../admin/db";

/**
 * A draft made straight in the database (as `npm run catalogue:import` would): the published products with the
 * grabber's name changed. Returns its number.
 */
async function insertDraftWithNewName(name: string): Promise<number> {
  const [published] = await query<{ id: string }>(`SELECT id FROM "CatalogueVersion" WHERE status = 'published'`);
  const [{ next }] = (await query<{ next: number }>(`SELECT coalesce(max(number), 0) + 1 AS next FROM "CatalogueVersion"`)) as [{ next: number }];
  const id = randomUUID();
  await query(`INSERT INTO "CatalogueVersion" (id, number, status, note, source) VALUES ($1, $2, 'draft', 'Nieuwe naam voor de grijper', 'import')`, [id, next]);
  await query(
    `INSERT INTO "CatalogueVersionProduct" (id, "versionId", slug, data, hash)
     SELECT gen_random_uuid()::text, $1, slug,
            CASE WHEN slug = 'grijper' THEN jsonb_set(data, '{name}', to_jsonb($2::text)) ELSE data END,
            CASE WHEN slug = 'grijper' THEN 'changed' ELSE hash END
       FROM "CatalogueVersionProduct" WHERE "versionId" = $3`,
    [id, name, published!.id],
  );
  return next;
}

test("the platform administrator sees a draft's changes, publishes it, and rolls back", async ({ page }) => {
  const draft = await insertDraftWithNewName("Grijper met lange steel");
  const [before] = await query<{ number: number }>(`SELECT number FROM "CatalogueVersion" WHERE status = 'published'`);

  await signIn(page, "platform@ttv.demo");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Catalogus" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalogus");
  await expect(page.getByRole("heading", { name: `Versie ${draft}: Concept` })).toBeVisible();
  await expectNoAxeViolations(page);

  // keyboard only: follow the link to the draft's differences
  const diffLink = page.getByRole("link", { name: `Bekijk wat er anders is in versie ${draft}` });
  await diffLink.focus();
  await page.keyboard.press("Enter");
  const diff = page.getByRole("region", { name: `Versie ${draft} vergeleken met versie ${before!.number}` });
  await expect(diff).toContainText("0 nieuw, 1 gewijzigd, 0 weg");
  await expect(diff).toContainText("wordt: Grijper met lange steel");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `Versie ${draft} publiceren` }).click();
  await expect(page.getByRole("status")).toContainText(`Versie ${draft} is gepubliceerd`);
  await expect(page.getByRole("heading", { name: `Versie ${draft}: Gepubliceerd` })).toBeVisible();
  const [grabber] = await query<{ name: string }>(`SELECT name FROM "Product" WHERE slug = 'grijper'`);
  expect(grabber!.name).toBe("Grijper met lange steel");
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "catalogus 320px");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: `Terugzetten naar versie ${before!.number}` }).click();
  await expect(page.getByRole("status")).toContainText("gelijk aan de eerdere versie");
  const [restored] = await query<{ name: string }>(`SELECT name FROM "Product" WHERE slug = 'grijper'`);
  expect(restored!.name).not.toBe("Grijper met lange steel");
  const [published] = await query<{ number: number; source: string; restoredFrom: number }>(
    `SELECT number, source, "restoredFrom" FROM "CatalogueVersion" WHERE status = 'published'`,
  );
  expect(published).toEqual({ number: draft + 1, source: "rollback", restoredFrom: before!.number });
  await expectNoAxeViolations(page);
});

test("a municipality administrator has no catalogue page", async ({ page }) => {
  await signIn(page, "beheer@denhaag.demo");
  await expect(page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Catalogus" })).toHaveCount(0);
  const response = await page.goto("/beheer/catalogus");
  expect(response!.status()).toBe(404);
});
