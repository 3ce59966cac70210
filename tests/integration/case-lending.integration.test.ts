/**
 * Issue 8: a consultant reserves for a resident's case at most once per product, and can put the resident on a
 * waiting list from the case, with the same consent and contact rules as the resident's own waiting list.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { CASE_CONSENT_VERSION } from "@/lib/server/cases/consent";
import { createCase } from "@/lib/server/cases/create-case";
import { getCase } from "@/lib/server/cases/get-case";
import { joinWaitlistForCase } from "@/lib/server/cases/join-waitlist-for-case";
import { reserveForCase } from "@/lib/server/cases/reserve-for-case";
import { setCaseChoice } from "@/lib/server/cases/set-case-choice";
import { isUniqueViolation } from "@/lib/server/lending/shared";
import { resetWithDemoData } from "./helpers";
import { actorFor, controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;

async function rejection(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `verwacht een AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("lending on a resident's behalf from a case", () => {
  let db: Db;
  let consultant: Actor;
  let otherMunicipality: Actor;

  beforeAll(async () => {
    db = await resetWithDemoData();
    consultant = await actorFor(db, "consulent@denhaag.demo");
    otherMunicipality = await actorFor(db, "consulent@rijswijk.demo");
  });

  /** controlledStock with an ordinary (non-monitoring) product that has nothing reserved or lent at the centre. */
  async function stockOf(options: { centreSlug: string; available: number; parked?: number; prefix: string }) {
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { slug: options.centreSlug } });
    const used = await db.reservation.findMany({ where: { caseId: { not: null } }, select: { productId: true } });
    const product = await db.product.findFirstOrThrow({
      where: {
        lendable: true,
        active: true,
        isMonitoring: false,
        id: { notIn: used.map((u) => u.productId) },
        units: { none: { centreId: centre.id, status: { in: ["RESERVED", "ON_LOAN"] } } },
      },
      orderBy: { slug: "asc" },
    });
    return controlledStock(db, { ...options, productSlug: product.slug });
  }

  async function caseWantingTo(productSlug: string, residentName = "Mevrouw B. Test") {
    const { reference, id } = await createCase({ actor: consultant, residentName, consent: { given: true, textVersion: CASE_CONSENT_VERSION } });
    await setCaseChoice({ actor: consultant, reference, productSlug, wantsToTry: true });
    return { reference, id };
  }

  describe("one open reservation per product per case", () => {
    it("refuses a second reservation of the same product with the first one's code", async () => {
      const stock = await stockOf({ centreSlug: "zorginnovatiehub-leyweg", available: 3, prefix: "CASE-DUP" });
      const kase = await caseWantingTo(stock.product.slug);
      const input = { actor: consultant, reference: kase.reference, productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, phone: "0612345678", consent: true };
      const first = await reserveForCase(input);

      const again = await rejection(reserveForCase(input), "CONFLICT");
      expect(again.message).toMatch(/al gereserveerd voor deze inwoner/);
      expect(again.message).toContain(first.reference.slice(0, 4));
      expect(again.details).toMatchObject({ reason: "already_reserved" });

      expect(await db.reservation.count({ where: { caseId: kase.id, productId: stock.product.id, status: "RESERVED" } })).toBe(1);
      expect(await db.lendingUnit.count({ where: { code: { startsWith: "CASE-DUP-" }, status: "AVAILABLE" } })).toBe(2);
    });

    it("lets exactly one of two simultaneous reservations through (a double click), the other gets the clear message", async () => {
      const stock = await stockOf({ centreSlug: "zorginnovatiehub-leyweg", available: 4, prefix: "CASE-RACE" });
      const kase = await caseWantingTo(stock.product.slug);
      const input = { actor: consultant, reference: kase.reference, productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, phone: "0612345678", consent: true };
      const results = await Promise.allSettled([reserveForCase(input), reserveForCase(input), reserveForCase(input)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results) {
        if (r.status === "rejected") {
          expect(r.reason).toBeInstanceOf(AppError);
          expect((r.reason as AppError).message).toMatch(/al gereserveerd voor deze inwoner/);
        }
      }
      expect(await db.reservation.count({ where: { caseId: kase.id, status: "RESERVED" } })).toBe(1);
      expect(await db.lendingUnit.count({ where: { code: { startsWith: "CASE-RACE-" }, status: "AVAILABLE" } })).toBe(3);
    });

    it("is enforced by PostgreSQL too: a second open reservation for the case and product cannot be stored", async () => {
      const open = await db.reservation.findFirstOrThrow({ where: { caseId: { not: null }, status: "RESERVED" } });
      const spare = await db.lendingUnit.findFirstOrThrow({ where: { productId: open.productId, status: "AVAILABLE" } });
      const { id: _id, reference: _ref, createdAt: _c, updatedAt: _u, ...copy } = open;
      const error = await db.reservation.create({ data: { ...copy, reference: "DUPL1CAT", unitId: spare.id } }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isUniqueViolation(error)).toBe(true);
    });
  });

  describe("the waiting list from the case", () => {
    it("puts the resident on the waiting list with consent and a contact, once per product", async () => {
      const stock = await stockOf({ centreSlug: "mobilitheek-zuiderpark", available: 0, parked: 1, prefix: "CASE-WAIT" });
      const kase = await caseWantingTo(stock.product.slug, "Meneer C. Wacht");
      const base = { actor: consultant, reference: kase.reference, productSlug: stock.product.slug, centreSlug: stock.centre.slug };

      const noConsent = await rejection(joinWaitlistForCase({ ...base, phone: "0612345678", consent: false }), "INVALID");
      expect(noConsent.fields?.consent).toBeDefined();
      const noContact = await rejection(joinWaitlistForCase({ ...base, consent: true }), "INVALID");
      expect(Object.keys(noContact.fields ?? {}).length).toBeGreaterThan(0);
      await rejection(joinWaitlistForCase({ ...base, actor: otherMunicipality, phone: "0612345678", consent: true }), "NOT_FOUND");

      const joined = await joinWaitlistForCase({ ...base, email: "c.wacht@example.nl", consent: true });
      expect(joined).toMatchObject({ status: "WAITING", position: 1 });
      const entry = await db.waitlistEntry.findUniqueOrThrow({ where: { reference: joined.reference }, include: { consents: true } });
      expect(entry).toMatchObject({ caseId: kase.id, name: "Meneer C. Wacht", email: "c.wacht@example.nl" });
      expect(entry.consents.map((c) => c.purpose)).toEqual(["waitlist"]);
      expect(await db.outboxMessage.count({ where: { dedupeKey: `waitlist_confirmation:${entry.id}` } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "case.waitlist", entityId: kase.id } })).toBe(1);
      expect((await getCase({ actor: consultant, reference: kase.reference })).waitlist.map((w) => w.reference)).toEqual([joined.reference]);

      const twice = await rejection(joinWaitlistForCase({ ...base, phone: "0612345678", consent: true }), "CONFLICT");
      expect(twice.message).toMatch(/staat al op de wachtlijst/);
      expect(await db.waitlistEntry.count({ where: { caseId: kase.id } })).toBe(1);
    });

    it("refuses the waiting list where one is free now (reserve instead), and while a reservation is open", async () => {
      const stock = await stockOf({ centreSlug: "mobilitheek-zuiderpark", available: 2, prefix: "CASE-FREE" });
      const kase = await caseWantingTo(stock.product.slug);
      const base = { actor: consultant, reference: kase.reference, productSlug: stock.product.slug, centreSlug: stock.centre.slug, phone: "0612345678", consent: true };
      const free = await rejection(joinWaitlistForCase(base), "CONFLICT");
      expect(free.details).toMatchObject({ reason: "available_now" });
      await reserveForCase({ ...base, pickupDate: stock.pickupDate });
      const reserved = await rejection(joinWaitlistForCase(base), "CONFLICT");
      expect(reserved.message).toMatch(/al gereserveerd/);
    });

    it("ends the resident's place on the waiting list once the product is reserved for them", async () => {
      const stock = await stockOf({ centreSlug: "bibliotheek-centrum", available: 0, parked: 1, prefix: "CASE-THEN" });
      const kase = await caseWantingTo(stock.product.slug);
      const base = { actor: consultant, reference: kase.reference, productSlug: stock.product.slug, centreSlug: stock.centre.slug, phone: "0612345678", consent: true };
      const joined = await joinWaitlistForCase(base);
      await db.lendingUnit.updateMany({ where: { code: "CASE-THEN-REPAIR-1" }, data: { status: "AVAILABLE", statusUntil: null } });
      await reserveForCase({ ...base, pickupDate: stock.pickupDate });
      expect((await db.waitlistEntry.findUniqueOrThrow({ where: { reference: joined.reference } })).status).toBe("CANCELLED");
    });
  });
});
