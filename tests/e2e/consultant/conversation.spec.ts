import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { readFile } from "node:fs/promises";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";

const TABLET = { width: 1024, height: 768 };
const NEXT_STEP = "Dochter zet de app van de GPS-tracker op haar telefoon";
const NOTE = "Mevrouw wandelt graag alleen naar de markt. Haar dochter maakt zich zorgen.";
const RESPONSE = "Mijn dochter heet Fatima. Verder klopt alles.";

/** The case shared by the steps of this file: created in the first test. */
const shared = { reference: "", url: "", reportCode: "", residentName: "" };

async function visit(page: Page, path: string, what: string): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page, what);
}

test.describe.serial("a Wmo consultant's conversation at the kitchen table", () => {
  test.use({ viewport: TABLET });
  // a whole kitchen-table conversation is a long flow
  test.describe.configure({ timeout: 180_000 });

  test("consent, questions together, a note, advice with an explained monitoring product, a reservation, a next step, the report and its PDF", async ({ page }) => {
    await visit(page, "/inloggen", "inloggen");
    await signIn(page, "consulent@denhaag.demo");
    await expect(page).toHaveURL(/\/consulent$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn gesprekken");
    await expectNoAxeViolations(page, "gesprekkenlijst");

    // consent first: what is stored, why, how long, who sees it; refusing leads to advice without storing
    await page.getByRole("link", { name: "Nieuw gesprek starten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mogen wij iets opschrijven?");
    for (const heading of ["Wat schrijven wij op?", "Waarom?", "Hoe lang bewaren wij het?", "Wie kan het zien?", "U mag nee zeggen"]) {
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    }
    await expect(page.getByText(/90 dagen na ons laatste contact/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Advies zonder opslaan" })).toHaveAttribute("href", "/advies");
    await expectNoAxeViolations(page, "toestemming");
    await page.getByRole("button", { name: /start het gesprek/ }).click();
    await expect(page.getByText("Vul een naam of initialen in. Initialen zijn genoeg.")).toBeVisible();
    await expectNoAxeViolations(page, "toestemming met foutmelding");
    shared.residentName = `Mw. F.E. ${Date.now() % 100000}`;
    await page.getByLabel("Naam of voorletters").fill(shared.residentName);
    await page.getByLabel(/Telefoonnummer of e-mailadres/).fill("06 1234 5678");
    await page.getByRole("button", { name: /start het gesprek/ }).click();

    // the questionnaire, together (the resident's own screens)
    await expect(page).toHaveURL(/\/consulent\/[0-9A-Z]{8}\/vragen\/1$/);
    shared.reference = /\/consulent\/([0-9A-Z]{8})\//.exec(page.url())![1]!;
    shared.url = `/consulent/${shared.reference}`;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gaat moeilijk?");
    await expectNoAxeViolations(page, "vraag 1");
    // the difficulties come in a few screens; "De weg kwijtraken" is on one of them
    let step = 1;
    let found = false;
    while ((await page.getByRole("heading", { level: 1 }).textContent()) === "Wat gaat moeilijk?" && step < 10) {
      const box = page.getByRole("checkbox", { name: /De weg kwijtraken/ });
      if (await box.count()) {
        await box.check();
        found = true;
      }
      await page.getByRole("button", { name: "Volgende" }).click();
      step++;
      await expect(page).toHaveURL(new RegExp(`/vragen/${step}$`));
    }
    expect(found, "'De weg kwijtraken' is one of the difficulties").toBe(true);
    await expectNoAxeViolations(page, "eerste vraag over de situatie");
    for (; step < 25; step++) {
      const heading = await page.getByRole("heading", { level: 1 }).textContent();
      if (heading === "Waar woont u?") break;
      if (heading === "Woont u alleen?") await page.getByRole("radio", { name: "Ja", exact: true }).check();
      await page.getByRole("button", { name: "Volgende" }).click();
      await expect(page).toHaveURL(new RegExp(`/vragen/${step + 1}$`));
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar woont u?");
    await expectNoAxeViolations(page, "vraag woonplaats");
    await page.getByLabel("Uw postcode").fill("2545 GH");
    await page.getByRole("button", { name: "Naar mijn advies" }).click();

    // advice: the monitoring product cannot be chosen before the explanation
    await expect(page).toHaveURL(new RegExp(`${shared.url}/advies$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Advies");
    await expect(page.getByRole("heading", { name: /GPS-tracker/, level: 3 })).toBeVisible();
    const gps = page.locator("#keuze-gps-tracker");
    await expect(gps.getByRole("button", { name: /De inwoner wil dit proberen/ })).toHaveCount(0);
    // the municipality's Wmo desk, so the resident can reach it later
    const desk = page.getByRole("region", { name: "Hulp van de gemeente: het Wmo-loket" });
    await expect(desk.getByRole("link", { name: "14 070" })).toBeVisible();
    // classification codes for the consultant: ISO 9999 per product, ICF per difficulty
    await expect(page.getByRole("article", { name: /GPS-tracker/ }).getByText(/ISO 9999: 22 27 24 \(editie 2022\)/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Wat moeilijk gaat, met ICF-codes" }).getByText(/· ICF [bdes]\d/).first()).toBeVisible();
    await expectNoAxeViolations(page, "advies");

    // a note the resident can see
    await page.getByRole("navigation", { name: "Onderdelen van dit gesprek" }).getByRole("link", { name: "Notities" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notities");
    await expectNoAxeViolations(page, "notities");
    await page.getByLabel("Onderwerp").selectOption({ label: "Veilig thuis" });
    await page.getByLabel("Notitie", { exact: true }).fill(NOTE);
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De notitie is opgeslagen." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Veilig thuis", level: 3 })).toBeVisible();
    await expect(page.getByText(NOTE)).toBeVisible();
    await expect(page.getByLabel("Notitie", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page, "notities na opslaan");

    // explain the GPS tracker in plain words, the resident agrees, then it can be marked
    await page.getByRole("navigation", { name: "Onderdelen van dit gesprek" }).getByRole("link", { name: "Advies" }).click();
    await gps.getByRole("link", { name: "Uitleg geven over GPS-tracker" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat houdt de GPS-tracker bij?");
    await expect(page.getByText("Er zit geen camera in.")).toBeVisible();
    await expect(page.getByText("Wie ziet dat?")).toBeVisible();
    await expect(page.getByText("Hoe stopt u ermee?")).toBeVisible();
    await expectNoAxeViolations(page, "uitleg monitoring");
    await page.getByRole("button", { name: "Ja, dat vind ik goed" }).click();
    await expect(page).toHaveURL(new RegExp(`${shared.url}/advies#keuze-gps-tracker$`));
    await expect(gps.getByText("De inwoner vindt het goed.")).toBeVisible();
    await gps.getByRole("button", { name: /^De inwoner wil dit proberen\s*: GPS-tracker$/ }).click();
    await expect(gps.getByText("De inwoner wil GPS-tracker proberen.")).toBeVisible();
    await expectNoAxeViolations(page, "advies na keuze");

    // reserve on the resident's behalf (same rules as a resident's own reservation)
    await gps.getByRole("link", { name: /GPS-tracker reserveren/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^GPS-tracker reserveren bij /);
    await expect(page.getByLabel(/^Telefoonnummer/)).toHaveValue("06 1234 5678");
    await expectNoAxeViolations(page, "reserveren");
    await page.getByRole("button", { name: "Reserveren voor de inwoner" }).click();
    await expect(page.getByText(/Zet een vinkje als u akkoord gaat/)).toBeVisible();
    await expectNoAxeViolations(page, "reserveren met foutmelding");
    await page.getByLabel(/De inwoner zegt/).check();
    await page.getByRole("button", { name: "Reserveren voor de inwoner" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gereserveerd: GPS-tracker" })).toBeVisible();
    await expect(gps.getByText(/^Gereserveerd bij .*Code [0-9A-Z]{4}-[0-9A-Z]{4}\.$/)).toBeVisible();
    await expectNoAxeViolations(page, "advies na reserveren");

    // an agreed next step: what, who, by when
    await page.getByRole("link", { name: "Verder: afspraken maken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afspraken: wie doet wat?");
    await expectNoAxeViolations(page, "afspraken");
    await page.getByLabel("Wat gaat er gebeuren?").fill(NEXT_STEP);
    await page.getByLabel("Wie doet het?").fill("Dochter");
    await page.getByLabel(/Uiterlijk op/).fill("2030-01-15");
    await page.getByRole("button", { name: "Afspraak opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De afspraak is opgeslagen." })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: NEXT_STEP })).toContainText("dinsdag 15 januari 2030");
    await expectNoAxeViolations(page, "afspraken na opslaan");

    // the report: on screen, then as PDF
    await page.getByRole("link", { name: "Verder: het verslag" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verslag");
    const report = page.getByRole("article", { name: "Verslag van ons gesprek" });
    await expect(report.getByRole("heading", { name: "Ons advies" })).toBeVisible();
    await expect(report.getByRole("heading", { name: "GPS-tracker", level: 4 }).first()).toBeVisible();
    await expect(report.getByText("U wilt dit proberen.").first()).toBeVisible();
    await expect(report.getByText(NOTE)).toBeVisible();
    await expect(report.getByText("Wie: Dochter.")).toBeVisible();
    await expect(report.getByRole("heading", { name: "Wat past niet bij u, en waarom?" })).toBeVisible();
    await expectNoAxeViolations(page, "verslag");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download als pdf" }).click()]);
    expect(download.suggestedFilename()).toBe(`verslag-${shared.reference}.pdf`);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain("Verslag van ons gesprek");
    expect(text).toContain("GPS-tracker");
    expect(text).toContain(NEXT_STEP);
    expect(text).toContain("Wie: Dochter.");
    expect(text).toContain("ISO 9999: 22 27 24 (editie 2022)");
    expect(text).toContain("Codes voor de gemeente (ICF):");
    expect(text).toContain(shared.residentName);

    // a copy for the resident: a secret code
    await page.getByRole("button", { name: "Maak een code voor de inwoner" }).click();
    const code = page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(code).toBeVisible();
    shared.reportCode = (await code.textContent())!;
    await expectNoAxeViolations(page, "verslag met code");
  });

  test("the resident opens the copy with the code and responds; the consultant sees the response", async ({ page, browser }) => {
    expect(shared.reportCode, "the first test made a report code").not.toBe("");
    const residentContext = await browser.newContext({ viewport: TABLET, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
    const resident = await residentContext.newPage();
    await visit(resident, "/verslag", "verslag-code invullen");
    await resident.getByLabel("Uw code").fill("XXXX-XXXX-XXXX");
    await resident.getByRole("button", { name: "Verslag openen" }).click();
    await expect(resident.getByText(/Wij vinden geen verslag met deze code/)).toBeVisible();
    await expectNoAxeViolations(resident, "verslag-code fout");
    await resident.getByLabel("Uw code").fill(shared.reportCode.toLowerCase());
    await resident.getByRole("button", { name: "Verslag openen" }).click();
    await expect(resident).toHaveURL(new RegExp(`/verslag/${shared.reportCode.replaceAll("-", "")}$`));
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Verslag van ons gesprek");
    await expect(resident.getByText(NEXT_STEP)).toBeVisible();
    await expectNoAxeViolations(resident, "verslag inwoner");
    await resident.getByLabel("Uw reactie").fill(RESPONSE);
    await resident.getByRole("button", { name: "Reactie versturen" }).click();
    await expect(resident.getByText("Dank u wel. Uw reactie is ontvangen.")).toBeVisible();
    await expect(resident.getByRole("heading", { name: "Uw reactie op dit verslag" })).toBeVisible();
    await expectNoAxeViolations(resident, "verslag inwoner na reactie");
    await residentContext.close();

    await signIn(page, "consulent@denhaag.demo");
    await visit(page, shared.url, "overzicht met reactie");
    await expect(page.getByRole("heading", { name: "Reactie van de inwoner" })).toBeVisible();
    await expect(page.getByText(RESPONSE)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Reserveringen" })).toBeVisible();
    await expect(page.getByText(/^GPS-tracker$/).first()).toBeVisible();

    // the case list: search by name (sent as POST, the name never appears in the address)
    await visit(page, "/consulent", "gesprekkenlijst");
    await page.getByLabel("Zoek op naam of kenmerk").fill(shared.residentName);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page.getByText(/1 gesprek gevonden/)).toBeVisible();
    await expect(page.getByRole("link", { name: shared.residentName })).toBeVisible();
    await expect(page).toHaveURL(/\/consulent$/);
    await expectNoAxeViolations(page, "gesprekkenlijst na zoeken");
  });

  test("the workspace fits a 320 px wide screen", async ({ page }) => {
    expect(shared.reference, "the first test made a case").not.toBe("");
    await page.setViewportSize({ width: 320, height: 640 });
    await signIn(page, "consulent@denhaag.demo");
    for (const path of ["/consulent", "/consulent/nieuw", shared.url, `${shared.url}/vragen/1`, `${shared.url}/notities`, `${shared.url}/advies`, `${shared.url}/advies/gps-tracker/uitleg`, `${shared.url}/afspraken`, `${shared.url}/verslag`, `/verslag/${shared.reportCode.replaceAll("-", "")}`]) {
      await visit(page, path, `320px ${path}`);
      await expectNoHorizontalScroll(page);
    }
  });

  test("a consultant of another municipality gets the not-found page for this case", async ({ page }) => {
    expect(shared.reference, "the first test made a case").not.toBe("");
    await signIn(page, "consulent@rijswijk.demo");
    for (const path of [shared.url, `${shared.url}/advies`, `${shared.url}/verslag`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
      await expectNoAxeViolations(page, `rijswijk ${path}`);
    }
    const pdf = await page.request.get(`${shared.url}/verslag/pdf`);
    expect(pdf.status()).toBe(404);
    await visit(page, "/consulent", "rijswijk lijst");
    await expect(page.getByRole("link", { name: shared.residentName })).toHaveCount(0);
  });

  test("staff of a lending centre get not found on the workspace; without signing in it asks to sign in", async ({ page, browser }) => {
    expect(shared.reference, "the first test made a case").not.toBe("");
    await signIn(page, "medewerker@leyweg.demo");
    for (const path of ["/consulent", "/consulent/nieuw", shared.url, `${shared.url}/advies`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
      await expectNoAxeViolations(page, `medewerker ${path}`);
    }
    expect((await page.request.get(`${shared.url}/verslag/pdf`)).status()).toBe(404);

    const anonymousContext = await browser.newContext();
    const anonymous = await anonymousContext.newPage();
    for (const path of ["/consulent", shared.url, `${shared.url}/verslag`]) {
      await anonymous.goto(path);
      await expect(anonymous).toHaveURL(/\/inloggen$/);
    }
    await anonymousContext.close();
  });
});
