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
