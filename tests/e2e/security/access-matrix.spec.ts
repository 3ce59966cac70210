/**
 * The role x route matrix, generated from the route tree: every page of app/ (tests/access/route-tree.ts) opened as
 * every subject (anonymous and each role, tests/access/access-matrix.ts), with a record of another municipality
 * (Rijswijk; the accounts are Den Haag's) where the route takes an id. Expected: not signed in -> /inloggen; another
 * role -> 404; the right role with another municipality's record -> 404; otherwise the page opens. A page that is
 * not in the matrix fails app/access-matrix.test.ts (unit) before this spec runs.
 *
 * Pages opened with a resident's code (unknown-code) are opened anonymously only: they read no session (the unit test
 * checks that), and every failed lookup counts against the per-client lookup limit of the whole e2e run.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectedOutcome, PAGES, SUBJECTS, type Outcome, type ParamValue, type Subject } from "../../access/access-matrix";
import { readRouteTree } from "../../access/route-tree";
import { newReference, query } from "../admin/db";
import { signIn } from "../support/auth";

async function one<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await query<T>(sql, params);
  if (!row) throw new Error(`demo data missing: ${sql}`);
  return row;
}

/** A Rijswijk conversation (the accounts are Den Haag's), made straight in the database. */
async function insertRijswijkCase(): Promise<string> {
  const row = await one<{ municipalityId: string; consultantId: string }>(
    `SELECT m.id AS "municipalityId", u.id AS "consultantId" FROM "Municipality" m JOIN "User" u ON u."municipalityId" = m.id
      WHERE m.slug = 'rijswijk' AND u.email = 'consulent@rijswijk.demo'`,
  );
  const reference = newReference();
  await query(
    `INSERT INTO "Case" (id, reference, "municipalityId", "consultantId", "residentName", "residentContact", "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, $4, 'Mevrouw Matrix', '06 0000 2222', now() + interval '90 days', now())`,
    [randomUUID(), reference, row.municipalityId, row.consultantId],
  );
  return reference;
}

async function paramValues(): Promise<Record<ParamValue, string>> {
  const foreignCentre = await one<{ id: string; slug: string }>(
    `SELECT c.id, c.slug FROM "LendingCentre" c JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m.slug = 'rijswijk' ORDER BY c.slug LIMIT 1`,
  );
  const foreignUnit = await one<{ id: string }>(`SELECT u.id FROM "LendingUnit" u WHERE u."centreId" = $1 ORDER BY u.id LIMIT 1`, [foreignCentre.id]);
  // a Rijswijk reservation when the database has one; otherwise an id that exists nowhere (reads the same: 404)
  const [foreignReservation] = await query<{ id: string }>(`SELECT r.id FROM "Reservation" r WHERE r."centreId" = $1 LIMIT 1`, [foreignCentre.id]);
  const ownCentre = await one<{ slug: string }>(
    `SELECT c.slug FROM "LendingCentre" c JOIN "StaffCentre" s ON s."centreId" = c.id JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 ORDER BY c.slug LIMIT 1`,
    [ACCOUNTS.CENTRE_STAFF],
  );
  const denHaagCentre = await one<{ slug: string }>(
    `SELECT c.slug FROM "LendingCentre" c JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m.slug = 'den-haag' ORDER BY c.slug LIMIT 1`,
  );
  const product = await one<{ slug: string; id: string }>(`SELECT slug, id FROM "Product" WHERE active ORDER BY slug LIMIT 1`);
  const rijswijk = await one<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = 'rijswijk'`);
  return {
    "own-centre": ownCentre.slug,
    "foreign-centre": foreignCentre.slug,
    "foreign-centre-id": foreignCentre.id,
    "foreign-unit": foreignUnit.id,
    "foreign-reservation": foreignReservation?.id ?? randomUUID(),
    "foreign-case": await insertRijswijkCase(),
    product: product.slug,
    "product-id": product.id,
    "denhaag-centre": denHaagCentre.slug,
    municipality: "den-haag",
    "foreign-municipality-id": rijswijk.id,
    step: "1",
    "unknown-code": "BCDFGHJK",
    "unknown-record": "cnotarealrecord00000000000",
  };
}

function urlFor(route: string, params: Record<string, ParamValue>, values: Record<ParamValue, string>): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(values[params[name]!]));
}

const pages = readRouteTree().pages;

for (const subject of SUBJECTS) {
  test(`every page as ${subject === "anonymous" ? "someone not signed in" : subject}`, async ({ page }) => {
    test.setTimeout(pages.length * 15_000);
    const values = await paramValues();
    if (subject !== "anonymous") await signIn(page, ACCOUNTS[subject as Exclude<Subject, "anonymous">]);
    const wrong: string[] = [];
    let checked = 0;
    for (const route of pages) {
      const access = PAGES[route];
      expect(access, `${route} is not in tests/access/access-matrix.ts`).toBeDefined();
      const params = access!.params ?? {};
      if (subject !== "anonymous" && Object.values(params).includes("unknown-code")) continue;
      const url = urlFor(route, params, values);
      const response = await page.goto(url);
      const status = response?.status() ?? 0;
      const path = new URL(page.url()).pathname;
      const got: Outcome | `status ${number}` = path === "/inloggen" && route !== "/inloggen" && route !== "/werkplek" ? "login" : status === 404 ? "notfound" : status === 200 ? "ok" : `status ${status}`;
      const want = expectedOutcome(access!, subject);
      if (got !== want) wrong.push(`${url} (${route}): expected ${want}, got ${got} at ${path}`);
      checked++;
    }
    expect(wrong, `pages that let ${subject} in or out wrongly`).toEqual([]);
    expect(checked).toBeGreaterThan(subject === "anonymous" ? 55 : 45);
  });
}
