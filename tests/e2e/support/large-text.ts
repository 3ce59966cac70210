import { expect, type Page } from "@playwright/test";

/** Chromium's own default text size (Settings > Appearance > Font size "Medium"), and its monospace default. */
const BROWSER_DEFAULT_PX = 16;
const BROWSER_DEFAULT_MONO_PX = 13;

/**
 * Sets the browser's text size to `factor` (2 = 200 %), the way a resident does it in the browser's settings
 * (Chrome: Settings > Appearance > Font size / Customise fonts; Firefox: Settings > Fonts > Size).
 *
 * That setting changes the browser's default font size, which every `rem` and `em` on the page is measured against;
 * it does not change the width of the screen in CSS pixels (page zoom does that), and sizes the page sets in `px`
 * stay as they are. The DevTools protocol's Page.setFontSizes sets exactly that preference for this tab (it stays
 * for the next pages in the tab). Overriding the page's own CSS instead (`html { font-size: 200% }`) would replace the
 * site's 112.5 % root size (so test 178 % instead of 200 %) and would hide a page that ignores the user's setting.
 * Chromium only: Page.setFontSizes is a Chrome DevTools Protocol command.
 */
export async function setBrowserTextSize(page: Page, factor: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("Page.setFontSizes", {
    fontSizes: { standard: Math.round(BROWSER_DEFAULT_PX * factor), fixed: Math.round(BROWSER_DEFAULT_MONO_PX * factor) },
  });
}

/** The page's root text really is `factor` times its normal size (the site sets 112.5 % of the browser default). */
export async function expectRootTextSize(page: Page, factor: number): Promise<void> {
  const px = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(px, "tekstgrootte van de pagina").toBeCloseTo(BROWSER_DEFAULT_PX * 1.125 * factor, 1);
}

/**
 * Nothing scrolls sideways, with the elements that stick out named when something does (so a failure says where).
 */
export async function expectNothingWiderThanScreen(page: Page, context: string): Promise<void> {
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const sticksOut = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((e) => sticksOut(e) && !(e.parentElement && sticksOut(e.parentElement)) && getComputedStyle(e).position !== "absolute")
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()}> "${(e.textContent ?? "").trim().slice(0, 40)}" tot ${Math.round(e.getBoundingClientRect().right)} px`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
  expect(result.scrollWidth, `${context}: de pagina schuift opzij (${result.scrollWidth} px op een scherm van ${result.clientWidth} px). ${result.culprits.join("; ")}`).toBeLessThanOrEqual(result.clientWidth);
}
