import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { deleteMunicipality, query } from "./db";
import { answerRemainingQuestions } from "../support/questionnaire";


const nav = (page: Page) => page.getByRole("navigation", { name: "Beheer" });

const created: string[] = [];
// the other specs expect only the demo municipalities
test.afterAll(async () => {
  for (const slug of created) await deleteMunicipality(slug);
});

test("a platform administrator onboards a municipality; its first administrator accepts the invitation, adds a centre with hours and a closed day, invites staff and changes a setting; its residents get advice", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const name = `Delft ${run}`;
  const adminEmail = `iris-${run}@delft.example`;
  const password = "een lange zin voor delft";

  // --- platform administrator: onboard the municipality ------------------------------------------------------
  await signIn(page, "platform@ttv.demo");
  await nav(page).getByRole("link", { name: "Gemeenten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gemeenten");
  await expectNoAxeViolations(page, "gemeenten");
  await page.getByRole("link", { name: "Nieuwe gemeente" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe gemeente");
  await expectNoAxeViolations(page, "nieuwe gemeente");

  // a mistake: Dutch messages at the fields, and what was typed stays
  await page.getByLabel("Naam van de gemeente").fill(name);
  await page.getByLabel(/^Korte naam/).fill("delft met spaties");
  await page.getByLabel(/^Postcodegebieden/).fill("2611-2629");
  await page.getByRole("button", { name: "Gemeente maken en beheerder uitnodigen" }).click();
  await expect(page.getByText("Gebruik alleen kleine letters, cijfers en streepjes, zoals den-haag.")).toBeVisible();
  await expect(page.getByText("Vul het e-mailadres in.")).toBeVisible();
  await expect(page.getByLabel("Naam van de gemeente")).toHaveValue(name);
  await expect(page.getByLabel(/^Postcodegebieden/)).toHaveValue("2611-2629");
  await expectNoAxeViolations(page, "nieuwe gemeente met fouten");

  await page.getByLabel(/^Korte naam/).fill(`delft-${run}`);
  created.push(`delft-${run}`);
  await page.getByLabel(/^Telefoonnummer/).fill("14 015");
  await page.getByLabel(/^Website/).fill("https://www.delft.nl/wmo");
  await page.getByLabel(/^Wanneer bereikbaar/).fill("werkdagen van 9.00 tot 17.00 uur");
  await page.getByLabel(/^Naam$/).fill("Iris de Boer");
  await page.getByLabel(/^E-mailadres/).fill(adminEmail);
  await page.getByRole("button", { name: "Gemeente maken en beheerder uitnodigen" }).click();
  await expect(page.getByText(`De gemeente ${name} is gemaakt.`)).toBeVisible();
  const code = (await page.getByTestId("uitnodigingscode").textContent()) ?? "";
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expectNoAxeViolations(page, "gemeente gemaakt");
  // the invitation is in the outbox, without the code
  const [message] = await query<{ body: string }>(`SELECT body FROM "OutboxMessage" WHERE kind = 'invitation' AND "toAddress" = $1`, [adminEmail]);
  expect(message?.body).toContain("/uitnodiging");
  expect(message?.body).not.toContain(code);

  // --- a resident of the new municipality gets advice, with the Wmo desk as the next step (no centre yet) ------
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await resident.goto("/advies");
  await resident.getByRole("radio", { name }).check();
  await resident.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await resident.getByRole("button", { name: "Begin met de vragen" }).click();
  await resident.getByRole("checkbox", { name: "'s Nachts naar de wc" }).check();
  await resident.getByRole("button", { name: "Volgende" }).click();
  await answerRemainingQuestions(resident);
  await resident.getByRole("button", { name: "Naar mijn advies" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expect(resident.getByText(`De gemeente ${name} heeft nog geen uitleenpunt.`)).toBeVisible();
  await expect(resident.getByRole("link", { name: "14 015" })).toBeVisible();
  await expectNoAxeViolations(resident, "advies zonder uitleenpunt");
  await residentContext.close();

  // --- the invited administrator chooses a password and signs in ---------------------------------------------
  const invitedContext = await browser.newContext();
  const invited = await invitedContext.newPage();
  await invited.goto(`/uitnodiging?code=${code}`);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Uitnodiging aannemen");
  await expect(invited.getByLabel("Code uit de uitnodiging")).toHaveValue(code);
  await expectNoAxeViolations(invited, "uitnodiging");
  await invited.getByLabel("Kies uw wachtwoord").fill("te kort");
  await invited.getByLabel("Typ het wachtwoord nog een keer").fill("te kort");
  await invited.getByRole("button", { name: "Account maken" }).click();
  await expect(invited.getByText(/minstens 12 tekens/).last()).toBeVisible();
  await expect(invited.getByLabel("Code uit de uitnodiging")).toHaveValue(code);
  await expectNoAxeViolations(invited, "uitnodiging met fout");
  await invited.getByLabel("Kies uw wachtwoord").fill(password);
  await invited.getByLabel("Typ het wachtwoord nog een keer").fill(password);
  await invited.getByRole("button", { name: "Account maken" }).click();
  await expect(invited.getByText("Uw account is klaar.")).toBeVisible();
  await expectNoAxeViolations(invited, "account klaar");
  await invited.getByRole("link", { name: "Naar inloggen" }).click();
  await invited.getByLabel("E-mailadres").fill(adminEmail);
  await invited.getByLabel("Wachtwoord").fill(password);
  await invited.getByRole("button", { name: "Inloggen" }).click();
  await expect(invited).toHaveURL(/\/beheer$/);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText(`Beheer: ${name}`);
  await expect(nav(invited).getByRole("link", { name: "Gemeenten" })).toHaveCount(0);

  // --- adds a lending centre with opening hours and a closed day ----------------------------------------------
  await nav(invited).getByRole("link", { name: "Uitleenpunten" }).click();
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Uitleenpunten");
  await expectNoAxeViolations(invited, "uitleenpunten");
  await invited.getByRole("link", { name: "Nieuw uitleenpunt" }).click();
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Nieuw uitleenpunt");
  await expectNoAxeViolations(invited, "nieuw uitleenpunt");
  await invited.getByLabel(/^Naam/).fill("Wijkpunt Hof");
  await invited.getByLabel(/^Straat en huisnummer/).fill("Markt 87");
  await invited.getByLabel(/^Postcode/).fill("2611gw");
  await invited.getByLabel(/^Plaats/).fill("Delft");
  await invited.getByLabel(/^Wijk/).fill("Binnenstad");
  await invited.getByLabel(/^Telefoon/).fill("015 260 2600");
  await invited.getByLabel(/^E-mailadres/).fill("hof@delft.example");
  await invited.getByLabel("dinsdag, open vanaf", { exact: true }).fill("09:00");
  await invited.getByLabel("dinsdag, dicht om", { exact: true }).fill("08:00");
  await invited.getByRole("button", { name: "Uitleenpunt toevoegen" }).click();
  await expect(invited.getByText("Het uitleenpunt moet later dicht dan open.")).toBeVisible();
  await expect(invited.getByLabel(/^Straat en huisnummer/)).toHaveValue("Markt 87");
  await expectNoAxeViolations(invited, "nieuw uitleenpunt met fout");
  await invited.getByLabel("dinsdag, dicht om", { exact: true }).fill("16:00");
  await invited.getByRole("button", { name: "Uitleenpunt toevoegen" }).click();
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Wijkpunt Hof");
  await expect(invited.getByText("Het uitleenpunt is toegevoegd.")).toBeVisible();
  await expect(invited.getByLabel("dinsdag, open vanaf", { exact: true })).toHaveValue("09:00");
  await invited.getByLabel("Datum").fill("2099-12-26");
  await invited.getByLabel(/^Reden/).fill("Tweede Kerstdag");
  await invited.getByRole("button", { name: "Dag toevoegen" }).click();
  await expect(invited.getByText(/: Tweede Kerstdag$/)).toBeVisible();
  await expectNoAxeViolations(invited, "uitleenpunt bewerken");
  await invited.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(invited);
  await invited.setViewportSize({ width: 1280, height: 800 });

  // --- invites a staff member for that centre ----------------------------------------------------------------
  await nav(invited).getByRole("link", { name: "Mensen" }).click();
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Mensen");
  await expect(invited.getByRole("rowheader", { name: /Iris de Boer \(uzelf\)/ })).toBeVisible();
  await expectNoAxeViolations(invited, "mensen");
  await invited.getByLabel(/^Naam/).fill("Bram Balie");
  await invited.getByLabel(/^E-mailadres/).fill(`bram-${run}@delft.example`);
  await invited.getByRole("radio", { name: "Medewerker uitleenpunt" }).check();
  await invited.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(invited.getByText("Kies minstens één uitleenpunt waar deze medewerker werkt.")).toBeVisible();
  await expect(invited.getByLabel(/^Naam/)).toHaveValue("Bram Balie");
  await invited.getByRole("checkbox", { name: "Wijkpunt Hof" }).check();
  await invited.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(invited.getByText("Uitnodiging gemaakt voor Bram Balie.")).toBeVisible();
  await expect(invited.getByTestId("uitnodigingscode")).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expectNoAxeViolations(invited, "medewerker uitgenodigd");
  // a municipality administrator cannot hand out platform administration
  await expect(invited.getByRole("radio", { name: /Platformbeheerder/ })).toHaveCount(0);

  // --- changes a setting; the history shows it ----------------------------------------------------------------
  await nav(invited).getByRole("link", { name: "Instellingen" }).click();
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText(`Instellingen: ${name}`);
  await expectNoAxeViolations(invited, "instellingen");
  await invited.getByLabel(/^Bewaartermijn/).fill("0");
  await invited.getByRole("button", { name: "Opslaan" }).click();
  await expect(invited.getByText(/Vul een heel getal in van 1 tot en met 3650/)).toBeVisible();
  await invited.getByLabel(/^Bewaartermijn/).fill("60");
  await invited.getByLabel(/^Welkomsttekst/).fill("Welkom! In Delft leent u hulpmiddelen bij Wijkpunt Hof.");
  await invited.getByRole("button", { name: "Opslaan" }).click();
  await expect(invited.getByText(/Opgeslagen\. 2 instellingen zijn veranderd\./)).toBeVisible();
  await invited.reload();
  const history = invited.getByRole("table", { name: /geschiedenis/i });
  await expect(history.getByRole("row").filter({ hasText: "Bewaartermijn" })).toContainText("60 dagen");
  await expect(history.getByRole("row").filter({ hasText: "Bewaartermijn" })).toContainText("Iris de Boer");
  await expectNoAxeViolations(invited, "instellingen met geschiedenis");
  await invitedContext.close();

  // --- its residents read the welcome text above the first question -----------------------------------------
  const welcomed = await browser.newContext();
  const welcomedPage = await welcomed.newPage();
  await welcomedPage.goto("/advies");
  await welcomedPage.getByRole("radio", { name }).check();
  await welcomedPage.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await welcomedPage.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(welcomedPage.getByRole("complementary", { name: `Welkom van de gemeente ${name}` })).toHaveText("Welkom! In Delft leent u hulpmiddelen bij Wijkpunt Hof.");
  await expectNoAxeViolations(welcomedPage, "eerste vraag met welkomsttekst");
  await welcomed.close();

  // --- the platform administrator pauses it: residents get a message, its administrator cannot sign in --------
  await page.goto("/beheer/gemeenten");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await card.getByRole("button", { name: /Pauzeren/ }).click();
  await expect(page.getByText("De gemeente is gepauzeerd.")).toBeVisible();
  await expectNoAxeViolations(page, "gemeente gepauzeerd");
  const later = await browser.newContext();
  const laterPage = await later.newPage();
  await laterPage.goto("/advies");
  await laterPage.getByRole("radio", { name }).check();
  await laterPage.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await laterPage.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(laterPage.getByText(`De gemeente ${name} doet op dit moment niet mee.`)).toBeVisible();
  await laterPage.goto("/inloggen");
  await laterPage.getByLabel("E-mailadres").fill(adminEmail);
  await laterPage.getByLabel("Wachtwoord").fill(password);
  await laterPage.getByRole("button", { name: "Inloggen" }).click();
  // the right password of a paused municipality gets a clear reason (a wrong one still gets the general message)
  await expect(laterPage.getByText("Uw gemeente doet op dit moment niet mee. Daarom kunt u nu niet inloggen.", { exact: false })).toBeVisible();
  await later.close();
  await card.getByRole("button", { name: /Weer laten meedoen/ }).click();
  await expect(page.getByText("De gemeente doet weer mee.")).toBeVisible();
});
