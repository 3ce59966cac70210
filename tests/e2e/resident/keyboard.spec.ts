/**
 * The whole questionnaire with only Tab, Shift+Tab, Space and Enter: no mouse, no arrow keys (many older people do
 * not know that a group of radio buttons needs the arrow keys). Every answer of every question is its own Tab stop
 * and can be chosen, and after each step focus is on the new question's heading (visibly), so the next Tab goes to
 * its first answer and a screen reader reads the new question.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

/** The only keys this file presses. */
type Key = "Tab" | "Shift+Tab" | "Space" | "Enter";
const press = (page: Page, key: Key) => page.keyboard.press(key);

/** Tab (at most `max` times) until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await press(page, "Tab");
  }
  await expect(target).toBeFocused();
}

/** A new screen: its heading is the h1, it has focus, and that focus can be seen. */
async function expectFocusOnNewHeading(page: Page, previousUrl: string): Promise<string> {
  await expect(page).not.toHaveURL(previousUrl);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  const outline = await heading.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style, "de focus op de kop is zichtbaar").not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
  return (await heading.textContent()) ?? "";
}

/**
 * Every answer in the group, one Tab apart: each is chosen in turn (Space, then Enter for the next) and is then the
 * only one chosen. Ends with focus on the last answer, which is chosen.
 */
async function chooseEachAnswer(page: Page, group: Locator): Promise<void> {
  const answers = group.getByRole("radio");
  const count = await answers.count();
  expect(count, "de vraag heeft antwoorden").toBeGreaterThan(1);
  await tabTo(page, answers.first());
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      await press(page, "Tab");
      await expect(answers.nth(i), `antwoord ${i + 1} is met één Tab te bereiken`).toBeFocused();
    }
    await press(page, i % 2 === 0 ? "Space" : "Enter");
    await expect(answers.nth(i)).toBeChecked();
    await expect(group.getByRole("radio", { checked: true })).toHaveCount(1);
  }
}

/** The answers of one question: a radio group (or a fieldset) named by the question. */
const question = (page: Page, name: string): Locator => page.getByRole("radiogroup", { name }).or(page.getByRole("group", { name }));

/** From an answer: Tab to "Volgende" (or another button) and press Enter. */
async function submitWith(page: Page, button: string): Promise<void> {
  await tabTo(page, page.getByRole("button", { name: button, exact: true }));
  await press(page, "Enter");
}

