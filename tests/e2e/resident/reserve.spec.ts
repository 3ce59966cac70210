/**
 * A resident reserves a product with consent, sees the reference page, finds it again with the code and cancels it;
 * and joins the waiting list for a product with nothing free, gets an offer and accepts it.
 * The seeded database is queried (pg) to pick a product that is free now and one that is not.
 */
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A lendable product at a centre with free units (free = true) or with units but none free (free = false);
 * `monitoring` picks a product that records something (explanation and an explicit yes come first) or one that does not.
 */
async function pick(free: boolean, monitoring = false): Promise<{ product: string; productName: string; centre: string; centreId: string; productId: string }> {
  const rows = await query<{ product: string; productName: string; centre: string; centreId: string; productId: string }>(
    `SELECT p.slug AS product, p.name AS "productName", c.slug AS centre, c.id AS "centreId", p.id AS "productId"
       FROM "LendingUnit" u
       JOIN "Product" p ON p.id = u."productId"
       JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status <> 'RETIRED' AND p.lendable AND p.active AND p."isMonitoring" = ${monitoring}
      GROUP BY p.slug, p.name, c.slug, c.id, p.id
     HAVING count(*) FILTER (WHERE u.status = 'AVAILABLE') ${free ? ">= 2" : "= 0"}
      ORDER BY p.slug, c.slug
      LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`De demodata heeft geen product ${free ? "dat nu vrij is" : "dat nu nergens vrij is"}.`);
  return rows[0];
}

async function fillContact(page: Page, name: string, contact: { phone?: string; email?: string }) {
  await page.getByLabel("Uw naam").fill(name);
  if (contact.phone) await page.getByLabel("Telefoonnummer").fill(contact.phone);
  if (contact.email) await page.getByLabel("E-mailadres").fill(contact.email);
}

test("a resident reserves with consent, finds the reservation with the code and cancels it", async ({ page }) => {
  const { product, productName, centre } = await pick(true);
  await page.goto(`/reserveren/${product}/${centre}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${productName} reserveren`);
  await expect(page.getByText(/Nu vrij: \d+/)).toBeVisible();
  await expectNoAxeViolations(page, "reserveren");

  // without consent and without a phone number or e-mail: both problems shown, the form keeps what was typed
  await page.getByRole("radio").first().check();
  await page.getByLabel("Uw naam").fill("Mevrouw E2E");
  await page.getByRole("button", { name: "Reserveren" }).click();
  await expect(page.getByRole("heading", { name: "Kijk dit nog even na" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Toestemming: Zet een vinkje/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Telefoonnummer: Vul een telefoonnummer of een e-mailadres in/ })).toBeVisible();
  await expect(page.getByLabel("Uw naam")).toHaveValue("Mevrouw E2E");
  await expect(page.getByLabel("Telefoonnummer")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "reserveren met fouten");

  const chosenDay = await page.getByRole("radio").first().getAttribute("value");
  await page.getByRole("radio").first().check();
  await page.getByLabel("Telefoonnummer").fill("06 1234 5678");
  await expect(page.getByText("Wij wissen uw gegevens 90 dagen nadat de lening is afgelopen", { exact: false })).toBeVisible();
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Reserveren" }).click();

  await expect(page).toHaveURL(/\/reservering\/[0-9A-Z]{8}\?nieuw=1$/);
  await expect(page.getByText("Gelukt! U hebt gereserveerd.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw reservering");
  await expect(page.getByRole("heading", { name: "Wat neemt u mee?" })).toBeVisible();
  await expect(page.getByText(/identiteitsbewijs/)).toBeVisible();
  await expect(page.getByText("Uw reserveringscode.")).toBeVisible();
  await expect(page.getByText("06 ** ** 78")).toBeVisible();
  await expectNoAxeViolations(page, "reservering (nieuw)");
  const reference = new URL(page.url()).pathname.split("/").pop()!;
  const stored = await query<{ status: string; pickupDate: string; consents: string }>(
    `SELECT r.status, to_char(r."pickupDate", 'YYYY-MM-DD') AS "pickupDate", count(c.id)::text AS consents
       FROM "Reservation" r LEFT JOIN "Consent" c ON c."reservationId" = r.id AND c.given
      WHERE r.reference = $1 GROUP BY r.id`,
    [reference],
  );
  expect(stored[0]).toEqual({ status: "RESERVED", pickupDate: chosenDay, consents: "1" });

  // later: type the code (lower case, with a dash) to find it again
  await page.goto("/reservering");
  await expectNoAxeViolations(page, "code invullen");
  await page.getByLabel("Uw code").fill(`${reference.slice(0, 4).toLowerCase()}-${reference.slice(4)}`);
  await page.getByRole("button", { name: "Bekijken" }).click();
  await expect(page).toHaveURL(new RegExp(`/reservering/${reference}$`));
  await expect(page.getByText("Gereserveerd. Het hulpmiddel ligt voor u klaar.")).toBeVisible();

  // cancel, with a confirmation step
  await page.getByRole("link", { name: "Reservering annuleren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reservering annuleren?");
  await expectNoAxeViolations(page, "annuleren bevestigen");
  await page.getByRole("button", { name: "Ja, annuleren" }).click();
  await expect(page.getByText("Uw reservering is geannuleerd.")).toBeVisible();
  await expect(page.getByText("Geannuleerd.", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Reservering annuleren" })).toHaveCount(0);
  await expectNoAxeViolations(page, "reservering geannuleerd");
  expect((await query<{ status: string }>(`SELECT status FROM "Reservation" WHERE reference = $1`, [reference]))[0]?.status).toBe("CANCELLED");
});

test("an unknown code gets a clear message", async ({ page }) => {
  await page.goto("/reservering");
  await page.getByLabel("Uw code").fill("ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Bekijken" }).click();
  await expect(page.getByText("Deze code kennen wij niet. Kijk of u hem goed hebt overgenomen.").first()).toBeVisible();
  await expect(page.getByLabel("Uw code")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "onbekende code");

  // a link with an unknown code: 404 with the same plain explanation, for reservations and the waiting list
  for (const path of ["/reservering/ZZZZZZZZ", "/reservering/ZZZZZZZZ/annuleren", "/wachtlijst/ZZZZZZZZ", "/wachtlijst/ZZZZZZZZ/afmelden"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze code kennen wij niet");
    await expect(page.getByRole("link", { name: "Code opnieuw invullen" })).toHaveAttribute("href", "/reservering");
  }
  await expectNoAxeViolations(page, "onbekende code in de link");
});

test("with nothing free, a resident joins the waiting list, gets an offer and accepts it", async ({ page }) => {
  const { product, productName, centre, centreId, productId } = await pick(false);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/reserveren/${product}/${centre}`);
  await expect(page.getByRole("heading", { name: "Nu niet vrij: zet u op de wachtlijst" })).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "wachtlijst aanmelden (320 px)");
  await page.setViewportSize({ width: 1280, height: 800 });

  await fillContact(page, "Meneer Wacht", { email: "wacht@voorbeeld.nl" });
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Zet mij op de wachtlijst" }).click();
  await expect(page).toHaveURL(/\/wachtlijst\/[0-9A-Z]{8}\?nieuw=1$/);
  await expect(page.getByText("Gelukt! U staat op de wachtlijst.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /U bent nummer \d+ op de wachtlijst/ })).toBeVisible();
  await expectNoAxeViolations(page, "wachtlijst (nieuw)");
  const reference = new URL(page.url()).pathname.split("/").pop()!;

  // a unit comes back and is offered to this resident (as offerReturnedUnit does)
  const unitId = `e2e-${reference}`;
  await query(`INSERT INTO "LendingUnit" (id, code, "productId", "centreId", status, "updatedAt") VALUES ($1, $2, $3, $4, 'RESERVED', now())`, [unitId, `E2E-${reference}`, productId, centreId]);
  await query(`UPDATE "WaitlistEntry" SET status = 'OFFERED', "offeredUnitId" = $1, "offerExpiresAt" = now() + interval '48 hours' WHERE reference = $2`, [unitId, reference]);

  await page.reload();
  await expect(page.getByRole("heading", { name: `Er is een ${productName} voor u` })).toBeVisible();
  await expect(page.getByText(/Wij houden het voor u vast tot/)).toBeVisible();
  await expectNoAxeViolations(page, "wachtlijst aanbod");
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Ja, ik wil het lenen" }).click();
  await expect(page).toHaveURL(/\/reservering\/[0-9A-Z]{8}\?nieuw=1$/);
  await expect(page.getByText("Gelukt! U hebt gereserveerd.")).toBeVisible();
  await expectNoAxeViolations(page, "reservering vanaf de wachtlijst");

  await page.goto(`/wachtlijst/${reference}`);
  await expect(page.getByRole("heading", { name: "U hebt ja gezegd" })).toBeVisible();
  await expectNoAxeViolations(page, "wachtlijst aangenomen");
  const rows = await query<{ status: string; unit: string }>(
    `SELECT w.status, r."unitId" AS unit FROM "WaitlistEntry" w JOIN "Reservation" r ON r.id = w."reservationId" WHERE w.reference = $1`,
    [reference],
  );
  expect(rows[0]).toEqual({ status: "ACCEPTED", unit: unitId });
});

