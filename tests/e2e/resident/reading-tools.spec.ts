import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

// long flows with axe scans on a busy 2-core machine
test.describe.configure({ timeout: 180_000 });

/**
 * Replaces the browser's speech synthesis with a recording fake (headless Chromium has no voices): `voices` are the
 * device's voices; every utterance's text is pushed on window.__spoken and window.__finish() ends the current one.
 */
async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]): Promise<void> {
  await page.addInitScript((list) => {
    const w = window as unknown as Record<string, unknown>;
    const spoken: string[] = [];
    let current: { onend?: () => void } | null = null;
    w.__spoken = spoken;
    w.__finish = () => {
      const u = current;
      current = null;
      u?.onend?.();
    };
    class Utterance {
      text: string;
      lang = "";
      voice: unknown = null;
      rate = 1;
      onend?: () => void;
      onerror?: () => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    const synth = {
      getVoices: () => list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
      speak: (u: Utterance) => {
        spoken.push(u.text);
        current = u;
      },
      cancel: () => {
        current = null;
      },
      pause: () => {
        w.__paused = true;
      },
      resume: () => {
        w.__paused = false;
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());

test.describe("Lees voor", () => {
  test("is hidden when the device has no voice for the language", async ({ page }) => {
    await fakeSpeech(page, [{ lang: "en-GB", name: "English voice" }]);
    await page.goto("/advies");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Lees voor" })).toHaveCount(0);
  });

  test("is hidden in Turkish when there is only a Dutch voice, and shown in Turkish with a Turkish voice", async ({ page, context }) => {
    await fakeSpeech(page, [{ lang: "nl-NL", name: "Nederlandse stem" }]);
    await page.goto("/advies?taal=tr");
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.getByRole("button", { name: "Sesli oku" })).toHaveCount(0);
    const other = await context.newPage();
    await fakeSpeech(other, [{ lang: "tr-TR", name: "Türkçe ses" }]);
    await other.goto("/advies?taal=tr");
    await expect(other.getByRole("button", { name: "Sesli oku" })).toBeVisible();
    await other.close();
  });

  test("reads the main content block by block, highlights it, pauses and stops", async ({ page }) => {
    await fakeSpeech(page, [{ lang: "nl-NL", name: "Nederlandse stem" }]);
    await page.goto("/advies");
    const h1 = page.getByRole("heading", { level: 1 });
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
    await expect.poll(() => spoken(page)).toEqual([await h1.innerText()]);
    await expect(h1).toHaveClass(/ttv-wordt-voorgelezen/);
    await expectNoAxeViolations(page, "lees voor: bezig");

    await page.getByRole("button", { name: "Pauze" }).click();
    await expect(page.getByRole("button", { name: "Verder lezen" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __paused: boolean }).__paused)).toBe(true);
    await page.getByRole("button", { name: "Verder lezen" }).click();

    // the first block is done: the next one is read and highlighted instead
    await page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    await expect(h1).not.toHaveClass(/ttv-wordt-voorgelezen/);
    await expect(page.locator(".ttv-wordt-voorgelezen")).toHaveCount(1);
    // the tools themselves are not read
    expect((await spoken(page)).join(" ")).not.toContain("Tekstgrootte");

    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.locator(".ttv-wordt-voorgelezen")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Lees voor" })).toBeVisible();
  });
});

test.describe("Tekstgrootte", () => {
  test("has three steps, keeps the choice without a flash, and nothing scrolls sideways at the largest size on 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto("/advies");
    const root = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await root();
    const group = page.getByRole("group", { name: "Tekstgrootte" });
    await expect(group.getByRole("button")).toHaveCount(3);
    await expect(group.getByRole("button", { name: "Normaal" })).toHaveAttribute("aria-pressed", "true");

    await group.getByRole("button", { name: "Groot", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("data-tekst", "groot");
    expect(await root()).toBeCloseTo(normal * 1.5, 1);

    await page.getByRole("group", { name: "Tekstgrootte" }).getByRole("button", { name: "Heel groot" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-tekst", "grootst");
    expect(await root()).toBeCloseTo(normal * 2, 1);
    await expect(page.getByRole("button", { name: "Heel groot" })).toHaveAttribute("aria-pressed", "true");

    // kept: the server renders the next page at that size (the attribute is in the HTML itself)
    const html = await (await page.request.get("/advies")).text();
    expect(html).toMatch(/<html[^>]*data-tekst="grootst"/);

    // the resident pages at 200 % on 320 px
    await page.getByRole("radio", { name: "Den Haag" }).check();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, "start, heel grote tekst, 320 px");
    await page.getByRole("button", { name: "Begin met de vragen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat gaat moeilijk?");
    await page.getByRole("textbox", { name: "Beschrijf in uw eigen woorden wat moeilijk gaat" }).fill("ik kan niet meer goed bukken");
    await page.getByRole("button", { name: "Kijk wat u bedoelt" }).click();
    await expect(page.getByRole("button", { name: "Ja, dit klopt" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, "eerste vraag, heel grote tekst, 320 px");
    for (const path of ["/", "/reservering", "/uitleenpunten", "/privacy", "/toegankelijkheid"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-tekst", "grootst");
      await expectNoHorizontalScroll(page);
    }
    await page.screenshot({ path: "test-results/tekst-heel-groot-320.png", fullPage: false });

    await page.getByRole("group", { name: "Tekstgrootte" }).getByRole("button", { name: "Normaal" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-tekst", "normaal");
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/advies");
    await page.getByRole("button", { name: "Groot", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("data-tekst", "groot");
    await expect(page).toHaveURL(/\/advies$/);
    await context.close();
  });
});