test("the questionnaire can be completed with Tab, Shift+Tab, Space and Enter only, every answer can be chosen, and focus moves to each new question", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/advies");
  await expectNoAxeViolations(page, "start");

  // the start: two questions, every answer chosen in turn; back with Shift+Tab to choose the first again
  const municipality = question(page, "In welke gemeente woont u?");
  await chooseEachAnswer(page, municipality);
  await press(page, "Shift+Tab");
  await expect(municipality.getByRole("radio", { name: "Den Haag" })).toBeFocused();
  await press(page, "Space");
  await expect(municipality.getByRole("radio", { name: "Den Haag" })).toBeChecked();
  await expect(municipality.getByRole("radio", { name: "Rijswijk" })).not.toBeChecked();
  await chooseEachAnswer(page, question(page, "Vult u dit alleen in, of samen met iemand?"));
  await expectNoAxeViolations(page, "start, met het toetsenbord ingevuld");
  let url = page.url();
  await submitWith(page, "Begin met de vragen");

  // what is difficult: every box on every screen is a Tab stop; Space ticks it and Enter unticks it (Enter does not
  // send the form); "Stofzuigen" and "'s Nachts naar de wc" stay ticked
  const keep = new Set(["Stofzuigen", "'s Nachts naar de wc"]);
  const kept: string[] = [];
  for (let screen = 1; screen <= 5; screen++) {
    expect(await expectFocusOnNewHeading(page, url)).toBe("Wat gaat moeilijk?");
    await expectNoAxeViolations(page, `wat gaat moeilijk, scherm ${screen}`);
    const boxes = page.getByRole("checkbox");
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    await press(page, "Tab");
    for (let i = 0; i < count; i++) {
      if (i > 0) await press(page, "Tab");
      const box = boxes.nth(i);
      await expect(box, `keuze ${i + 1} op scherm ${screen} is met één Tab te bereiken`).toBeFocused();
      await press(page, "Space");
      await expect(box).toBeChecked();
      await press(page, "Enter");
      await expect(box).not.toBeChecked();
      const label = (await page.locator(`label[for="${await box.getAttribute("id")}"] .font-semibold`).textContent()) ?? "";
      if (keep.has(label)) {
        await press(page, "Space");
        await expect(box).toBeChecked();
        kept.push(label);
      }
    }
    url = page.url();
    const last = await page.getByRole("button", { name: "Ik weet het niet, sla over" }).isVisible();
    await submitWith(page, "Volgende");
    if (last) break;
  }
  expect(kept.sort()).toEqual([...keep].sort());

  // the questions about the home and daily life: every answer, including "Weet ik niet", is chosen in turn
  let questions = 0;
  let wentBack = false;
  for (let guard = 0; guard < 25; guard++) {
    const heading = await expectFocusOnNewHeading(page, url);
    if (heading === "Waar woont u?") break;
    questions++;
    const group = question(page, heading);
    await expect(group.getByRole("radio", { name: "Weet ik niet" })).toBeVisible();
    // the first Tab after the heading goes to the first answer
    await press(page, "Tab");
    await expect(group.getByRole("radio").first()).toBeFocused();
    await chooseEachAnswer(page, group);
    if (questions === 1) {
      // back to the first answer with Shift+Tab, and choose it with Enter
      const answers = group.getByRole("radio");
      for (let i = (await answers.count()) - 1; i > 0; i--) await press(page, "Shift+Tab");
      await expect(answers.first()).toBeFocused();
      await press(page, "Enter");
      await expect(answers.first()).toBeChecked();
      await expectNoAxeViolations(page, `vraag met het toetsenbord: ${heading}`);
    }
    url = page.url();
    if (questions === 2 && !wentBack) {
      // "Vorige vraag" by keyboard: focus on the previous question's heading, its answer kept
      wentBack = true;
      await submitWith(page, "Vorige vraag");
      const previous = await expectFocusOnNewHeading(page, url);
      await expect(question(page, previous).getByRole("radio").first()).toBeChecked();
      url = page.url();
      await submitWith(page, "Volgende");
      expect(await expectFocusOnNewHeading(page, url)).toBe(heading);
      // the answer chosen before going back ("Weet ik niet", the last one) was saved too
      await expect(question(page, heading).getByRole("radio").last()).toBeChecked();
      url = page.url();
    }
    await submitWith(page, "Volgende");
  }
  expect(questions, "vragen over het huis en het leven").toBeGreaterThan(2);

  // the place: the postcode stays empty (typing is not part of this test); every district, then "Escamp"
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Waar woont u?");
  await expectNoAxeViolations(page, "waar woont u");
  const districts = question(page, "Of kies uw wijk");
  await chooseEachAnswer(page, districts);
  const escamp = districts.getByRole("radio", { name: "Escamp" });
  for (let i = 0; i < 5 && !(await escamp.evaluate((el) => el === document.activeElement)); i++) await press(page, "Shift+Tab");
  await expect(escamp).toBeFocused();
  await press(page, "Space");
  await expect(escamp).toBeChecked();
  url = page.url();
  await submitWith(page, "Naar mijn advies");

  // the advice, with what was chosen by keyboard
  await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/advies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw advies");
  const filledIn = page.getByRole("region", { name: "Wat u heeft ingevuld" });
  await expect(filledIn.getByText("Stofzuigen, 's Nachts naar de wc")).toBeVisible();
  await expect(filledIn.getByText("Wijk Escamp")).toBeVisible();
  await expect(filledIn.getByText("Weet ik niet").first()).toBeVisible();
});
