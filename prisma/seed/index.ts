/**
 * Demo data: two municipalities, their lending centres, one account per role, the catalogue,
 * and lending units with mixed statuses (some products available now, some only later, some nowhere).
 * Seeding happens only on an empty database, so running `npm start` again never duplicates anything.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { shortCode } from "../../lib/util/codes";
import { CATALOGUE } from "./catalogue";
import { checklistFor } from "./checklists";
import { seedTranslationsFor } from "./translations";
import { rowsFromProducts } from "../../lib/catalogue/exchange";
import { directAudit, importCatalogue } from "../../lib/catalogue/store";
import { demoHolidays } from "./closed-days";
import { env, parseEnv } from "../../lib/env";
import { RESERVATION_CONSENT_VERSION } from "../../lib/server/lending/consent-text";
import { amsterdamMoment } from "../../lib/server/lending/amsterdam-time";
import {
  dueDayFor,
  holdOpeningDaysFromHours,
  lastPickupFor,
  openingDayOnOrAfter,
  openingDayOnOrBefore,
  openSlotsOn,
  type CentreCalendar,
} from "../../lib/server/lending/calendar";
import { eraseAfterFrom, holdUntilFor, nextPickupDays } from "../../lib/server/lending/rules";
import { formatCode } from "../../lib/util/codes";
import { addDays, dayToDate, isoDateInAmsterdam } from "../../lib/util/dates";
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

/** Product.maxLoanDays as the seed leaves it (the schema's default). */
const MAX_LOAN_DAYS_DEFAULT = 91;

/**
 * The app's lending settings (hold, retention), so the demo data is held and erased like real data. `npm start` seeds
 * from a process that has no DATABASE_URL of its own (the embedded database): then the settings' defaults.
 */
function lendingSettings(): { RESERVATION_HOLD_HOURS: number; RETENTION_DAYS: number } {
  try {
    return env();
  } catch {
    return parseEnv({ DATABASE_URL: "postgresql://localhost/seed" });
  }
}

export async function isSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.municipality.count()) > 0;
}

export interface SeedOptions {
  /** "today" for the demo stock; tests pass a fixed date */
  now?: Date;
}

