import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";
import { DEMO_PASSWORD } from "../support/auth";
import { newReference, query } from "./db";

/** A finished Den Haag questionnaire straight in the database, as a resident would have left it. */
async function insertFinishedAssessment(): Promise<string> {
  const [m] = await query<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = 'den-haag'`);
  const code = newReference();
  await query(
    `INSERT INTO "Assessment" (id, code, "municipalityId", answers, together, step, "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, '{"difficulties":["housework.vacuuming"],"context":{}}', 'alone', 99, $4, now())`,
    [randomUUID(), code, m!.id, new Date(Date.now() + 30 * 86_400_000)],
  );
  return code;
}

async function resetLook() {
  await query(`UPDATE "Municipality" SET theme = NULL, status = 'active' WHERE slug IN ('den-haag', 'rijswijk')`);
  await query(`DELETE FROM "MunicipalityLogo"`);
}

/** As support/auth.ts signIn, with more time for the password check (scrypt) on a machine shared by many test runs. */
async function signIn(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/inloggen/, { timeout: 60_000 });
}

const background = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);

test("an administrator sets a theme and a logo; residents at /<slug> see them, staff screens keep the default", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await resetLook();
  try {
    // the first pages of a fresh server are slow on a busy machine: open one before signing in
    await page.goto("/den-haag");
    await page.goto("/beheer");
    await signIn(page, "beheer@denhaag.demo");
    await page.goto("/beheer/instellingen");
    await page.getByRole("link", { name: "Uiterlijk: logo en kleuren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uiterlijk: Den Haag");
    await expectNoAxeViolations(page, "uiterlijk");

    // own colours with too little contrast: refused, the pair and its ratio named, what was typed kept
    await page.getByLabel("Kleur: links").fill("#9ab8e0");
    await page.getByRole("button", { name: "Kleuren controleren en opslaan" }).click();
    await expect(page.getByText(/links op de achtergrond \(#9ab8e0 op #fbfbf8\) heeft \d+,\d+ : 1, en moet minimaal 4,5 : 1 zijn/)).toBeVisible();
    await expect(page.getByLabel("Kleur: links")).toHaveValue("#9ab8e0");
    await expectNoAxeViolations(page, "uiterlijk: te weinig contrast");

    // a token file with an injection attempt: refused
    await page.getByLabel("Of plak de tokens hier").fill(JSON.stringify({ x: { link: { color: { value: "#000;} body{background:url(//evil.example)" } } } }));
    await page.getByRole("button", { name: "Tokens controleren en opslaan" }).click();
    await expect(page.getByText(/x\.link\.color: .* is geen kleur die wij accepteren/)).toBeVisible();

    // a preset
    await page.getByRole("radio", { name: /Rood/ }).check();
    await page.getByRole("button", { name: "Dit thema gebruiken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();

    // the logo, with its text
    const png = await sharp({ create: { width: 900, height: 300, channels: 4, background: "#a3111f" } }).png().toBuffer();
    await page.getByLabel(/^Logo \(PNG, JPEG of WebP/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
    await page.getByLabel("Tekst bij het logo (voor wie het niet kan zien)").fill("Logo gemeente Den Haag");
    await page.getByRole("button", { name: "Logo opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het logo is opgeslagen." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("img", { name: "Logo gemeente Den Haag" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Geschiedenis: Thema" })).toContainText("Rood");
    await expectNoAxeViolations(page, "uiterlijk: opgeslagen");
    // staff screens keep the default look
    await page.goto("/beheer/instellingen");
    await expect(page.getByRole("button", { name: "Opslaan", exact: true })).toBeVisible();
    expect(await background(page.getByRole("button", { name: "Opslaan", exact: true }))).toBe("rgb(10, 86, 79)");

    // a resident at /den-haag
    const resident = await browser.newContext();
    const r = await resident.newPage();
    await r.goto("/den-haag");
    await expect(r.getByRole("heading", { level: 1 })).toHaveText("Langer zelfstandig thuis wonen in Den Haag");
    const logo = r.getByRole("img", { name: "Logo gemeente Den Haag" });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(600);
    const start = r.getByRole("link", { name: "Start met de vragen" });
    expect(await background(start)).toBe("rgb(163, 17, 31)");
    await expect(r.getByRole("heading", { name: "Hulp van de gemeente: het Wmo-loket" })).toBeVisible();
    await r.screenshot({ path: "test-results/look-den-haag.png", fullPage: true });
    await expectNoAxeViolations(r, "/den-haag");
    await r.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(r);
    await expectNoAxeViolations(r, "/den-haag op 320 px");
    await r.setViewportSize({ width: 1280, height: 900 });

    // the questionnaire from there: the municipality is chosen, and the look goes along
    await start.click();
    await expect(r).toHaveURL(/\/den-haag\/advies$/);
    await expect(r.getByText("U woont in de gemeente Den Haag.")).toBeVisible();
    await expect(r.getByRole("heading", { name: "In welke gemeente woont u?" })).toHaveCount(0);
    await expectNoAxeViolations(r, "/den-haag/advies");
    await r.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalScroll(r);
    await r.setViewportSize({ width: 1280, height: 900 });
    await r.getByRole("radio", { name: "Ik vul het alleen in" }).check();
    await r.getByRole("button", { name: "Begin met de vragen" }).click();
    await expect(r).toHaveURL(/\/advies\/[A-Z0-9]{8}\/stap\/1$/);
    await expect(r.getByRole("img", { name: "Logo gemeente Den Haag" })).toBeVisible();
    const [assessment] = await query<{ slug: string }>(
      `SELECT m.slug FROM "Assessment" a JOIN "Municipality" m ON m.id = a."municipalityId" WHERE a.code = $1`,
      [r.url().match(/\/advies\/([A-Z0-9]{8})\//)![1]],
    );
    expect(assessment?.slug).toBe("den-haag");
    expect(await background(r.locator('button[type="submit"][value="volgende"]'))).toBe("rgb(163, 17, 31)");

    // the advice, also printed, in the look
    const finished = await insertFinishedAssessment();
    await r.goto(`/advies/${finished}/advies`);
    await expect(r.getByRole("img", { name: "Logo gemeente Den Haag" })).toBeVisible();
    await expectNoAxeViolations(r, "advies in het thema");
    await r.emulateMedia({ media: "print" });
    await expect(r.getByRole("img", { name: "Logo gemeente Den Haag" })).toBeVisible();
    expect(await r.locator("[data-gemeente=den-haag]").evaluate((el) => getComputedStyle(el).getPropertyValue("--color-brand-800").trim())).toBe("#8c0f1b");
    await r.screenshot({ path: "test-results/look-advies-print.png", fullPage: true });
    await r.emulateMedia({ media: "screen" });

    // the logo is served with caching headers; unknown municipality 404; another municipality keeps the default look
    const src = await r.getByRole("img", { name: "Logo gemeente Den Haag" }).getAttribute("src");
    const logoResponse = await r.request.get(src!);
    expect(logoResponse.status()).toBe(200);
    expect(logoResponse.headers()["cache-control"]).toContain("immutable");
    expect((await r.request.get("/bestaat-niet-gemeente")).status()).toBe(404);
    await r.goto("/rijswijk");
    expect(await background(r.getByRole("link", { name: "Start met de vragen" }))).toBe("rgb(10, 86, 79)");
    await expect(r.getByRole("img", { name: /Logo/ })).toHaveCount(0);

    // a paused municipality's address shows the paused notice
    await query(`UPDATE "Municipality" SET status = 'paused' WHERE slug = 'rijswijk'`);
    await r.goto("/rijswijk");
    await expect(r.getByRole("heading", { name: "De gemeente Rijswijk doet nu niet mee" })).toBeVisible();
    await resident.close();
  } finally {
    await resetLook();
  }
});
