/**
 * The advice reads on one phone screen first: a 75-year-old sees the best suggestions and where to borrow them
 * without scrolling, and the printout stays short (at most 3 A4 pages) with every detail as an optional appendix.
 */
import { expect, test } from "@playwright/test";
import { getDocumentProxy } from "unpdf";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { adviceFor } from "../support/questionnaire";

const WANTED = ["Stofzuigen", "'s Nachts naar de wc", "Lopen", "Hulp roepen na een val", "Medicijnen onthouden", "Kleine letters lezen"];
const ANSWERS: Record<string, string> = {
  "Woont u alleen?": "Ja",
  "Doet u de voordeur 's nachts op de knip of een extra slot?": "Ja",
};

test("at 390 × 844 the summary with the best suggestions is on the first screen; print is short, details optional", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await adviceFor(page, { difficulties: WANTED, answers: ANSWERS, postcode: "2545 GH" });
  const adviceUrl = page.url().replace(/\?.*$/, "");

  // the summary: its heading and the best suggestions (name, one line why, where to borrow) within the first screen
  const summary = page.getByRole("region", { name: "Dit past het best bij u" });
  const items = summary.getByRole("list", { name: "De beste suggesties" }).getByRole("listitem");
  await expect(items).toHaveCount(3);
  for (const element of [summary.getByRole("heading", { name: "Dit past het best bij u" }), items.nth(0), items.nth(1), items.nth(2)]) {
    const box = await element.boundingBox();
    expect(box, "zichtbaar").not.toBeNull();
    expect(box!.y + box!.height, "binnen het eerste scherm").toBeLessThanOrEqual(844);
  }
  for (let i = 0; i < 3; i++) {
    await expect(items.nth(i).getByText(/^(Nu te leen bij |Nu niet te leen|Niet te leen)/)).toBeVisible();
  }
  // jump links to the details, what is ruled out and the tips
  const jump = page.getByRole("navigation", { name: "Op deze pagina" });
  for (const [name, target] of [
    ["Meer over deze hulpmiddelen", "details"],
    ["Wat niet bij u past", "niet"],
    ["Tips", "tips"],
  ] as const) {
    await expect(jump.getByRole("link", { name, exact: true })).toHaveAttribute("href", `#${target}`);
  }
  await jump.getByRole("link", { name: "Wat niet bij u past" }).click();
  await expect(page.getByRole("heading", { name: "Wat niet bij u past" })).toBeInViewport();
  // the summary's name links to the product's full card
  const firstName = (await items.nth(0).getByRole("link").textContent())!;
  await items.nth(0).getByRole("link").click();
  await expect(page.getByRole("heading", { name: new RegExp(`${firstName.replace(/[()]/g, "\\$&")}$`), level: 3 }).first()).toBeInViewport();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "advies 390px");

  // print (A4): the short version has at most 3 pages; with every detail it is longer and has the appendix
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Waarom dit past, en wat u eerst moet regelen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hulp van de gemeente: het Wmo-loket" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat niet bij u past" })).toBeHidden();
  const short = await getDocumentProxy(new Uint8Array(await page.pdf({ format: "A4" })));
  expect(short.numPages).toBeLessThanOrEqual(3);

  await page.goto(`${adviceUrl}?afdruk=alles`);
  await expect(page.getByRole("heading", { name: "Bijlage: Meer over deze hulpmiddelen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat niet bij u past" })).toBeVisible();
  const all = await getDocumentProxy(new Uint8Array(await page.pdf({ format: "A4" })));
  expect(all.numPages).toBeGreaterThan(short.numPages);
  await page.emulateMedia({ media: "screen" });
});
