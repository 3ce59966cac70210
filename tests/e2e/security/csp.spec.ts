/**
 * Every page of every role under the nonce-based Content-Security-Policy (proxy.ts): the header is there, without
 * unsafe-inline / unsafe-eval for scripts, and loading the page reports no CSP violation (console messages and
 * `securitypolicyviolation` events) and no script error. Pages are found by following links from each role's start
 * pages (one page per route pattern), plus resident pages reached with codes from the database.
 */
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { insertDenHaagCase, newReference, query } from "../admin/db";
import { signIn } from "../support/auth";

const MAX_PAGES = 45;

/** "/balie/leyweg/voorraad/clx123" -> "/balie/:/voorraad/:" : segments with digits or long codes are ids. */
function pattern(path: string): string {
  return path
    .split("/")
    .map((s) => (/\d/.test(s) || /^[A-Z0-9]{8}$/.test(s) || s.length > 20 ? ":" : s))
    .join("/");
}

async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("console", (msg) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  return problems;
}

async function visit(page: Page, path: string, problems: string[]): Promise<string[]> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const csp = response!.headers()["content-security-policy"] ?? "";
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc, `script-src op ${path}`).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc, `script-src op ${path}`).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp).toMatch(/object-src 'none'/);
  expect(csp).toMatch(/base-uri 'none'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  // every script the server sends carries the nonce (Next's inline scripts too); what those load later is allowed
  // by 'strict-dynamic'
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `scripts op ${path}`).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !/\snonce="[^"]+"/.test(tag)), `scripts zonder nonce op ${path}`).toEqual([]);
  // the inlined stylesheets (next.config.ts inlineCss) are allowed by their hash: every <style> has the nonce or its hash
  const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1] ?? "";
  for (const [, attributes = "", text = ""] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)) {
    if (/\snonce="[^"]+"/.test(attributes)) continue;
    expect(styleSrc, `<style> zonder nonce of hash op ${path}`).toContain(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  }
  await page.waitForLoadState("networkidle");
  const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...problems, ...reported], `CSP-meldingen op ${path}`).toEqual([]);
  // links with a download attribute are files (the configuration export), not pages
  return page.evaluate(() => Array.from(document.querySelectorAll("a[href]:not([download])"), (a) => (a as HTMLAnchorElement).href));
}

/** Visits the start pages and follows links under `prefixes`, one page per route pattern. */
async function crawl(page: Page, starts: string[], prefixes: string[]): Promise<string[]> {
  const problems = await watchCsp(page);
  const seen = new Set<string>();
  const queue = [...starts];
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const path = queue.shift()!;
    const key = pattern(path);
    if (seen.has(key)) continue;
    seen.add(key);
    visited.push(path);
    for (const href of await visit(page, path, problems)) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const next = url.pathname;
      if (/\/pdf$|\/api\/|uitloggen/.test(next)) continue;
      if (!prefixes.some((p) => next === p || next.startsWith(`${p}/`))) continue;
      if (!seen.has(pattern(next))) queue.push(next);
    }
  }
  return visited;
}

test.describe.configure({ timeout: 240_000 });

test("resident pages load without CSP violations", async ({ page, request }) => {
  const [reservation] = await query<{ reference: string }>(`SELECT reference FROM "Reservation" WHERE status = 'RESERVED' LIMIT 1`);
  const [reserveTarget] = await query<{ product: string; centre: string }>(
    `SELECT p.slug AS product, c.slug AS centre FROM "LendingUnit" u JOIN "Product" p ON p.id = u."productId" JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status = 'AVAILABLE' AND p.lendable AND p.active LIMIT 1`,
  );
  const [full] = await query<{ product: string; centre: string }>(
    `SELECT p.slug AS product, c.slug AS centre FROM "LendingUnit" u JOIN "Product" p ON p.id = u."productId" JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status <> 'RETIRED' AND p.lendable AND p.active GROUP BY p.slug, c.slug HAVING count(*) FILTER (WHERE u.status = 'AVAILABLE') = 0 LIMIT 1`,
  );
  const joined = await request.post("/api/v1/waitlist", {
    data: { product: full!.product, centre: full!.centre, name: "Test Bewoner", phone: "0612345678", consent: true },
  });
  expect(joined.status(), await joined.text()).toBe(201);
  const waitlist = ((await joined.json()) as { reference: string }).reference;
  const kase = await insertDenHaagCase();
  const reportCode = newReference();
  await query(`UPDATE "Case" SET "reportCode" = $1 WHERE id = $2`, [reportCode, kase.id]);

  // a questionnaire, started as a resident does
  await page.goto("/advies");
  await page.getByRole("radio", { name: "Den Haag" }).check();
  await page.getByRole("button", { name: "Begin met de vragen" }).click();
  await expect(page).toHaveURL(/\/advies\/[0-9A-Z]{8}\/stap\/1$/);
  const code = /\/advies\/([0-9A-Z]{8})\//.exec(page.url())![1];

  const visited = await crawl(
    page,
    [
      "/",
      "/advies",
      `/advies/${code}/stap/1`,
      `/advies/${code}/stap/2`,
      `/advies/${code}/advies`,
      "/advies/hervatten",
      `/reserveren/${reserveTarget!.product}/${reserveTarget!.centre}`,
      `/reserveren/${full!.product}/${full!.centre}`,
      "/reservering",
      `/reservering/${reservation!.reference}`,
      `/reservering/${reservation!.reference}/annuleren`,
      `/wachtlijst/${waitlist}`,
      `/wachtlijst/${waitlist}/afmelden`,
      "/verslag",
      `/verslag/${reportCode}`,
      "/te-veel-pogingen",
      "/deze-pagina-bestaat-niet",
      "/inloggen",
    ],
    ["/", "/advies", "/uitleenpunten", "/reservering", "/reserveren", "/wachtlijst", "/verslag", "/privacy", "/toegankelijkheid", "/inloggen"],
  );
  expect(visited.length).toBeGreaterThanOrEqual(18);
});

for (const [role, email, home, prefixes] of [
  ["consultant", "consulent@denhaag.demo", "/consulent", ["/consulent"]],
  ["desk", "medewerker@leyweg.demo", "/balie", ["/balie"]],
  ["admin", "beheer@denhaag.demo", "/beheer", ["/beheer"]],
  ["platform admin", "platform@ttv.demo", "/beheer", ["/beheer"]],
] as const) {
  test(`${role} pages load without CSP violations`, async ({ page }) => {
    const problems = await watchCsp(page);
    await signIn(page, email);
    expect(problems, "CSP-meldingen bij het inloggen").toEqual([]);
    const starts: string[] = [home];
    if (role === "consultant") {
      const kase = await insertDenHaagCase();
      starts.push(`/consulent/${kase.reference}`, "/consulent/nieuw");
    }
    const visited = await crawl(page, starts, [...prefixes]);
    expect(visited.length).toBeGreaterThanOrEqual(3);
  });
}
