/**
 * Demo data: two municipalities, their lending centres, one account per role, the catalogue,
 * and lending units with mixed statuses (some products available now, some only later, some nowhere).
 * Seeding happens only on an empty database, so running `npm start` again never duplicates anything.
 */
import { randomUUID } from "node:crypto";
import { fundingRoutesSchema } from "../../lib/catalogue/funding-routes";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { shortCode } from "../../lib/util/codes";
import { CATALOGUE } from "./catalogue";
import { checklistFor } from "./checklists";
import { rowsFromProducts } from "../../lib/catalogue/exchange";
import { directAudit, importCatalogue } from "../../lib/catalogue/store";
import { DEMO_PASSWORD, MUNICIPALITIES, USERS } from "./places";

type UnitStatus = "AVAILABLE" | "RESERVED" | "ON_LOAN" | "CLEANING" | "REPAIR" | "RETIRED";

/** Small deterministic PRNG so every fresh database gets the same demo stock. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESIDENT_NAMES = ["Mevrouw J. de Vries", "Meneer A. Yilmaz", "Mevrouw F. Bouali", "Meneer K. Baldewsingh", "Mevrouw T. Kowalska", "Meneer H. van Dijk", "Mevrouw R. Meijer"];

function startOfDayUtc(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

export async function isSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.municipality.count()) > 0;
}

export interface SeedOptions {
  /** "today" for the demo stock; tests pass a fixed date */
  now?: Date;
}

