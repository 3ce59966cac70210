import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { insertDenHaagCase, newestSessionOf, query } from "./db";

const ADMIN = "beheer@denhaag.demo";

const formatted = (reference: string) => `${reference.slice(0, 4)}-${reference.slice(4)}`;

test("a municipality administrator sees the overview of Den Haag with figures", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beheer: Den Haag");

  const [centreRow] = await query<{ count: string }>(
    `SELECT count(*) FROM "LendingCentre" c JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m.slug = 'den-haag'`,
  );
  const figures = page.getByRole("region", { name: "Kerncijfers" });
  await expect(figures.getByText("Uitleenpunten")).toBeVisible();
  await expect(figures.locator("dd").first()).toHaveText(centreRow!.count);
  await expect(figures.getByText(/Reserveringen in \w+/)).toBeVisible();
  // units per centre: a row for a Den Haag centre, none for Rijswijk
  const units = page.getByRole("table", { name: /hulpmiddelen per uitleenpunt/ });
  await expect(units.getByRole("rowheader", { name: "Zorginnovatiehub Leyweg" })).toBeVisible();
  await expect(units.getByRole("rowheader", { name: /Rijswijk/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Auditlog" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "beheer 320px");
});

test("ending a session signs that person out at once, and the audit log shows who did it", async ({ page, browser }) => {
  // Someone else signs in, in a browser of their own.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "medewerker@centrum.demo");
  const sessionId = await newestSessionOf("medewerker@centrum.demo");

  await signIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Sessies" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessies");
  await expect(page.getByRole("heading", { name: "Anouk Visser" })).toBeVisible();
  await expect(page.getByText("Dit is uw eigen sessie")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.locator(`form:has(input[name="sessie"][value="${sessionId}"])`).getByRole("button", { name: /Sessie beëindigen/ }).click();
  await expect(page.getByRole("status")).toContainText("De sessie is beëindigd");
  await expect(page.locator(`input[name="sessie"][value="${sessionId}"]`)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The other person reloads: signed out.
  await otherPage.reload();
  await expect(otherPage.getByRole("link", { name: "Inloggen medewerkers" })).toBeVisible();
  await otherPage.goto("/werkplek");
  await expect(otherPage).toHaveURL(/\/inloggen$/);
  await expectNoAxeViolations(otherPage);
  await other.close();

  // The audit log has the revocation, with the administrator's name, in Dutch.
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auditlog");
  await expectNoAxeViolations(page);
  await page.getByLabel("Handeling").selectOption({ label: "Sessie beëindigd" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/actie=session.revoke/);
  const table = page.getByRole("table", { name: /auditlog/ });
  // newest first: the top row is the session just ended
  const row = table.getByRole("row").nth(1);
  await expect(row).toContainText("Sessie van Anouk Visser");
  await expect(row).toContainText("Ruud Jansen");
  await expect(row).toContainText("Sessie beëindigd");
  await expectNoAxeViolations(page);

  // A wrong date range gets a Dutch message at the field.
  await page.getByLabel("Vanaf datum").fill("2026-12-31");
  await page.getByLabel("Tot en met datum").fill("2026-01-01");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page.getByText("De einddatum ligt vóór de begindatum.")).toBeVisible();
  await expect(page.getByLabel("Tot en met datum")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("a resident's request to erase: look up the case, see what goes, confirm, and it is gone", async ({ page }) => {
  const kase = await insertDenHaagCase();
  await signIn(page, ADMIN);
  await page.goto("/beheer/wissen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gegevens wissen op verzoek");
  await expectNoAxeViolations(page);

  await page.getByLabel("Referentie", { exact: true }).fill(formatted(kase.reference).toLowerCase());
  await page.getByRole("button", { name: "Opzoeken" }).click();
  const preview = page.getByRole("region", { name: `Gesprek ${formatted(kase.reference)}` });
  await expect(preview).toBeVisible();
  await expect(preview.getByText("2 notities")).toBeVisible();
  await expect(preview.getByText("1 afspraak")).toBeVisible();
  await expect(preview.getByText("1 vragenlijst")).toBeVisible();
  await expect(page.getByText("Meneer E2E Wissen")).toHaveCount(0); // no name, no notes on screen
  await expectNoAxeViolations(page);

  // Without the check: nothing happens, and the message says why.
  await page.getByRole("button", { name: "Gesprek definitief wissen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er is nog niets gewist" })).toBeVisible();
  expect((await query(`SELECT id FROM "Case" WHERE id = $1`, [kase.id])).length).toBe(1);
  await expectNoAxeViolations(page);

  await page.getByLabel(/Ik heb gecontroleerd dat dit het gesprek is/).check();
  await page.getByRole("button", { name: "Gesprek definitief wissen" }).click();
  await expect(page.getByRole("heading", { name: "Gewist", exact: true })).toBeVisible();
  await expect(page.getByText(/Ruud Jansen het gesprek met referentie/)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "2 notities" })).toBeVisible();
  await expectNoAxeViolations(page);

  expect(await query(`SELECT id FROM "Case" WHERE id = $1`, [kase.id])).toHaveLength(0);
  expect(await query(`SELECT id FROM "CaseNote" WHERE "caseId" = $1`, [kase.id])).toHaveLength(0);
  expect(await query(`SELECT id FROM "Assessment" WHERE "caseId" = $1`, [kase.id])).toHaveLength(0);

  // Looking it up again: not there any more.
  await page.getByLabel("Referentie", { exact: true }).fill(kase.reference);
  await page.getByRole("button", { name: "Opzoeken" }).click();
  await expect(page.getByText(/Wij vinden geen gesprek, reservering of inschrijving/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The audit log keeps the erasure, by reference.
  await page.goto(`/beheer/audit?referentie=${kase.reference}`);
  const row = page.getByRole("table", { name: /auditlog/ }).getByRole("row").filter({ hasText: "Gesprek gewist op verzoek van de inwoner" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("2 notities");
  await expectNoAxeViolations(page);
});

test("cleaning up old data now shows what was removed", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/beheer/opruimen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oude gegevens opruimen");
  await expect(page.getByRole("heading", { name: /Bewaartermijn: \d+ dagen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Nu opruimen" }).click();
  await expect(page.getByRole("status")).toContainText("Klaar");
  await expect(page.getByText(/door Ruud Jansen/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a platform administrator sees all municipalities and can choose one", async ({ page }) => {
  await signIn(page, "platform@ttv.demo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beheer: alle gemeenten");
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Rijswijk" });
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beheer: Rijswijk");
  await expectNoAxeViolations(page);
});

test("consultants get 'not found' on /beheer, and people who are not signed in go to the sign-in page", async ({ page }) => {
  const anonymous = await page.goto("/beheer/audit");
  expect(anonymous?.url()).toMatch(/\/inloggen$/);

  await signIn(page, "consulent@denhaag.demo");
  for (const path of ["/beheer", "/beheer/audit", "/beheer/wissen"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Gegevens wissen op verzoek" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Beheer" })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});
