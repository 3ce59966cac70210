import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0/2.1/2.2 A and AA rules. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Scans the page as it is now with axe and fails with a readable list when there is any WCAG 2.2 AA violation.
 * Call it on every page a flow visits.
 */
export async function expectNoAxeViolations(page: Page, context = page.url()): Promise<void> {
  // After a server-action redirect Next streams the new <title> in a moment later: scan the page once it is complete.
  await expect(page, `de pagina ${context} heeft geen titel`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("\n    ")}`,
  );
  expect(summary, `axe vond problemen op ${context}`).toEqual([]);
}

/** The page fits a 320 px wide screen: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "de pagina is breder dan het scherm").toBeLessThanOrEqual(0);
}