test("a resident leaves the waiting list after confirming", async ({ page }) => {
  const { product, centre } = await pick(false);
  await page.goto(`/reserveren/${product}/${centre}`);
  await fillContact(page, "Mevrouw Weg", { phone: "0698765432" });
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Zet mij op de wachtlijst" }).click();
  await expect(page.getByText("Gelukt! U staat op de wachtlijst.")).toBeVisible();
  await page.getByRole("link", { name: "Van de wachtlijst af" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Van de wachtlijst af?");
  await expectNoAxeViolations(page, "afmelden bevestigen");
  await page.getByRole("button", { name: "Ja, haal mij van de lijst" }).click();
  await expect(page.getByText("U bent van de wachtlijst af.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Afgemeld" })).toBeVisible();
  await expectNoAxeViolations(page, "afgemeld");
});

test("a product that records something: the resident reads what it records and says yes or no before it is reserved", async ({ page }) => {
  const { product, productName, centre } = await pick(true, true);
  await page.goto(`/reserveren/${product}/${centre}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${productName} reserveren`);
  // the same explanation as the consultant gives: what, who sees it, how to stop
  await expect(page.getByText("Wat houdt het bij?")).toBeVisible();
  await expect(page.getByText("Wie ziet dat?")).toBeVisible();
  await expect(page.getByText("Hoe stopt u ermee?")).toBeVisible();
  const yes = page.getByRole("radio", { name: "Ja, dat vind ik goed" });
  const no = page.getByRole("radio", { name: "Nee, dat wil ik niet" });
  await expect(yes).not.toBeChecked();
  await expect(no).not.toBeChecked();
  await expectNoAxeViolations(page, "reserveren: iets dat bijhoudt");

  // everything filled in except the choice: refused with a Dutch message, nothing typed is lost
  await page.locator('input[name="pickupDate"]').first().check();
  await fillContact(page, "Mevrouw Keuze", { phone: "06 1234 5678" });
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Reserveren" }).click();
  await expect(page.getByRole("link", { name: /Wat het bijhoudt: Kies ja of nee/ })).toBeVisible();
  await expect(page.getByLabel("Uw naam")).toHaveValue("Mevrouw Keuze");
  await expect(page.getByLabel("Telefoonnummer")).toHaveValue("06 1234 5678");
  await expectNoAxeViolations(page, "reserveren: keuze vergeten");

  // "no" is a fine answer: nothing is reserved
  await no.check();
  await page.getByRole("button", { name: "Reserveren" }).click();
  await expect(page.getByText(/U koos nee\. Dan reserveren wij dit niet\./)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/reserveren/${product}/${centre}$`));
  expect((await query(`SELECT 1 FROM "Reservation" WHERE name = 'Mevrouw Keuze'`)).length).toBe(0);

  // "yes": reserved, and the yes is kept with the reservation
  await yes.check();
  if (!(await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").isChecked())) {
    await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  }
  if (!(await page.locator('input[name="pickupDate"]:checked').count())) await page.locator('input[name="pickupDate"]').first().check();
  await page.getByRole("button", { name: "Reserveren" }).click();
  await expect(page).toHaveURL(/\/reservering\/[0-9A-Z]{8}\?nieuw=1$/);
  const reference = new URL(page.url()).pathname.split("/").pop()!;
  const purposes = await query<{ purpose: string }>(
    `SELECT c.purpose FROM "Consent" c JOIN "Reservation" r ON r.id = c."reservationId" WHERE r.reference = $1 ORDER BY c.purpose`,
    [reference],
  );
  expect(purposes.map((p) => p.purpose)).toEqual(["monitoring", "reservation"]);
});
