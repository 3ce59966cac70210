/**
 * Requests against the running app: malformed percent-encoding and TRACE get 400/404/405 instead of 500; the
 * audit log stores the connection's address, not a forged X-Forwarded-For; the staff session cookie is a
 * browser-session cookie; and over plain http no HSTS is sent.
 */
import { expect, test } from "@playwright/test";
import { query } from "../admin/db";
import { signIn } from "../support/auth";

test.describe("paths and methods that used to answer 500", () => {
  for (const path of ["/api/v1/reservations/%ff", "/api/v1/waitlist/%"]) {
    test(`GET ${path} -> 400 in the API's JSON shape`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/Dit adres klopt niet/), fields: {} });
    });
  }

  for (const path of ["/reservering/%ff", "/verslag/%", "/wachtlijst/%e2%82"]) {
    test(`GET ${path} -> the Dutch not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
    });
  }

  test("TRACE -> 405, in JSON on the API", async ({ request }) => {
    const api = await request.fetch("/api/v1/questions", { method: "TRACE" });
    expect(api.status()).toBe(405);
    expect(api.headers()["allow"]).toBe("GET, POST, DELETE, OPTIONS");
    expect(await api.json()).toEqual({ error: expect.stringMatching(/Deze methode kan hier niet/), fields: {} });
    const page = await request.fetch("/", { method: "TRACE" });
    expect(page.status()).toBe(405);
    expect(await page.text()).toBe("Deze methode kan hier niet.");
  });
});

test("the audit log keeps the connection's address, not a forged X-Forwarded-For", async ({ request }) => {
  const [target] = await query<{ product: string; centre: string }>(
    `SELECT p.slug AS product, c.slug AS centre FROM "LendingUnit" u JOIN "Product" p ON p.id = u."productId" JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status = 'AVAILABLE' AND p.lendable AND p.active GROUP BY p.slug, c.slug HAVING count(*) >= 2 LIMIT 1`,
  );
  const reserve = async (pickupOffset: number) =>
    request.post("/api/v1/reservations", {
      headers: { "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "6.6.6.6" },
      data: { product: target!.product, centre: target!.centre, pickupDate: pickupDay(pickupOffset), name: "Test Bewoner", phone: "0612345678", consent: true },
    });
  let response = await reserve(1);
  for (let day = 2; response.status() !== 201 && day < 10; day++) response = await reserve(day);
  expect(response.status(), await response.text()).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  const events = await query<{ ip: string | null }>(
    `SELECT a.ip FROM "AuditEvent" a JOIN "Reservation" r ON r.id = a."entityId" WHERE r.reference = $1`,
    [reference],
  );
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) {
    expect(e.ip).not.toBe("6.6.6.6");
    expect(e.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  }
});

function pickupDay(offset: number): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  return d.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
}

test("the staff session cookie lives only as long as the browser, and no HSTS over plain http", async ({ page }) => {
  await signIn(page, "consulent@denhaag.demo");
  const session = (await page.context().cookies()).find((c) => c.name === "ttv.session");
  expect(session, "sessiecookie").toBeDefined();
  expect(session!.expires).toBe(-1);
  expect(session!.httpOnly).toBe(true);
  const response = await page.goto("/consulent");
  expect(response?.headers()["strict-transport-security"]).toBeUndefined();
  const [user] = await query<{ lastSignInAt: Date | null }>(`SELECT "lastSignInAt" FROM "User" WHERE email = 'consulent@denhaag.demo'`);
  expect(user!.lastSignInAt).not.toBeNull();
});
