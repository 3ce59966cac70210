import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { DEMO_PASSWORD, signIn } from "../support/auth";
import { query } from "../admin/db";
import { answerRemainingQuestions } from "../support/questionnaire";

/**
 * Issue 9's flow: a platform administrator brings a THIRD municipality live from nothing, through the UI alone. It is
 * created, its first administrator accepts the invitation, adds a centre with opening hours, invites staff and
 * chooses the local offer; the staff member adds stock; the configuration page shows the file as equal to what is
 * stored; it chooses its look (a theme); a resident of the new municipality sees that look at its own address and in
 * the advice, gets advice showing its centre and reserves. axe on every page.
 * (The theme step follows when the municipality's look is merged.)
 */
const run = Date.now().toString(36);
const slug = `zoetermeer-${run}`;
const name = `Zoetermeer ${run}`;
const centreName = "Wijkpunt Noord";
const product = "Nachtlampje met bewegingssensor";


/** Accepts an invitation with the demo password, so the shared sign-in helper signs the person in. */
async function acceptInvitation(page: Page, code: string): Promise<void> {
  await page.goto(`/uitnodiging?code=${code}`);
  await expectNoAxeViolations(page, "uitnodiging");
  await page.getByLabel("Kies uw wachtwoord").fill(DEMO_PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByText("Uw account is klaar.")).toBeVisible();
}

// the other specs expect only the demo municipalities
test.afterAll(async () => {
  const m = `(SELECT id FROM "Municipality" WHERE slug = $1)`;
  const centres = `(SELECT id FROM "LendingCentre" WHERE "municipalityId" = ${m})`;
  const users = `(SELECT id FROM "User" WHERE "municipalityId" = ${m})`;
  for (const sql of [
    `DELETE FROM "Consent" WHERE "reservationId" IN (SELECT id FROM "Reservation" WHERE "centreId" IN ${centres})`,
    `DELETE FROM "OutboxMessage" WHERE "centreId" IN ${centres} OR "reservationId" IN (SELECT id FROM "Reservation" WHERE "centreId" IN ${centres})`,
    `DELETE FROM "OutboxMessage" WHERE kind = 'invitation' AND "toAddress" IN (SELECT email FROM "Invitation" WHERE "municipalityId" = ${m})`,
    `DELETE FROM "Reservation" WHERE "centreId" IN ${centres}`,
    `DELETE FROM "LendingUnit" WHERE "centreId" IN ${centres}`,
    `DELETE FROM "Invitation" WHERE "municipalityId" = ${m}`,
    `DELETE FROM "AuditEvent" WHERE "municipalityId" = ${m} OR "actorId" IN ${users}`,
    `DELETE FROM "SettingChange" WHERE "municipalityId" = ${m}`,
    `DELETE FROM "MunicipalityProduct" WHERE "municipalityId" = ${m}`,
    `DELETE FROM "Assessment" WHERE "municipalityId" = ${m}`,
    `DELETE FROM "UnitEvent" WHERE "actorId" IN ${users}`,
    `DELETE FROM "User" WHERE "municipalityId" = ${m}`,
    `DELETE FROM "LendingCentre" WHERE "municipalityId" = ${m}`,
    `DELETE FROM "Municipality" WHERE slug = $1`,
  ]) {
    await query(sql, [slug]);
  }
});

