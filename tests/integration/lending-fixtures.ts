/** Shared set-up for the lending integration tests (reservations, jobs, API). */
import { testActor } from "@/tests/support/actors";
import type { Actor } from "@/lib/auth/permissions";
import { amsterdamToday, calendarOf, nextPickupDays } from "@/lib/server/lending/rules";
import type { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;

/** The Actor of a seeded demo account, as getCurrentUser() would build it. */
export async function actorFor(db: Db, email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
  return testActor({ userId: u.id, sessionId: "test-session", name: u.name, email: u.email, role: u.role, municipalityId: u.municipalityId, centreIds: u.centres.map((c) => c.centreId) });
}

/**
 * A product at a centre with exactly `available` free units and `parked` units in repair, so a test controls the
 * stock. The product's other units at that centre are retired (they keep their history).
 */
export async function controlledStock(db: Db, options: { centreSlug: string; productSlug?: string; available: number; parked?: number; prefix: string }) {
  const centre = await db.lendingCentre.findUniqueOrThrow({ where: { slug: options.centreSlug }, include: { openingHours: true, closedDays: true } });
  const product = options.productSlug
    ? await db.product.findUniqueOrThrow({ where: { slug: options.productSlug } })
    : // a product that records nothing: a monitoring product also needs the resident's explicit yes (tested on its own)
      await db.product.findFirstOrThrow({ where: { lendable: true, active: true, isMonitoring: false, units: { none: { centreId: centre.id, status: { in: ["RESERVED", "ON_LOAN"] } } } }, orderBy: { slug: "desc" } });
  await db.lendingUnit.updateMany({ where: { productId: product.id, centreId: centre.id, status: { in: ["AVAILABLE", "CLEANING", "REPAIR"] } }, data: { status: "RETIRED" } });
  const units = [
    ...Array.from({ length: options.available }, (_, i) => ({ code: `${options.prefix}-FREE-${i + 1}`, status: "AVAILABLE" as const, statusUntil: null })),
    ...Array.from({ length: options.parked ?? 0 }, (_, i) => ({ code: `${options.prefix}-REPAIR-${i + 1}`, status: "REPAIR" as const, statusUntil: new Date(Date.now() + 10 * 86_400_000) })),
  ];
  await db.lendingUnit.createMany({ data: units.map((u) => ({ ...u, productId: product.id, centreId: centre.id })) });
  const created = await db.lendingUnit.findMany({ where: { code: { startsWith: `${options.prefix}-` } }, orderBy: { code: "asc" } });
  const pickupDays = nextPickupDays(calendarOf(centre), amsterdamToday(new Date()));
  return { centre, product, units: created, pickupDate: pickupDays[0]!.day, pickupDays };
}
