/**
 * No double booking, ever: with N free units of a product at a centre and 5N reservation attempts at the same moment,
 * exactly N succeed and the rest get a clear "niet meer beschikbaar" (AppError CONFLICT), never a crash. The app's
 * pool has 10 connections, fewer than the 5N parallel attempts, so this also shows the attempts queue up and finish.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { amsterdamToday, calendarOf, nextPickupDays } from "@/lib/server/lending/rules";
import { resetWithDemoData } from "./helpers";

const N = 5;
const ATTEMPTS = 5 * N;

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;

describe("reserveUnit under load", () => {
  let db: Db;
  let productSlug: string;
  let productId: string;
  let centreSlug: string;
  let centreId: string;
  let pickupDate: string;
  let unitIds: string[];

  beforeAll(async () => {
    db = await resetWithDemoData();
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" }, include: { openingHours: true, closedDays: true } });
    const product = await db.product.findFirstOrThrow({ where: { lendable: true, active: true }, orderBy: { slug: "asc" } });
    ({ slug: centreSlug, id: centreId } = centre);
    ({ slug: productSlug, id: productId } = product);
    // exactly N free units of this product here: park the seeded free ones, add N new ones
    await db.lendingUnit.updateMany({ where: { productId, centreId, status: "AVAILABLE" }, data: { status: "REPAIR" } });
    await db.lendingUnit.createMany({
      data: Array.from({ length: N }, (_, i) => ({ code: `LOAD-TEST-${String(i + 1).padStart(2, "0")}`, productId, centreId, status: "AVAILABLE" as const })),
    });
    unitIds = (await db.lendingUnit.findMany({ where: { code: { startsWith: "LOAD-TEST-" } }, select: { id: true } })).map((u) => u.id);
    pickupDate = nextPickupDays(calendarOf(centre), amsterdamToday(new Date()))[0]!.day;
  });

  it(`lets exactly N = ${N} of ${ATTEMPTS} simultaneous attempts succeed; the rest hear "niet meer beschikbaar"`, async () => {
    const outcomes = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        reserveUnit({ productSlug, centreSlug, pickupDate, name: `Inwoner ${i + 1}`, phone: "06 1234 5678", consent: true }).then(
          (reservation) => ({ ok: true as const, reservation }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ),
    );

    const successes = outcomes.filter((o) => o.ok);
    const failures = outcomes.filter((o) => !o.ok);
    expect(successes).toHaveLength(N);
    expect(failures).toHaveLength(ATTEMPTS - N);
    for (const failure of failures) {
      expect(failure.error).toBeInstanceOf(AppError);
      expect((failure.error as AppError).code).toBe("CONFLICT");
      expect((failure.error as AppError).message).toMatch(/niet meer beschikbaar/);
    }
    // every success has its own reference
    expect(new Set(successes.map((s) => s.reservation.reference)).size).toBe(N);

    // the database agrees: N RESERVED units, N open reservations, each on a different unit
    const units = await db.lendingUnit.findMany({ where: { id: { in: unitIds } } });
    expect(units.filter((u) => u.status === "RESERVED")).toHaveLength(N);
    const open = await db.reservation.findMany({ where: { productId, centreId, status: "RESERVED", unitId: { in: unitIds } } });
    expect(open).toHaveLength(N);
    expect(new Set(open.map((r) => r.unitId)).size).toBe(N);
    const doubles = await db.$queryRaw<{ unitId: string }[]>`
      SELECT "unitId" FROM "Reservation" WHERE "status" = 'RESERVED' GROUP BY "unitId" HAVING count(*) > 1`;
    expect(doubles).toEqual([]);
    // one history line and one confirmation per success, none for the failures
    expect(await db.unitEvent.count({ where: { unitId: { in: unitIds }, action: "reserved" } })).toBe(N);
    expect(await db.outboxMessage.count({ where: { kind: "reservation_confirmation", reservationId: { in: open.map((r) => r.id) } } })).toBe(N);
  });

  it("refuses one more attempt afterwards with the same clear answer", async () => {
    await expect(reserveUnit({ productSlug, centreSlug, pickupDate, name: "Te laat", email: "laat@voorbeeld.nl", consent: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/niet meer beschikbaar/),
    });
  });

  it("the partial unique index refuses a second open reservation for a unit even without the row lock", async () => {
    const taken = await db.reservation.findFirstOrThrow({ where: { status: "RESERVED", unitId: { in: unitIds } } });
    await expect(
      db.reservation.create({
        data: {
          reference: "DUBBEL01",
          productId,
          centreId,
          unitId: taken.unitId,
          pickupDate: taken.pickupDate,
          holdUntil: taken.holdUntil,
          name: "Dubbel",
          eraseAfter: taken.eraseAfter,
        },
      }),
    ).rejects.toThrow();
    expect(await db.reservation.count({ where: { unitId: taken.unitId, status: "RESERVED" } })).toBe(1);
  });
});
