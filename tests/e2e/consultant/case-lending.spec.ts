import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newReference, query } from "../admin/db";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";

/** A Den Haag case (stored as the workspace would) whose resident wants to try the given products. */
async function caseWanting(productIds: string[]): Promise<string> {
  const [row] = await query<{ municipalityId: string; consultantId: string }>(
    `SELECT m.id AS "municipalityId", u.id AS "consultantId" FROM "Municipality" m JOIN "User" u ON u."municipalityId" = m.id
      WHERE m.slug = 'den-haag' AND u.email = 'consulent@denhaag.demo'`,
  );
  if (!row) throw new Error("demo data missing: Den Haag consultant");
  const id = randomUUID();
  const reference = newReference();
  await query(
    `INSERT INTO "Case" (id, reference, "municipalityId", "consultantId", "residentName", "residentContact", "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, $4, 'Mevrouw E2E Lenen', '06 2222 3333', now() + interval '90 days', now())`,
    [id, reference, row.municipalityId, row.consultantId],
  );
  await query(`INSERT INTO "Consent" (id, purpose, "textVersion", given, "caseId") VALUES ($1, 'case', 'e2e', true, $2)`, [randomUUID(), id]);
  for (const productId of productIds) {
    await query(`INSERT INTO "CaseChoice" (id, "caseId", "productId", "wantsToTry") VALUES ($1, $2, $3, true)`, [randomUUID(), id, productId]);
  }
  return reference;
}

/** An ordinary product with the most free units at one Den Haag centre. */
async function freeProduct() {
  const [row] = await query<{ productId: string; product: string; name: string; centre: string }>(
    `SELECT p.id AS "productId", p.slug AS product, p.name, c.slug AS centre
       FROM "LendingUnit" u JOIN "Product" p ON p.id = u."productId" JOIN "LendingCentre" c ON c.id = u."centreId" JOIN "Municipality" m ON m.id = c."municipalityId"
      WHERE m.slug = 'den-haag' AND u.status = 'AVAILABLE' AND p."isMonitoring" = false AND p.lendable AND p.active
      GROUP BY p.id, p.slug, p.name, c.slug ORDER BY count(*) DESC, p.slug LIMIT 1`,
  );
  if (!row) throw new Error("demo data missing: a free product in Den Haag");
  return row;
}

/** An ordinary product that a Den Haag centre lends but has none free of right now. */
async function productWithNoneFree() {
  const [row] = await query<{ productId: string; product: string; name: string; centre: string }>(
    `SELECT p.id AS "productId", p.slug AS product, p.name, c.slug AS centre
       FROM "LendingUnit" u JOIN "Product" p ON p.id = u."productId" JOIN "LendingCentre" c ON c.id = u."centreId" JOIN "Municipality" m ON m.id = c."municipalityId"
      WHERE m.slug = 'den-haag' AND u.status <> 'RETIRED' AND p."isMonitoring" = false AND p.lendable AND p.active
      GROUP BY p.id, p.slug, p.name, c.slug HAVING bool_and(u.status <> 'AVAILABLE') ORDER BY p.slug LIMIT 1`,
  );
  if (!row) throw new Error("demo data missing: a product with none free at a Den Haag centre");
  return row;
}

test.describe("a consultant lends on the resident's behalf", () => {
  test("reserves a product once: the second time the page shows the reservation instead of a form", async ({ page }) => {
    const product = await freeProduct();
    const reference = await caseWanting([product.productId]);
    await signIn(page, "consulent@denhaag.demo");
    const path = `/consulent/${reference}/reserveren/${product.product}/${product.centre}`;
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${product.name} reserveren bij`);
    await page.getByLabel(/De inwoner zegt/).check();
    await page.getByRole("button", { name: "Reserveren voor de inwoner" }).click();
    await expect(page).toHaveURL(new RegExp(`/consulent/${reference}/advies\\?gereserveerd=`));

    await page.goto(path);
    await expect(page.getByText(/is al gereserveerd voor Mevrouw E2E Lenen: ophalen op .* code [0-9A-Z]{4}-[0-9A-Z]{4}\. Eén reservering per hulpmiddel is genoeg\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Reserveren voor de inwoner" })).toHaveCount(0);
    await expectNoAxeViolations(page, "al gereserveerd");
  });

  test("puts the resident on the waiting list when nothing is free, with consent and a contact, once", async ({ page }) => {
    const product = await productWithNoneFree();
    const reference = await caseWanting([product.productId]);
    await signIn(page, "consulent@denhaag.demo");
    const path = `/consulent/${reference}/reserveren/${product.product}/${product.centre}`;
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${product.name} bij`);
    await expect(page.getByRole("heading", { name: "Op de wachtlijst zetten" })).toBeVisible();
    await expect(page.getByText("Zo kunnen wij u een bericht sturen als het hulpmiddel voor u klaarstaat.")).toBeVisible();
    await expectNoAxeViolations(page, "wachtlijst vanuit gesprek");

    // no consent and no contact: clear Dutch messages, the form stays
    await page.getByLabel("Telefoonnummer").fill("");
    await page.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
    await expect(page.getByText("Vul een telefoonnummer of een e-mailadres in. Dan kunnen wij u een bericht sturen.").first()).toBeVisible();
    await expect(page.locator("#consent-fout")).toBeVisible();
    await expectNoAxeViolations(page, "wachtlijst met foutmelding");

    await page.getByLabel("Telefoonnummer").fill("06 2222 3333");
    await page.getByLabel(/De inwoner zegt/).check();
    await page.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
    await expect(page).toHaveURL(new RegExp(`/consulent/${reference}/advies\\?wachtlijst=`));

    const [entry] = await query<{ status: string; name: string }>(
      `SELECT w.status, w.name FROM "WaitlistEntry" w JOIN "Case" c ON c.id = w."caseId" WHERE c.reference = $1`,
      [reference],
    );
    expect(entry).toEqual({ status: "WAITING", name: "Mevrouw E2E Lenen" });

    await page.goto(path);
    await expect(page.getByText(/Mevrouw E2E Lenen staat al op de wachtlijst voor .* code [0-9A-Z]{4}-[0-9A-Z]{4}\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Op de wachtlijst zetten" })).toHaveCount(0);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, "al op de wachtlijst");
  });
});
