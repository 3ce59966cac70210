import { expect, test } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { tickCheckout } from "../support/checklist";

const DESK = "/balie/zorginnovatiehub-leyweg";

test("desk: find a reservation by the code a resident brings, a unit by its label, and lend to someone without a reservation", async ({ page }) => {
  test.slow();
  await signIn(page, "medewerker@leyweg.demo");
  await page.goto(DESK);
  const search = page.getByRole("search", { name: "Code zoeken" });
  const codeField = search.getByLabel("Code van een reservering, of het etiket van een exemplaar");

  // nothing typed, then a code that does not exist
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(search.getByText("Vul een code in.")).toBeVisible();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "code zoeken zonder code");
  await codeField.fill("zzzz-zzzz");
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(search.getByText("Deze code kennen wij niet bij uw uitleenpunt. Kijk of de code goed is.")).toBeVisible();
  await expect(codeField).toHaveValue("zzzz-zzzz");

  // the code a resident brings, typed in lower case (on a fresh page: React resets the form after its action)
  await page.goto(DESK);
  const pickups = page.getByRole("region", { name: "Ophalen" });
  const reference = (await pickups.getByRole("link", { name: /^[A-Z0-9]{4}-[A-Z0-9]{4}$/ }).first().innerText()).trim();
  await codeField.fill(reference.toLowerCase());
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reservering ${reference}`);

  // lend without a reservation: choose a unit
  await page.goto(DESK);
  await page.getByRole("main").getByRole("link", { name: "Uitlenen zonder reservering" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitlenen zonder reservering");
  await expectNoAxeViolations(page, "uitlenen: kies een exemplaar");
  const choice = page.getByRole("link", { name: / uitlenen$/ }).first();
  const unitCode = ((await choice.innerText()).trim()).replace(/ uitlenen$/, "");
  await choice.click();
  await expect(page.getByText(`Exemplaar ${unitCode}`)).toBeVisible();
  await expectNoAxeViolations(page, "uitlenen zonder reservering");

  // nothing filled in: clear messages, nothing lent
  await page.getByRole("button", { name: "Uitlenen" }).click();
  await expect(page.getByText("Niet alles is goed ingevuld.")).toBeVisible();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "uitlenen met fouten");

  await page.getByLabel("Naam", { exact: true }).fill("Meneer Binnenloper");
  await page.getByLabel("Telefoonnummer", { exact: true }).fill("06 1234 5678");
  await page.getByLabel("Ik ga akkoord dat mijn gegevens zo worden bewaard.").check();
  await tickCheckout(page);
  // optional: what the borrower has trouble with (the product's difficulties), so the outcome counts in the learning
  const difficulty = page.getByLabel("Waarvoor leent de lener het? (mag leeg blijven)");
  await expect(difficulty.locator("option").first()).toHaveText("Niet gevraagd");
  await difficulty.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Uitlenen" }).click();
  await expect(page.getByText("Uitgeleend zonder reservering. Geef de lener de code van deze uitleen mee.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Reservering [A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByText("Opgehaald, in gebruik", { exact: true })).toBeVisible();
  await expect(page.getByText("Meneer Binnenloper")).toBeVisible();
  await expectNoAxeViolations(page, "uitgeleend zonder reservering");
  const walkInReference = ((await page.getByRole("heading", { level: 1 }).innerText()).trim()).replace("Reservering ", "");

  // a barcode scanner types the label and presses Enter: the unit, now on loan
  await page.goto(DESK);
  await codeField.fill(unitCode);
  await codeField.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Exemplaar ${unitCode}`);
  await expect(page.getByText("Uitgeleend", { exact: true }).first()).toBeVisible();

  // at 320 px the new pages do not scroll sideways
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${DESK}/uitlenen`);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // another centre's staff: the code reads as not found
  await page.context().clearCookies();
  await signIn(page, "medewerker@centrum.demo");
  await page.goto("/balie/bibliotheek-centrum");
  const otherSearch = page.getByRole("search", { name: "Code zoeken" });
  await otherSearch.getByLabel("Code van een reservering, of het etiket van een exemplaar").fill(walkInReference);
  await otherSearch.getByRole("button", { name: "Zoeken" }).click();
  await expect(otherSearch.getByText("Deze code kennen wij niet bij uw uitleenpunt. Kijk of de code goed is.")).toBeVisible();
});
