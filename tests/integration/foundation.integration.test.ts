import { beforeAll, describe, expect, it } from "vitest";
import { schemaDriftSql } from "../../scripts/lib/migrations";
import { seedIfEmpty } from "../../scripts/lib/prepare";
import { resetWithDemoData } from "./helpers";

const url = process.env.DATABASE_URL as string;

describe("database foundation", () => {
  it("has migrations that match prisma/schema.prisma exactly (no drift)", () => {
    expect(schemaDriftSql(url)).toBe("");
  });

  describe("demo data", () => {
    let db: Awaited<ReturnType<typeof resetWithDemoData>>;
    beforeAll(async () => {
      db = await resetWithDemoData();
    });

    it("has Den Haag with at least 4 centres and a second municipality with at least 1", async () => {
      const municipalities = await db.municipality.findMany({ include: { _count: { select: { centres: true } } } });
      const bySlug = new Map(municipalities.map((m) => [m.slug, m._count.centres]));
      expect(bySlug.get("den-haag")).toBeGreaterThanOrEqual(4);
      expect(bySlug.get("rijswijk")).toBeGreaterThanOrEqual(1);
    });

    it("has at least 40 products, each with an ISO 9999 code and edition", async () => {
      const products = await db.product.findMany();
      expect(products.length).toBeGreaterThanOrEqual(40);
      for (const p of products) {
        expect(p.iso9999Code).toMatch(/^\d{2}( \d{2}){1,2}$/);
        expect(p.iso9999Edition).toBe("2022");
      }
    });

    it("spreads units so some products are available now, some only later and some nowhere", async () => {
      const products = await db.product.findMany({ where: { lendable: true }, include: { units: true } });
      const now = products.filter((p) => p.units.some((u) => u.status === "AVAILABLE"));
      const later = products.filter((p) => p.units.length > 0 && !p.units.some((u) => u.status === "AVAILABLE"));
      const nowhere = products.filter((p) => p.units.length === 0);
      expect(now.length).toBeGreaterThan(10);
      expect(later.length).toBeGreaterThan(0);
      expect(nowhere.length).toBeGreaterThan(0);
      const statuses = new Set(products.flatMap((p) => p.units.map((u) => u.status)));
      expect([...statuses].sort()).toEqual(["AVAILABLE", "CLEANING", "ON_LOAN", "REPAIR", "RESERVED", "RETIRED"].filter((s) => statuses.has(s as never)).sort());
      expect(statuses.size).toBeGreaterThanOrEqual(5);
    });

    it("gives every unit on loan an active loan and every reserved unit an open reservation", async () => {
      const onLoan = await db.lendingUnit.findMany({ where: { status: "ON_LOAN" }, include: { loans: { where: { status: "ACTIVE" } } } });
      expect(onLoan.every((u) => u.loans.length === 1)).toBe(true);
      const reserved = await db.lendingUnit.findMany({ where: { status: "RESERVED" }, include: { reservations: { where: { status: "RESERVED" } } } });
      expect(reserved.every((u) => u.reservations.length === 1)).toBe(true);
    });

    it("has one demo account per role", async () => {
      const roles = await db.user.groupBy({ by: ["role"], _count: true });
      expect(roles.map((r) => r.role).sort()).toEqual(["CATALOGUE_EDITOR", "CENTRE_STAFF", "CONSULTANT", "MUNICIPALITY_ADMIN", "PLATFORM_ADMIN"]);
    });

    it("does not seed twice", async () => {
      const before = await db.product.count();
      expect(await seedIfEmpty(url, () => undefined)).toBe(false);
      expect(await db.product.count()).toBe(before);
    });
  });
});