export async function seedDemoData(db: PrismaClient, options: SeedOptions = {}): Promise<{ products: number; units: number }> {
  const now = options.now ?? new Date();
  const random = mulberry32(20261123);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  // Catalogue ------------------------------------------------------------------------------------
  // The products go in through the catalogue importer, as catalogue version 1 (published), exactly like an import file.
  // Per-product extras (a checklist, funding routes) are just fields of each product object here.
  const imported = await importCatalogue(db, rowsFromProducts(CATALOGUE.map((p) => ({ ...p, checklist: checklistFor(p.slug), translations: seedTranslationsFor(p.slug) }))), {
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

  // Closed days -----------------------------------------------------------------------------------
  // National holidays at every centre, and a staff day at one centre on one of its next opening days, so the rules
  // (no pickups on closed days, holds count opening days) show in the demo.
  const todayDay = isoDateInAmsterdam(now);
  const holidays = demoHolidays(todayDay);
  const hoursByCentre = new Map<string, { weekday: number; opens: string; closes: string }[]>();
  for (const m of MUNICIPALITIES) for (const c of m.centres) hoursByCentre.set(centreIdBySlug.get(c.slug) as string, c.hours);
  const closedRows: { centreId: string; date: string; reason: string }[] = centres.flatMap((c) => holidays.map((h) => ({ centreId: c.id, date: h.date, reason: h.reason })));
  const staffDayCentre = centres.find((c) => c.slug === "ervaarwoning-escamp");
  if (staffDayCentre) {
    const open = nextPickupDays({ hours: hoursByCentre.get(staffDayCentre.id) ?? [], closedDays: holidays.map((h) => h.date) }, todayDay, 3);
    const staffDay = open[2]?.day;
    if (staffDay) closedRows.push({ centreId: staffDayCentre.id, date: staffDay, reason: "Studiedag medewerkers" });
  }
  await db.closedDay.createMany({ data: closedRows, skipDuplicates: true });
  const calendars = new Map<string, CentreCalendar>(
    centres.map((c) => [c.id, { hours: hoursByCentre.get(c.id) ?? [], closedDays: closedRows.filter((r) => r.centreId === c.id).map((r) => r.date) }]),
  );
  const calendarOfCentre = (centreId: string) => calendars.get(centreId) as CentreCalendar;

  // Lending units with mixed statuses ---------------------------------------------------------------
  // Everything below follows the app's own rules (lib/server/lending/calendar.ts): pickups on opening days, holds
  // until closing time of the last opening day, hand-overs and returns during opening hours, due days on opening days.
  const { RESERVATION_HOLD_HOURS, RETENTION_DAYS } = lendingSettings();
  const holdDays = holdOpeningDaysFromHours(RESERVATION_HOLD_HOURS);
  /** A moment during opening hours on an opening day: a little after opening, never after closing. */
  const openMoment = (centreId: string, day: string): Date => {
    const slot = openSlotsOn(calendarOfCentre(centreId), day)[0];
    if (!slot) return amsterdamMoment(day, "12:00");
    const [oh = 0, om = 0] = slot.opens.split(":").map(Number);
    const [ch = 0, cm = 0] = slot.closes.split(":").map(Number);
    const length = ch * 60 + cm - (oh * 60 + om);
    const offset = Math.max(0, Math.min(length - 5, 10 + Math.floor(random() * Math.max(1, length - 20))));
    const minutes = oh * 60 + om + offset;
    return amsterdamMoment(day, `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`);
  };
  /** The last opening day on or before `day` (or `day` itself for a centre without hours). */
  const openOnOrBefore = (centreId: string, day: string) => openingDayOnOrBefore(calendarOfCentre(centreId), day) ?? day;
  const openOnOrAfter = (centreId: string, day: string) => openingDayOnOrAfter(calendarOfCentre(centreId), day) ?? day;

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
        // cleaning and repair are done on days the centre is open
        const statusUntil =
          status === "CLEANING" ? dayToDate(openOnOrAfter(centre.id, addDays(todayDay, 1))) : status === "REPAIR" ? dayToDate(openOnOrAfter(centre.id, addDays(todayDay, 10))) : null;
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

  // Reservations and loans for units that are out, and each unit's history ----------------------------
  const products = new Map(CATALOGUE.map((p) => [productIds.get(p.slug) as string, p]));
  const events: { unitId: string; fromStatus: UnitStatus | null; toStatus: UnitStatus; action: string; note: string; at: Date }[] = [];
  for (const unit of units) {
    const calendar = calendarOfCentre(unit.centreId);
    const bought = openOnOrBefore(unit.centreId, addDays(todayDay, -120));
    events.push({ unitId: unit.id, fromStatus: null, toStatus: "AVAILABLE", action: "created", note: "Aangeschaft", at: openMoment(unit.centreId, bought) });
    if (unit.status === "AVAILABLE") continue;
    if (unit.status === "CLEANING" || unit.status === "REPAIR" || unit.status === "RETIRED") {
      // set aside at the desk on the last opening day before today (the demo's starting status)
      const day = openOnOrBefore(unit.centreId, addDays(todayDay, -1));
      events.push({ unitId: unit.id, fromStatus: "AVAILABLE", toStatus: unit.status, action: "seeded", note: "Demo-voorraad", at: openMoment(unit.centreId, day) });
      continue;
    }

    const reference = shortCode(); // random like real ones, so a demo code teaches nothing about other codes
    const name = pick(RESIDENT_NAMES);
    const product = products.get(unit.productId)!;
    if (unit.status === "RESERVED") {
      // a pickup day the resident could have chosen today (an opening day in the next days), held like the app holds it
      const choices = nextPickupDays(calendar, todayDay, 4);
      const pickupDay = choices.length ? choices[Math.floor(random() * choices.length)]!.day : addDays(todayDay, 1);
      const holdUntil = lastPickupFor(calendar, pickupDay, holdDays)?.until ?? holdUntilFor(pickupDay, RESERVATION_HOLD_HOURS);
      const createdAt = new Date(now.getTime() - Math.floor(1 + random() * 47) * 3_600_000);
      await db.reservation.create({
        data: {
          reference,
          productId: unit.productId,
          centreId: unit.centreId,
          unitId: unit.id,
          status: "RESERVED",
          pickupDate: dayToDate(pickupDay),
          holdUntil,
          name,
          phone: "06 1234 5678",
          eraseAfter: eraseAfterFrom(holdUntil, RETENTION_DAYS),
          createdAt,
          consents: { create: { purpose: "reservation", textVersion: RESERVATION_CONSENT_VERSION, given: true, at: createdAt } },
        },
      });
      events.push({ unitId: unit.id, fromStatus: "AVAILABLE", toStatus: "RESERVED", action: "reserved", note: `Reservering ${formatCode(reference)}`, at: createdAt });
    } else {
      // handed over at the desk on an opening day, due back on an opening day (the same rule as the desk's hand-over)
      const days = product.loanPeriodDays;
      const overdue = random() < 0.12;
      let startDay = openOnOrBefore(unit.centreId, addDays(todayDay, -(2 + Math.floor(random() * Math.max(1, days - 2)))));
      let dueDay = dueDayFor(calendar, startDay, days, addDays(startDay, MAX_LOAN_DAYS_DEFAULT)) ?? addDays(startDay, days);
      for (let tries = 0; overdue && dueDay >= todayDay && tries < 10; tries++) {
        // an overdue loan: started a little more than a loan period ago
        startDay = openOnOrBefore(unit.centreId, addDays(todayDay, -(days + 2 + tries * 3)));
        dueDay = dueDayFor(calendar, startDay, days, addDays(startDay, MAX_LOAN_DAYS_DEFAULT)) ?? addDays(startDay, days);
      }
      const startedAt = openMoment(unit.centreId, startDay);
      const dueAt = dayToDate(dueDay);
      const holdUntil = lastPickupFor(calendar, startDay, holdDays)?.until ?? holdUntilFor(startDay, RESERVATION_HOLD_HOURS);
      const reservedAt = new Date(startedAt.getTime() - (1 + Math.floor(random() * 3)) * 86_400_000);
      const items = checklistFor(product.slug).map((text) => ({ text, ok: true }));
      const reservation = await db.reservation.create({
        data: {
          reference,
          productId: unit.productId,
          centreId: unit.centreId,
          unitId: unit.id,
          status: "PICKED_UP",
          pickupDate: dayToDate(startDay),
          holdUntil,
          name,
          email: "inwoner@voorbeeld.demo",
          eraseAfter: eraseAfterFrom(dueAt, RETENTION_DAYS),
          createdAt: reservedAt,
          consents: { create: { purpose: "reservation", textVersion: RESERVATION_CONSENT_VERSION, given: true, at: reservedAt } },
        },
      });
      await db.loan.create({
        data: {
          reservationId: reservation.id,
          unitId: unit.id,
          startedAt,
          dueAt,
          status: "ACTIVE",
          checkoutChecklist: { items, complete: true, explained: true, idChecked: true },
        },
      });
      events.push(
        { unitId: unit.id, fromStatus: "AVAILABLE", toStatus: "RESERVED", action: "reserved", note: `Reservering ${formatCode(reference)}`, at: reservedAt },
        { unitId: unit.id, fromStatus: "RESERVED", toStatus: "ON_LOAN", action: "handed_over", note: "", at: startedAt },
      );
    }
  }
  await db.unitEvent.createMany({ data: events });

  return { products: CATALOGUE.length, units: units.length };
}
