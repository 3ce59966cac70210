/**
 * The advice keeps what does not depend on the answers in memory per app instance (lib/server/cache/versions.ts),
 * but it is never staler than the last committed change: a change of stock at the desk is in the very next advice,
 * also when another app instance (here: a separate connection, as another process would) made the change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { buildAdvice, type AdviceResult } from "@/lib/server/advice/build-advice";
import { currentVersions } from "@/lib/server/cache/versions";
import { finishRepair } from "@/lib/server/desk/finish-repair";
import { sendToRepair } from "@/lib/server/desk/send-to-repair";
import { generateAnswers } from "@/lib/matching/generate";
import type { Answers } from "@/lib/matching/types";
import { actorFor } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;

const availableAt = (advice: AdviceResult, productSlug: string, centreSlug: string) =>
  advice.recommendations.find((r) => r.product.slug === productSlug)?.lending.find((l) => l.centre.slug === centreSlug);

describe("advice availability is as fresh as the desk's last change", () => {
  let db: Db;
  let answers: Answers;
  let productSlug: string;
  let productId: string;
  let centreSlug: string;
  let centreId: string;

  beforeAll(async () => {
    db = await resetWithDemoData();
    // answers whose advice recommends a product that is free at a Den Haag centre whose staff can sign in
    const staffCentres = new Set((await db.staffCentre.findMany({ select: { centre: { select: { slug: true } } } })).map((s) => s.centre.slug));
    for (const candidate of generateAnswers(200, 11)) {
      const advice = await buildAdvice({ municipalitySlug: "den-haag", answers: candidate, postcode: "2545 GH" });
      for (const r of advice.recommendations) {
        const option = r.lending.find((l) => l.available > 0 && staffCentres.has(l.centre.slug));
        if (option) {
          answers = candidate;
          productSlug = r.product.slug;
          productId = r.product.id;
          centreSlug = option.centre.slug;
          break;
        }
      }
      if (productSlug) break;
    }
    expect(productSlug, "no generated answers recommend a product that is free at a staffed centre").toBeDefined();
    centreId = (await db.lendingCentre.findUniqueOrThrow({ where: { slug: centreSlug } })).id;
  });

  async function staffOfCentre() {
    const staff = await db.staffCentre.findFirstOrThrow({ where: { centreId }, include: { user: true } });
    return actorFor(staff.user.email);
  }

  const freeUnits = () => db.lendingUnit.findMany({ where: { productId, centreId, status: "AVAILABLE" }, orderBy: { code: "asc" } });

  it("the next advice shows 0 free after the desk sends every free unit to repair, and 1 after one repair is done", async () => {
    const before = await buildAdvice({ municipalitySlug: "den-haag", answers, postcode: "2545 GH" });
    const units = await freeUnits();
    expect(availableAt(before, productSlug, centreSlug)?.available).toBe(units.length);
    // the same advice again (from memory) still agrees with the database
    expect(availableAt(await buildAdvice({ municipalitySlug: "den-haag", answers, postcode: "2545 GH" }), productSlug, centreSlug)?.available).toBe(units.length);

    const actor = await staffOfCentre();
    for (const unit of units) await sendToRepair({ actor, unitId: unit.id, note: "De accu laadt niet op." });
    const none = availableAt(await buildAdvice({ municipalitySlug: "den-haag", answers, postcode: "2545 GH" }), productSlug, centreSlug);
    expect(none?.available).toBe(0);
    expect(none?.nextAvailableDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await finishRepair({ actor, unitId: units[0]!.id });
    expect(availableAt(await buildAdvice({ municipalitySlug: "den-haag", answers, postcode: "2545 GH" }), productSlug, centreSlug)?.available).toBe(1);
  });

  it("a change committed by another instance (another connection) is in the next advice of this one", async () => {
    await buildAdvice({ municipalitySlug: "den-haag", answers, postcode: "2545 GH" }); // filled from memory now
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const free = (await freeUnits()).length;
      await other.query(`INSERT INTO "LendingUnit" ("id", "code", "productId", "centreId", "status", "updatedAt") VALUES ('perf-unit-1', 'PERF-1', $1, $2, 'AVAILABLE', now())`, [productId, centreId]);
      expect(availableAt(await buildAdvice({ municipalitySlug: "den-haag", answers, postcode: "2545 GH" }), productSlug, centreSlug)?.available).toBe(free + 1);
    } finally {
      await other.end();
    }
  });

  it("bumps only the topics a change touches, at commit, and never for a rolled-back change", async () => {
    const start = await currentVersions();
    const unit = (await freeUnits())[0]!;
    await db.$transaction(async (tx) => {
      await tx.lendingUnit.update({ where: { id: unit.id }, data: { notes: "binnen een transactie" } });
      // not yet committed: nobody sees a new version
      expect(await currentVersions()).toEqual(start);
    });
    const afterUnit = await currentVersions();
    expect(afterUnit.availability).not.toBe(start.availability);
    expect(afterUnit.catalogue).toBe(start.catalogue);
    expect(afterUnit.municipality).toBe(start.municipality);

    await db
      .$transaction(async (tx) => {
        await tx.lendingUnit.update({ where: { id: unit.id }, data: { notes: "teruggedraaid" } });
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await currentVersions()).toEqual(afterUnit);

    await db.product.update({ where: { id: productId }, data: { priceNote: "nieuw" } });
    const afterProduct = await currentVersions();
    expect(afterProduct.catalogue).not.toBe(afterUnit.catalogue);
  });
});
