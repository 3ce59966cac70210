import { expect, type Page } from "@playwright/test";

/** Answers "Weet ik niet" (or nothing) until the last screen, looking only at what is on screen now. */
export async function answerRemainingQuestions(page: Page): Promise<void> {
  const toAdvice = page.getByRole("button", { name: "Naar mijn advies" });
  const next = page.getByRole("button", { name: "Volgende" });
  const dontKnow = page.getByRole("radio", { name: "Weet ik niet" });
  for (let guard = 0; guard < 40; guard++) {
    await expect(toAdvice.or(next)).toBeVisible();
    if (await toAdvice.isVisible()) return;
    const before = page.url();
    if ((await dontKnow.count()) > 0) await dontKnow.check({ timeout: 5_000 }).catch(() => undefined);
    await next.click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForURL((url) => url.toString() !== before, { timeout: 5_000 }).catch(() => undefined);
  }
  throw new Error("de vragenlijst eindigde niet");
}

/**
 * Starts a questionnaire for Den Haag, filled in alone, and walks it to the advice page: on the difficulty screens it
 * ticks each difficulty whose label starts with one of `difficulties` (the accessible name is the label followed by its
 * hint); every other question gets `answers[its title]` or "Weet ik niet"; the postcode when given.
 */
export async function adviceFor(page: Page, options: { difficulties: readonly string[]; answers?: Readonly<Record<string, string>>; postcode?: string }): Promise<void> {
  await page.goto("/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("radio", { name: "Ik vul het alleen in" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  const toAdvice = page.getByRole("button", { name: "Naar mijn advies" });
  for (let guard = 0; guard < 40; guard++) {
    await expect(page).toHaveURL(/\/stap\/\d+$/);
    await expect(heading).toBeVisible();
    if (await toAdvice.isVisible()) break;
    const title = (await heading.textContent()) ?? "";
    if (title === "Wat gaat moeilijk?") {
      for (const label of options.difficulties) {
        const box = page.getByRole("checkbox", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) });
        if ((await box.count()) > 0) await box.check();
      }
    } else {
      await page.getByRole("radio", { name: options.answers?.[title] ?? "Weet ik niet", exact: true }).check();
    }
    const before = page.url();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).not.toHaveURL(before);
  }
  if (options.postcode) await page.getByLabel("Uw postcode").fill(options.postcode);
  await toAdvice.click();
  await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/advies$/);
  await expect(heading).toHaveText("Uw advies");
}