test("a platform administrator brings a third municipality live from nothing; a resident gets advice with its look and its centre, and reserves", async ({ page, browser }) => {
  test.setTimeout(600_000);

  // --- platform administrator: create the municipality --------------------------------------------------------
  await signIn(page, "platform@ttv.demo");
  await page.goto("/beheer/gemeenten/nieuw");
  await expectNoAxeViolations(page, "nieuwe gemeente");
  await page.getByLabel("Naam van de gemeente").fill(name);
  await page.getByLabel(/^Korte naam/).fill(slug);
  await page.getByLabel(/^Postcodegebieden/).fill("2711-2729");
  await page.getByLabel(/^Telefoonnummer/).fill("14 079");
  await page.getByLabel(/^Website/).fill("https://www.zoetermeer.nl/wmo");
  await page.getByLabel(/^Wanneer bereikbaar/).fill("werkdagen van 9.00 tot 17.00 uur");
  await page.getByLabel(/^Naam$/).fill("Noor Beheer");
  const adminEmail = `noor-${run}@zoetermeer.example`;
  await page.getByLabel(/^E-mailadres/).fill(adminEmail);
  await page.getByRole("button", { name: "Gemeente maken en beheerder uitnodigen" }).click();
  await expect(page.getByText(`De gemeente ${name} is gemaakt.`)).toBeVisible();
  const adminCode = (await page.getByTestId("uitnodigingscode").textContent()) ?? "";
  await expectNoAxeViolations(page, "gemeente gemaakt");

  // --- its first administrator accepts and signs in -------------------------------------------------------------
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await acceptInvitation(admin, adminCode);
  await signIn(admin, adminEmail);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Beheer: ${name}`);
  await expectNoAxeViolations(admin, "beheer");

  // a centre with opening hours on every weekday
  await admin.goto("/beheer/uitleenpunten/nieuw");
  await expectNoAxeViolations(admin, "nieuw uitleenpunt");
  await admin.getByLabel(/^Naam/).fill(centreName);
  await admin.getByLabel(/^Straat en huisnummer/).fill("Dorpsstraat 1");
  await admin.getByLabel(/^Postcode/).fill("2712 AB");
  await admin.getByLabel(/^Plaats/).fill("Zoetermeer");
  await admin.getByLabel(/^Wijk/).fill("Noord");
  await admin.getByLabel(/^Telefoon/).fill("079 346 8900");
  await admin.getByLabel(/^E-mailadres/).fill("noord@zoetermeer.example");
  for (const day of ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]) {
    await admin.getByLabel(`${day}, open vanaf`, { exact: true }).fill("09:00");
    await admin.getByLabel(`${day}, dicht om`, { exact: true }).fill("17:00");
  }
  await admin.getByRole("button", { name: "Uitleenpunt toevoegen" }).click();
  await expect(admin.getByText("Het uitleenpunt is toegevoegd.")).toBeVisible();
  await expectNoAxeViolations(admin, "uitleenpunt");
  const [centre] = await query<{ slug: string }>(`SELECT c.slug FROM "LendingCentre" c JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m.slug = $1`, [slug]);
  if (!centre) throw new Error("het uitleenpunt is niet opgeslagen");

  // staff for that centre
  await admin.goto("/beheer/mensen");
  await expectNoAxeViolations(admin, "mensen");
  const staffEmail = `sem-${run}@zoetermeer.example`;
  await admin.getByLabel(/^Naam/).fill("Sem Balie");
  await admin.getByLabel(/^E-mailadres/).fill(staffEmail);
  await admin.getByRole("radio", { name: "Medewerker uitleenpunt" }).check();
  await admin.getByRole("checkbox", { name: centreName }).check();
  await admin.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(admin.getByText("Uitnodiging gemaakt voor Sem Balie.")).toBeVisible();
  const staffCode = (await admin.getByTestId("uitnodigingscode").textContent()) ?? "";
  await expectNoAxeViolations(admin, "medewerker uitgenodigd");

  // the local offer: local information for the night light
  await admin.goto("/beheer/aanbod");
  await expectNoAxeViolations(admin, "aanbod");
  await admin.getByRole("link", { name: `Eigen informatie aanpassen voor ${product}` }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(product);
  await admin.getByLabel("Notitie voor inwoners en consulenten").fill("Haal het op bij Wijkpunt Noord; de proefweek is gratis.");
  await admin.getByRole("button", { name: "Opslaan" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  await expectNoAxeViolations(admin, "aanbod hulpmiddel");

  // its look: a ready-made theme (checked against WCAG AA before it is saved)
  await admin.goto("/beheer/instellingen/uiterlijk");
  await expectNoAxeViolations(admin, "uiterlijk");
  await admin.getByRole("radio", { name: /Rood/ }).check();
  await admin.getByRole("button", { name: "Dit thema gebruiken" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  await adminContext.close();

  // --- the staff member accepts and adds a unit to the stock ---------------------------------------------------
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await acceptInvitation(staff, staffCode);
  await signIn(staff, staffEmail);
  await staff.goto(`/balie/${centre.slug}/voorraad/nieuw`);
  await expectNoAxeViolations(staff, "exemplaar toevoegen");
  await staff.getByLabel("Hulpmiddel").selectOption({ label: product });
  await staff.getByLabel("Code op het etiket").fill(`ZM-NACHT-${run}`.toUpperCase().slice(0, 30));
  await staff.getByRole("button", { name: "Toevoegen" }).click();
  await expect(staff).toHaveURL(/toegevoegd/);
  await staffContext.close();

  // --- the platform administrator's configuration page: the exported file equals what is stored -----------------
  const [m] = await query<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = $1`, [slug]);
  await page.goto(`/beheer/gemeenten/${m!.id}/configuratie`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Configuratie van ${name}`);
  await expectNoAxeViolations(page, "configuratie");
  const download = await page.request.get(`/beheer/gemeenten/${m!.id}/configuratie/bestand`);
  expect(download.status()).toBe(200);
  const file = await download.text();
  expect(file).toContain(`"slug": "${centre.slug}"`);
  expect(file).toContain(staffEmail);
  await page.getByLabel("Configuratiebestand (.json)").setInputFiles({ name: `${slug}.json`, mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Controleren (proefimport)" }).click();
  await expect(page.getByText("Geen verschillen: het bestand is gelijk aan wat hier al staat.")).toBeVisible();
  await expectNoAxeViolations(page, "configuratie na proefimport");
  // a broken file: the path of the bad field, nothing saved
  await page.getByLabel("Configuratiebestand (.json)").setInputFiles({ name: "kapot.json", mimeType: "application/json", buffer: Buffer.from(file.replace('"09:00"', '"9 uur"')) });
  await page.getByRole("button", { name: "Controleren (proefimport)" }).click();
  await expect(page.getByText("Dit bestand kan niet worden ingelezen. Er is niets veranderd.", { exact: false })).toBeVisible();
  await expect(page.getByText(/uitleenpunten\[0\]\.openingstijden\[0\]\.open/)).toBeVisible();
  await expectNoAxeViolations(page, "configuratie met fout");

  // --- a resident of the new municipality: advice with its centre, and a reservation ------------------------------
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  // its own address shows its look, and starting there has the municipality chosen already
  await resident.goto(`/${slug}`);
  await expectNoAxeViolations(resident, "eigen adres van de gemeente");
  expect(await resident.locator(`[data-gemeente="${slug}"]`).evaluate((el) => getComputedStyle(el).getPropertyValue("--color-brand-800").trim())).toBe("#8c0f1b");
  await resident.goto("/advies");
  await resident.getByRole("radio", { name }).check();
  await resident.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await resident.getByRole("button", { name: "Begin met de vragen" }).click();
  await resident.getByRole("checkbox", { name: "'s Nachts naar de wc" }).check();
  await resident.getByRole("button", { name: "Volgende" }).click();
  await answerRemainingQuestions(resident);
  await resident.getByRole("button", { name: "Naar mijn advies" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expect(resident.getByRole("link", { name: centreName }).first()).toBeVisible();
  // the advice has the municipality's look too
  expect(await resident.locator(`[data-gemeente="${slug}"]`).evaluate((el) => getComputedStyle(el).getPropertyValue("--color-brand-800").trim())).toBe("#8c0f1b");
  await expectNoAxeViolations(resident, "advies met uitleenpunt");
  // the local offer's note is part of the advice
  await expect(resident.getByText("Haal het op bij Wijkpunt Noord; de proefweek is gratis.").first()).toBeVisible();
  await resident.getByRole("link", { name: new RegExp(`^Reserveren\\s*: ${product} bij ${centreName}$`) }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(`${product} reserveren`);
  await expectNoAxeViolations(resident, "reserveren");
  await resident.getByRole("radio").first().check();
  await resident.getByLabel("Uw naam").fill("Mevrouw Zoetermeer");
  await resident.getByLabel("Telefoonnummer").fill("06 1234 5678");
  await resident.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await resident.getByRole("button", { name: "Reserveren" }).click();
  await expect(resident.getByText("Gelukt! U hebt gereserveerd.")).toBeVisible();
  await expectNoAxeViolations(resident, "reservering");
  const [stored] = await query<{ count: string }>(`SELECT count(*) FROM "Reservation" r JOIN "LendingCentre" c ON c.id = r."centreId" WHERE c.slug = $1 AND r.status = 'RESERVED'`, [centre.slug]);
  expect(Number(stored?.count)).toBe(1);
  await residentContext.close();
});
