import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { tickAllReturned, tickCheckout } from "../support/checklist";

const LEYWEG = "zorginnovatiehub-leyweg";
const DESK = `/balie/${LEYWEG}`;

/** The number after "nu beschikbaar:" inside `scope`. */
async function availableIn(scope: ReturnType<Page["locator"]>): Promise<number> {
  const text = await scope.getByText(/nu beschikbaar: \d+/).first().innerText();
  const match = /nu beschikbaar: (\d+)/.exec(text);
  if (!match) throw new Error(`geen aantal gevonden in "${text}"`);
  return Number(match[1]);
}

test("staff see today's desk, hand over a reservation, take it back, and the unit is available again after cleaning", async ({ page }) => {
  test.slow(); // visits a dozen pages, each with an axe scan
  await signIn(page, "medewerker@leyweg.demo");
  // Peter works at two centres: the start page lets him choose.
  await expect(page).toHaveURL(/\/balie$/);
  await expect(page.getByRole("heading", { level: 1, name: "Balie" })).toBeVisible();
  await expectNoAxeViolations(page, "balie start");

  await page.getByRole("link", { name: "Zorginnovatiehub Leyweg" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Balie Zorginnovatiehub Leyweg");
  await expect(page.getByRole("navigation", { name: "Uitleenpunt kiezen" }).getByRole("link", { name: "Mobilitheek Zuiderpark" })).toBeVisible();
  for (const section of ["Ophalen", "Terugbrengen", "Te laat terug", "In schoonmaak of reparatie", "Wachtlijst", "Nu beschikbaar"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expectNoAxeViolations(page, "balie vandaag");

  // The seed has reservations for the coming days. Open one for a product nobody waits for (otherwise the cleaned
  // unit would go to the waiting list instead of becoming available).
  const waitingFor = (await page.getByRole("region", { name: "Wachtlijst" }).getByRole("row").allInnerTexts()).join("\n");
  const referencePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;
  const pickupRows = page.getByRole("region", { name: "Ophalen" }).getByRole("row").filter({ has: page.getByRole("link", { name: referencePattern }) });
  let reference = "";
  for (const row of await pickupRows.all()) {
    const product = (await row.getByRole("cell").nth(2).innerText()).trim();
    if (!waitingFor.includes(product)) {
      reference = (await row.getByRole("link", { name: referencePattern }).innerText()).trim();
      break;
    }
  }
  expect(reference, "een reservering om mee te geven").not.toBe("");
  await page.getByRole("link", { name: reference, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reservering ${reference}`);
  await expect(page.getByText("Gereserveerd, nog niet opgehaald")).toBeVisible();
  await expectNoAxeViolations(page, "reservering");

  // Hand over: the checklist must be complete.
  await page.getByRole("button", { name: "Meegeven" }).click();
  await expect(page.getByText("Vink alle punten van de checklist aan voordat u het hulpmiddel meegeeft.")).toBeVisible();
  await expect(page.getByLabel("Legitimatie gezien")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "meegeven met fouten");
  await tickCheckout(page);
  await page.getByRole("button", { name: "Meegeven" }).click();
  await expect(page.getByText("Meegegeven. De uitleen is gestart.")).toBeVisible();
  await expect(page.getByText("Opgehaald, in gebruik", { exact: true })).toBeVisible();
  await expect(page.getByText("Uitgeleend", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "na meegeven");

  // Take back: complete, no damage -> cleaning.
  await tickAllReturned(page);
  await page.getByRole("button", { name: "Terugnemen" }).click();
  await expect(page.getByText("Teruggenomen. Het exemplaar staat nu op schoonmaak.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Exemplaar /);
  await expect(page.getByText("Schoonmaak", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Teruggebracht" })).toBeVisible();
  await expectNoAxeViolations(page, "exemplaar in schoonmaak");

  const unitUrl = page.url().replace(/\?.*$/, "");
  const productName = (await page.locator("h1 + p").innerText()).trim();
  const before = await availableIn(page.locator("main"));

  // The stock page shows the same number for this product.
  await page.goto(`${DESK}/voorraad`);
  const productSection = page.getByRole("region", { name: productName, exact: true });
  expect(await availableIn(productSection)).toBe(before);
  await expectNoAxeViolations(page, "voorraad");

  // Cleaning done: the unit can be lent again, and the count goes up by one.
  await page.goto(unitUrl);
  await page.getByRole("button", { name: "Schoonmaak klaar" }).click();
  await expect(page.getByText("Schoonmaak klaar. Het exemplaar kan weer worden uitgeleend.")).toBeVisible();
  await expect(page.getByText("Beschikbaar", { exact: true }).first()).toBeVisible();
  expect(await availableIn(page.locator("main"))).toBe(before + 1);
  await expectNoAxeViolations(page, "exemplaar na schoonmaak");

  await page.goto(`${DESK}/voorraad`);
  expect(await availableIn(page.getByRole("region", { name: productName, exact: true }))).toBe(before + 1);
});

test("stock: staff add a unit and retire it, using the keyboard", async ({ page }) => {
  test.slow();
  await signIn(page, "medewerker@leyweg.demo");
  await page.goto(`${DESK}/voorraad`);
  await page.getByRole("link", { name: "Exemplaar toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exemplaar toevoegen");
  await expectNoAxeViolations(page, "exemplaar toevoegen");

  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("Kies een hulpmiddel.")).toBeVisible();
  await expect(page.getByLabel("Code op het etiket")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "exemplaar toevoegen met fouten");

  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("Hulpmiddel").selectOption({ label: "Robotstofzuiger" });
  await page.getByLabel("Code op het etiket").fill(code.toLowerCase());
  await page.getByLabel("Notities").fill("Proefexemplaar");
  await page.getByLabel("Notities").press("Tab");
  await expect(page.getByRole("button", { name: "Toevoegen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Het exemplaar is toegevoegd aan de voorraad.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Exemplaar ${code}`);
  await expect(page.getByText("Beschikbaar", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page, "nieuw exemplaar");

  // Retire: "I am sure" is required.
  await page.getByRole("button", { name: "Afschrijven" }).click();
  await expect(page.getByText("Vink aan dat u het zeker weet.")).toBeVisible();
  const sure = page.getByLabel("Ik weet het zeker: dit exemplaar wordt nooit meer uitgeleend.");
  await sure.focus();
  await page.keyboard.press("Space");
  await expect(sure).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Afschrijven" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Het exemplaar is afgeschreven.")).toBeVisible();
  await expect(page.getByText("Afgeschreven", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Afschrijven" })).toHaveCount(0);
  const history = page.getByRole("table", { name: /Geschiedenis van exemplaar/ });
  await expect(history.getByRole("cell", { name: "Toegevoegd" })).toBeVisible();
  await expect(history.getByRole("cell", { name: "Afgeschreven", exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "afgeschreven exemplaar");

  await page.goto(`${DESK}/voorraad`);
  await expect(page.getByRole("region", { name: "Afgeschreven" }).getByRole("link", { name: code })).toBeVisible();
});

test("another centre's unit gives the not-found page", async ({ page, browser }) => {
  // Find a unit of the Centrale Bibliotheek as its own staff member sees it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "medewerker@centrum.demo");
  await otherPage.goto("/balie");
  await expect(otherPage).toHaveURL(/\/balie\/bibliotheek-centrum$/);
  await otherPage.goto("/balie/bibliotheek-centrum/voorraad");
  const href = await otherPage.getByRole("region").first().getByRole("link").first().getAttribute("href");
  await other.close();
  expect(href).toMatch(/^\/balie\/bibliotheek-centrum\/voorraad\/[A-Za-z0-9_-]+$/);
  const unitId = (href as string).split("/").at(-1) as string;

  await signIn(page, "medewerker@leyweg.demo");
  for (const url of [href as string, `${DESK}/voorraad/${unitId}`, "/balie/bibliotheek-centrum"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
  }
  await expectNoAxeViolations(page, "niet gevonden");
});

test("people who are not lending-centre staff cannot open the desk", async ({ page }) => {
  const response = await page.goto("/balie");
  await expect(page).toHaveURL(/\/inloggen$/);
  expect(response?.status()).toBe(200);

  await signIn(page, "beheer@denhaag.demo");
  expect((await page.goto("/balie"))?.status()).toBe(404);
  expect((await page.goto(DESK))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
  await expectNoAxeViolations(page, "balie als beheerder");
});

test("the desk fits a 320 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, "medewerker@leyweg.demo");
  await page.goto(DESK);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Balie Zorginnovatiehub Leyweg");
  await expectNoHorizontalScroll(page);
  // Rows become cards: each value carries its label.
  await expect(page.getByRole("region", { name: "Ophalen" }).getByText("Reservering:").first()).toBeVisible();
  await expectNoAxeViolations(page, "balie 320px");
  await page.goto(`${DESK}/voorraad`);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "voorraad 320px");
  await page.getByRole("navigation", { name: "Balie" }).getByRole("link", { name: "Berichten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berichten Zorginnovatiehub Leyweg");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "berichten 320px");
});
