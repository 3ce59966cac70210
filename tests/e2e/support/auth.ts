import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo-wachtwoord-2026";

/** Signs in through the real sign-in page, as a person would. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // scrypt at OWASP cost can take several seconds on a busy test machine
  await expect(page).not.toHaveURL(/\/inloggen/, { timeout: 30_000 });
}
