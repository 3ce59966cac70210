/**
 * The whole lending cycle across two roles: a resident gets advice, reserves from the advice page; the lending
 * centre's staff see that reservation at the desk, hand it over, take it back, finish cleaning, and the unit is
 * available again — on the desk and in the advice the next resident sees.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { tickAllReturned, tickCheckout } from "../support/checklist";
import { answerRemainingQuestions } from "../support/questionnaire";

const LEYWEG = "zorginnovatiehub-leyweg";

test("a resident reserves from the advice page; staff hand it over, take it back, clean it, and it is available again", async ({ page }) => {
  test.setTimeout(180_000);

  // --- the resident ---------------------------------------------------------------------------------------------
  await page.goto("/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  await page.getByRole("checkbox", { name: "'s Nachts naar de wc" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await answerRemainingQuestions(page);
  await page.getByLabel("Uw postcode").fill("2545 GH");
  await page.getByRole("button", { name: "Naar mijn advies" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  await expectNoAxeViolations(page, "advies");

  // a suggestion that can be borrowed now at the Leyweg hub
  const reserveLink = page.locator(`a[href*="/${LEYWEG}"]`).filter({ hasText: /^Reserveren/ }).first();
  await expect(reserveLink).toBeVisible();
  const href = (await reserveLink.getAttribute("href")) ?? "";
  const productSlug = href.split("/")[2] ?? "";
  await reserveLink.click();
  await expect(page).toHaveURL(new RegExp(`/reserveren/${productSlug}/${LEYWEG}(\\?advies=[^&/]+)?$`));
  const productName = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").replace(/ reserveren$/, "");
  await expectNoAxeViolations(page, "reserveren");
  await page.getByRole("radio").first().check();
  await page.getByLabel("Uw naam").fill("Mevrouw Reis");
  await page.getByLabel("Telefoonnummer").fill("06 9876 5432");
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await page.getByRole("button", { name: "Reserveren" }).click();
  await expect(page.getByText("Gelukt! U hebt gereserveerd.")).toBeVisible();
  const reference = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect(reference).toMatch(/^[0-9A-Z]{8}$/);
  const shown = `${reference.slice(0, 4)}-${reference.slice(4)}`;

  // --- the lending centre ---------------------------------------------------------------------------------------
  await signIn(page, "medewerker@leyweg.demo");
  await page.goto(`/balie/${LEYWEG}`);
  const pickups = page.getByRole("region", { name: "Ophalen" });
  await expect(pickups.getByRole("link", { name: shown, exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "balie");
  await pickups.getByRole("link", { name: shown, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reservering ${shown}`);
  await expect(page.getByText("Mevrouw Reis")).toBeVisible();
  await expect(page.getByText(productName).first()).toBeVisible();

  await tickCheckout(page);
  await page.getByRole("button", { name: "Meegeven" }).click();
  await expect(page.getByText("Meegegeven. De uitleen is gestart.")).toBeVisible();
  await expectNoAxeViolations(page, "uitgeleend");

  await tickAllReturned(page);
  await page.getByRole("button", { name: "Terugnemen" }).click();
  await expect(page.getByText("Teruggenomen. Het exemplaar staat nu op schoonmaak.")).toBeVisible();
  await expect(page.getByText("Schoonmaak", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page, "schoonmaak");

  await page.getByRole("button", { name: "Schoonmaak klaar" }).click();
  await expect(page.getByText("Schoonmaak klaar. Het exemplaar kan weer worden uitgeleend.")).toBeVisible();
  await expect(page.getByText("Beschikbaar", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page, "weer beschikbaar");

  // --- the resident's reservation page tells the story too ---------------------------------------------------------
  await page.goto(`/reservering/${reference}`);
  await expect(page.getByRole("link", { name: "Reservering annuleren" })).toHaveCount(0);
  // the status follows the loan: returned, not "u leent het nu" (issue 8)
  await expect(page.getByText("Teruggebracht. Dank u wel. De uitleen is klaar.")).toBeVisible();
  await expect(page.getByText("U leent het hulpmiddel nu")).toHaveCount(0);
  await expectNoAxeViolations(page, "reservering na afloop");
});
