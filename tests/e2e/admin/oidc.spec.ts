import { expect, test } from "@playwright/test";
import { startOidcProvider, type RunningProvider } from "../../support/oidc-provider";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { signIn } from "../support/auth";
import { query } from "./db";

/**
 * Sign-in through the municipality's own identity provider in the real browser: a real OpenID Provider
 * (oidc-provider, started here on a loopback port) is set up by Den Haag's administrator, then a consultant signs in
 * with it, and someone without a mapped group gets no rights.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const APP = `http://localhost:${PORT}`;
const run = Date.now().toString(36);
let provider: RunningProvider;

test.beforeAll(async () => {
  provider = await startOidcProvider({
    port: 39000 + (PORT % 1000),
    clients: [{ clientId: "ttv-den-haag", clientSecret: "e2e-geheim-den-haag", redirectUris: [`${APP}/api/oidc/den-haag/callback`] }],
    accounts: {
      [`alice-${run}`]: { email: `alice-${run}@idp.test`, name: "Alice Consulent", groups: ["wmo-consulenten"] },
      [`bob-${run}`]: { email: `bob-${run}@idp.test`, name: "Bob Zonderrol", groups: ["iedereen"] },
    },
  });
});

test.afterAll(async () => {
  await provider?.close();
  // leave the shared test database as the other specs expect it: no identity provider for Den Haag
  await query(`DELETE FROM "OidcConfig" WHERE "municipalityId" = (SELECT id FROM "Municipality" WHERE slug = 'den-haag')`);
  await query(`DELETE FROM "User" WHERE "oidcSubject" = ANY($1)`, [[`alice-${run}`, `bob-${run}`]]);
});

test("an administrator sets up the municipality's identity provider; a mapped consultant signs in with it, someone without a mapped group gets no rights", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "beheer@denhaag.demo");
  await page.goto("/beheer/instellingen");
  await page.getByRole("link", { name: "Inloggen met het gemeente-account instellen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Inloggen met het gemeente-account");
  await expectNoAxeViolations(page);

  // a mistake first: the typed values stay, the message is Dutch
  await page.getByLabel("Adres van de identiteitsprovider (issuer)").fill("geen adres");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Dit is geen geldig adres. Het begint met https://")).toBeVisible();
  await expect(page.getByLabel("Adres van de identiteitsprovider (issuer)")).toHaveValue("geen adres");

  await page.getByLabel("Adres van de identiteitsprovider (issuer)").fill(provider.issuer);
  await page.getByLabel("Client-id").fill("ttv-den-haag");
  await page.getByLabel("Clientgeheim").fill("e2e-geheim-den-haag");
  await page.getByLabel("Waarde van de groep of rol").first().fill("wmo-consulenten");
  await page.getByLabel("Rol in deze app").first().selectOption("CONSULTANT");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expect(page.getByText("Het geheim is ingesteld.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("e2e-geheim-den-haag");
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);

  // a consultant signs in with the municipality account, in a fresh browser
  const consultantContext = await browser.newContext();
  const consultant = await consultantContext.newPage();
  await consultant.goto("/inloggen");
  await expectNoAxeViolations(consultant);
  await consultant.getByRole("link", { name: /gemeente-account van .*Den Haag/ }).click();
  await consultant.locator('input[name="login"]').fill(`alice-${run}`);
  await consultant.locator('input[name="password"]').fill("wachtwoord-bij-de-provider");
  await consultant.getByRole("button", { name: "Sign-in" }).click();
  await consultant.getByRole("button", { name: "Continue" }).click();
  await expect(consultant).toHaveURL(/\/consulent/);
  await expect(consultant.getByRole("heading", { level: 1 })).toBeVisible();
  await consultantContext.close();

  // someone whose groups are not mapped: an account, but no rights and no access
  const nobodyContext = await browser.newContext();
  const nobody = await nobodyContext.newPage();
  await nobody.goto("/inloggen");
  await nobody.getByRole("link", { name: /gemeente-account van .*Den Haag/ }).click();
  await nobody.locator('input[name="login"]').fill(`bob-${run}`);
  await nobody.locator('input[name="password"]').fill("wachtwoord-bij-de-provider");
  await nobody.getByRole("button", { name: "Sign-in" }).click();
  await nobody.getByRole("button", { name: "Continue" }).click();
  await expect(nobody).toHaveURL(/\/inloggen\/geen-rechten/);
  await expect(nobody.getByRole("heading", { level: 1 })).toHaveText("U hebt nog geen rechten; vraag uw beheerder");
  await expectNoAxeViolations(nobody);
  await nobody.screenshot({ path: "test-results/oidc-geen-rechten.png" });
  await nobody.goto("/consulent");
  await expect(nobody).toHaveURL(/\/inloggen/);
  await nobodyContext.close();

  // the administrator sees Bob waiting for rights and gives him a role by hand
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/beheer/mensen");
  const waiting = page.getByRole("region", { name: /Wachten op rechten/ });
  const bobCard = waiting.getByRole("listitem").filter({ hasText: `bob-${run}@idp.test` });
  await expect(bobCard).toBeVisible();
  await expectNoAxeViolations(page);
  // a mistake first: staff without a centre; the choice stays
  await bobCard.getByLabel("Medewerker uitleenpunt").check();
  await bobCard.getByRole("button", { name: "Rechten geven aan Bob Zonderrol" }).click();
  await expect(bobCard.getByText("Kies minstens één uitleenpunt waar deze medewerker werkt.").first()).toBeVisible();
  await expect(bobCard.getByLabel("Medewerker uitleenpunt")).toBeChecked();
  await bobCard.getByLabel("Wmo-consulent").check();
  await bobCard.getByRole("button", { name: "Rechten geven aan Bob Zonderrol" }).click();
  await expect(page.getByText("De rechten zijn gegeven.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);

  // Bob signs in again and can work
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await bob.goto("/inloggen");
  await bob.getByRole("link", { name: /gemeente-account van .*Den Haag/ }).click();
  await bob.locator('input[name="login"]').fill(`bob-${run}`);
  await bob.locator('input[name="password"]').fill("wachtwoord-bij-de-provider");
  await bob.getByRole("button", { name: "Sign-in" }).click();
  await bob.getByRole("button", { name: "Continue" }).click();
  await expect(bob).toHaveURL(/\/consulent/);
  await bobContext.close();
});
