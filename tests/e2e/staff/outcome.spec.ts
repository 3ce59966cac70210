import { expect as baseExpect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { tickAllReturned, tickCheckout } from "../support/checklist";

// the machine these run on is shared and slow at times: server actions and the first sign-in get 30 s
const expect = baseExpect.configure({ timeout: 30_000 });

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
}

const DESK = "/balie/zorginnovatiehub-leyweg";

test("after take-back the desk records the outcome in two clicks, and a missing first answer gets a clear message", async ({ page }) => {
  test.slow(); // hand over, take back and an axe scan on each page
  await signIn(page, "medewerker@leyweg.demo");
  await page.goto(DESK);
  const referencePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;
  const link = page.getByRole("region", { name: "Ophalen" }).getByRole("link", { name: referencePattern }).first();
  const reference = (await link.innerText()).trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reservering ${reference}`);
  await tickCheckout(page);
  await page.getByRole("button", { name: "Meegeven" }).click();
  await expect(page.getByText("Meegegeven. De uitleen is gestart.")).toBeVisible();
  await tickAllReturned(page);
  await page.getByRole("button", { name: "Terugnemen" }).click();
  await expect(page.getByText("Teruggenomen. Het exemplaar staat nu op schoonmaak.")).toBeVisible();

  const section = page.getByRole("region", { name: /^Hoe ging het met de / });
  await expect(section).toBeVisible();
  await expectNoAxeViolations(page, "uitkomst vragen");

  // the reason first, without an answer to question 1: a Dutch message, nothing saved
  await section.getByRole("button", { name: "Weet niet / zegt niet" }).click();
  await expect(page.getByText("Kies eerst wat er met het hulpmiddel gebeurt.")).toBeVisible();
  await expectNoAxeViolations(page, "uitkomst met fout");

  // click 1: what happens; click 2: why (saves). Only the reasons that fit a return are offered.
  await section.getByRole("radio", { name: "Brengt het terug" }).check();
  await expect(section.getByRole("button", { name: "Het helpt" })).toHaveCount(0);
  await section.getByRole("button", { name: "Niet meer nodig (positief teruggebracht)" }).click();
  await expect(page.getByText("De uitkomst is bewaard. Dank u.")).toBeVisible();
  await expect(page.getByText("Bewaard: Brengt het terug (niet meer nodig)")).toBeVisible();
  await expectNoAxeViolations(page, "uitkomst bewaard");

  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: "test-results/outcome-desk-320.png", fullPage: true });
});