export async function seedDemoData(db: PrismaClient, options: SeedOptions = {}): Promise<{ products: number; units: number }> {
  const now = options.now ?? new Date();
  const today = startOfDayUtc(now);
  const random = mulberry32(20261123);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  // Catalogue ------------------------------------------------------------------------------------
  // The products go in through the catalogue importer, as catalogue version 1 (published), exactly like an import file.
  // Per-product extras (a checklist, funding routes) are just fields of each product object here.
  const imported = await importCatalogue(db, rowsFromProducts(CATALOGUE.map((p) => ({ ...p, checklist: checklistFor(p.slug) }))), {
    dryRun: false,
    note: "Startcatalogus (demogegevens)",
    source: "seed",
    createdById: null,
    publish: true,
    now,
    audit: directAudit(null),
  });
  if (!imported.version) {
    const problems = imported.plan.refused.map((r) => `  rij ${r.row} (${r.slug ?? "?"}): ${r.reasons.join("; ")}`);
    throw new Error(`De startcatalogus klopt niet:\n${problems.join("\n")}`);
  }
  const productIds = new Map((await db.product.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));

  // Municipalities, centres, opening hours ---------------------------------------------------------
  const municipalityIds = new Map<string, string>();
  const centres: { id: string; slug: string; municipality: string; code: string }[] = [];
  for (const m of MUNICIPALITIES) {
    const municipality = await db.municipality.create({
      data: {
        slug: m.slug,
        name: m.name,
        postcodeAreas: m.postcodeAreas,
        wmoDeskPhone: m.wmoDesk.phone,
        wmoDeskUrl: m.wmoDesk.url,
        wmoDeskHours: m.wmoDesk.hours,
        privacyContact: m.privacyContact,
      },
    });
    municipalityIds.set(m.slug, municipality.id);
    for (const c of m.centres) {
      const centre = await db.lendingCentre.create({
        data: {
          slug: c.slug,
          municipalityId: municipality.id,
          name: c.name,
          street: c.street,
          postcode: c.postcode,
          city: c.city,
          district: c.district,
          phone: c.phone,
          email: c.email,
          description: c.description,
          openingHours: { create: c.hours },
        },
      });
      centres.push({ id: centre.id, slug: c.slug, municipality: m.slug, code: c.slug.split("-").map((w) => w[0]).join("").toUpperCase() });
    }
  }

  // Accounts ----------------------------------------------------------------------------------------
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const centreIdBySlug = new Map(centres.map((c) => [c.slug, c.id]));
  for (const u of USERS) {
    await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash,
        municipalityId: u.municipality ? municipalityIds.get(u.municipality) ?? null : null,
        centres: { create: u.centres.map((slug) => ({ centreId: centreIdBySlug.get(slug) as string })) },
      },
    });
  }

  // Lending units with mixed statuses ---------------------------------------------------------------
  const units: { id: string; code: string; productId: string; centreId: string; status: UnitStatus; statusUntil: Date | null }[] = [];
  const lendable = CATALOGUE.filter((p) => p.lendable);
  lendable.forEach((product, index) => {
    const productId = productIds.get(product.slug) as string;
    if (index % 11 === 7) return; // nowhere to borrow: shows "niet te leen in de buurt"
    const onlyLater = index % 6 === 4; // every unit is out: shows the date it is expected back
    const denHaag = centres.filter((c) => c.municipality === "den-haag");
    const chosen = denHaag.filter((_, ci) => (index + ci) % 3 !== 2 || ci === 0);
    if (index % 2 === 0) chosen.push(...centres.filter((c) => c.municipality === "rijswijk"));
    for (const centre of chosen) {
      const count = 1 + Math.floor(random() * 3);
      for (let n = 1; n <= count; n++) {
        let status: UnitStatus;
        if (onlyLater) status = pick<UnitStatus>(["ON_LOAN", "ON_LOAN", "CLEANING", "RESERVED"]);
        else {
          const r = random();
          status = r < 0.55 ? "AVAILABLE" : r < 0.75 ? "ON_LOAN" : r < 0.85 ? "RESERVED" : r < 0.93 ? "CLEANING" : r < 0.97 ? "REPAIR" : "RETIRED";
        }
        const statusUntil = status === "CLEANING" ? addDays(today, 1) : status === "REPAIR" ? addDays(today, 10) : null;
        units.push({
          id: randomUUID(),
          code: `${centre.code}-${product.slug.toUpperCase().slice(0, 18)}-${String(n).padStart(2, "0")}`,
          productId,
          centreId: centre.id,
          status,
          statusUntil,
        });
      }
    }
  });
  await db.lendingUnit.createMany({ data: units });
  await db.unitEvent.createMany({
    data: units.flatMap((u) => [
      { unitId: u.id, fromStatus: null, toStatus: "AVAILABLE" as const, action: "created", note: "Aangeschaft", at: addDays(today, -120) },
      ...(u.status === "AVAILABLE" ? [] : [{ unitId: u.id, fromStatus: "AVAILABLE" as const, toStatus: u.status, action: "seeded", note: "Demo-voorraad", at: addDays(today, -3) }]),
    ]),
  });

  // Reservations and loans for units that are out ---------------------------------------------------
  const loanDays = new Map(CATALOGUE.map((p) => [productIds.get(p.slug) as string, p.loanPeriodDays]));
  for (const unit of units) {
    if (unit.status !== "RESERVED" && unit.status !== "ON_LOAN") continue;
    const reference = shortCode(); // random like real ones, so a demo code teaches nothing about other codes
    const name = pick(RESIDENT_NAMES);
    if (unit.status === "RESERVED") {
      const pickupDate = addDays(today, 1 + Math.floor(random() * 4));
      await db.reservation.create({
        data: {
          reference,
          productId: unit.productId,
          centreId: unit.centreId,
          unitId: unit.id,
          status: "RESERVED",
          pickupDate,
          holdUntil: addDays(pickupDate, 1),
          name,
          phone: "06 1234 5678",
          eraseAfter: addDays(pickupDate, 90),
        },
      });
    } else {
      const days = loanDays.get(unit.productId) ?? 28;
      const startedAt = addDays(today, -Math.floor(random() * (days - 2)) - 2);
      const overdue = random() < 0.12;
      const dueAt = overdue ? addDays(today, -2) : addDays(startedAt, days);
      const reservation = await db.reservation.create({
        data: {
          reference,
          productId: unit.productId,
          centreId: unit.centreId,
          unitId: unit.id,
          status: "PICKED_UP",
          pickupDate: startedAt,
          holdUntil: addDays(startedAt, 1),
          name,
          email: "inwoner@voorbeeld.demo",
          eraseAfter: addDays(dueAt, 90),
        },
      });
      await db.loan.create({ data: { reservationId: reservation.id, unitId: unit.id, startedAt, dueAt, status: "ACTIVE" } });
    }
  }

  return { products: CATALOGUE.length, units: units.length };
}
