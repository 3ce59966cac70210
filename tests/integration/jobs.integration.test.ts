/**
 * The scheduled jobs: the lending sweep and the outbox delivery are plain functions, run here with a fixed `now`;
 * and pg-boss itself, started against the test database, picks up a job and finishes it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLendingSweep, runOutboxDelivery } from "@/lib/jobs/handlers";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { amsterdamToday, startOfDayInAmsterdam } from "@/lib/server/lending/rules";
import { joinWaitlist } from "@/lib/server/lending/waitlist/join-waitlist";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { MAX_SEND_ATTEMPTS } from "@/lib/server/outbox/deliver-outbox";
import type { MessageSender, OutgoingMessage } from "@/lib/server/outbox/sender";
import { addDays } from "@/lib/util/dates";
import { resetWithDemoData } from "./helpers";
import { controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** 10:00 in Amsterdam on a day */
const at10 = (day: string) => new Date(startOfDayInAmsterdam(day).getTime() + 10 * HOUR);

let db: Db;
beforeAll(async () => {
  db = await resetWithDemoData();
});

describe("lending sweep: reminders", () => {
  it("makes the pickup reminder the day before pickup, once, even when the sweep runs twice; not at night", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "REMIND" });
    // two or more days ahead, so the reservation is made before the day of the reminder
    const pickupDate = stock.pickupDays.find((d) => d.day >= addDays(amsterdamToday(new Date()), 2))!.day;
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate, name: "Herinner Mij", email: "herinner@voorbeeld.nl", consent: true });
    const dayBefore = addDays(pickupDate, -1);
    const key = `pickup_reminder:${r.id}`;

    await runLendingSweep({ now: new Date(startOfDayInAmsterdam(dayBefore).getTime() + 3 * HOUR) }); // 03:00
    expect(await db.outboxMessage.count({ where: { dedupeKey: key } })).toBe(0);

    const first = await runLendingSweep({ now: at10(dayBefore) });
    const second = await runLendingSweep({ now: new Date(at10(dayBefore).getTime() + 5 * 60_000) });
    expect(first.pickupReminders).toBeGreaterThanOrEqual(1);
    expect(second.pickupReminders).toBe(0);
    const messages = await db.outboxMessage.findMany({ where: { dedupeKey: key } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "pickup_reminder", channel: "email", toAddress: "herinner@voorbeeld.nl", reservationId: r.id });
    expect(messages[0]!.subject).toMatch(/^Morgen ophalen/);
    expect(messages[0]!.body).toMatch(/identiteitsbewijs/);
  });

  it("makes the return reminder three days before the due day, once; a new one after an extension", async () => {
    const loan = await db.loan.findFirstOrThrow({ where: { status: "ACTIVE", reservation: { email: { not: null } } }, include: { reservation: true } });
    const dueDay = addDays(new Date().toISOString().slice(0, 10), 20);
    await db.loan.update({ where: { id: loan.id }, data: { dueAt: new Date(startOfDayInAmsterdam(dueDay).getTime() + 17 * HOUR) } });
    const key = `return_reminder:${loan.id}:${dueDay}`;

    await runLendingSweep({ now: at10(addDays(dueDay, -4)) });
    expect(await db.outboxMessage.count({ where: { dedupeKey: key } })).toBe(0);
    await runLendingSweep({ now: at10(addDays(dueDay, -3)) });
    await runLendingSweep({ now: at10(addDays(dueDay, -2)) });
    const messages = await db.outboxMessage.findMany({ where: { dedupeKey: key } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "return_reminder", toAddress: loan.reservation!.email });
    expect(messages[0]!.body).toMatch(/Breng het hulpmiddel uiterlijk/);

    const newDue = addDays(dueDay, 28);
    await db.loan.update({ where: { id: loan.id }, data: { dueAt: new Date(startOfDayInAmsterdam(newDue).getTime() + 17 * HOUR) } });
    await runLendingSweep({ now: at10(addDays(newDue, -3)) });
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: `return_reminder:${loan.id}:` } } })).toBe(2);
  });
});

describe("lending sweep: expiry and the waiting list", () => {
  it("expires a reservation not picked up and frees its unit", async () => {
    const stock = await controlledStock(db, { centreSlug: "bibliotheek-centrum", available: 1, prefix: "EXPIRE" });
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, name: "Komt Niet", phone: "0612345678", consent: true });
    await runLendingSweep({ now: new Date(r.holdUntil.getTime() - 60_000) });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("RESERVED");

    const result = await runLendingSweep({ now: new Date(r.holdUntil.getTime() + 60_000) });
    expect(result.expiredReservations).toBeGreaterThanOrEqual(1);
    const row = await db.reservation.findUniqueOrThrow({ where: { id: r.id }, include: { unit: true } });
    expect(row.status).toBe("EXPIRED");
    expect(row.unit.status).toBe("AVAILABLE");
  });

  it("offers a free unit to the first in line and, after the deadline, to the next", async () => {
    const stock = await controlledStock(db, { centreSlug: "wijkcentrum-scheveningen", available: 0, parked: 1, prefix: "OFFER" });
    const t0 = Date.now();
    const first = await joinWaitlist({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, name: "Eerste", email: "eerste@voorbeeld.nl", consent: true, now: new Date(t0) });
    const second = await joinWaitlist({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, name: "Tweede", phone: "0611111111", consent: true, now: new Date(t0 + 1000) });
    // a unit comes back without anyone calling offerReturnedUnit: the sweep is the safety net
    const unit = stock.units[0]!;
    await db.lendingUnit.update({ where: { id: unit.id }, data: { status: "AVAILABLE", statusUntil: null } });

    const now = new Date(t0 + 5 * 60_000);
    const run = await runLendingSweep({ now });
    expect(run.offersMade).toBeGreaterThanOrEqual(1);
    const offered = await db.waitlistEntry.findUniqueOrThrow({ where: { reference: first.reference } });
    expect(offered).toMatchObject({ status: "OFFERED", offeredUnitId: unit.id });
    expect(offered.offerExpiresAt!.getTime()).toBe(now.getTime() + 48 * HOUR);
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("RESERVED");
    expect(await db.outboxMessage.count({ where: { kind: "waitlist_offer", toAddress: "eerste@voorbeeld.nl" } })).toBe(1);
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { reference: second.reference } })).status).toBe("WAITING");

    // running again before the deadline changes nothing
    await runLendingSweep({ now: new Date(offered.offerExpiresAt!.getTime() - 60_000) });
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { reference: first.reference } })).status).toBe("OFFERED");

    const late = await runLendingSweep({ now: new Date(offered.offerExpiresAt!.getTime() + 60_000) });
    expect(late.expiredOffers).toBe(1);
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { reference: first.reference } })).status).toBe("EXPIRED");
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { reference: second.reference } })).toMatchObject({ status: "OFFERED", offeredUnitId: unit.id });
    expect(await db.outboxMessage.count({ where: { kind: "waitlist_offer", toAddress: "0611111111", channel: "sms" } })).toBe(1);
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("RESERVED");
  });
});

describe("lending sweep: erasure", () => {
  it("erases the personal data of a finished reservation after eraseAfter, but never of an active loan", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "ERASE" });
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, name: "Wis Mij", email: "wis@voorbeeld.nl", consent: true });
    const cancelledAt = new Date();
    await cancelReservation({ reference: r.reference, now: cancelledAt });
    const active = await db.loan.findFirstOrThrow({ where: { status: "ACTIVE" }, include: { reservation: true } });
    await db.reservation.update({ where: { id: active.reservationId! }, data: { eraseAfter: new Date(Date.now() - DAY) } });

    await runLendingSweep({ now: new Date(cancelledAt.getTime() + 89 * DAY) });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: r.id } })).name).toBe("Wis Mij");

    const result = await runLendingSweep({ now: new Date(cancelledAt.getTime() + 91 * DAY) });
    expect(result.erased.reservations).toBeGreaterThanOrEqual(1);
    expect(await db.reservation.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ name: "Gewist", email: null, phone: null });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: active.reservationId! } })).name).toBe(active.reservation!.name);
    expect(await db.outboxMessage.count({ where: { reservationId: r.id } })).toBe(0);
  });
});

describe("outbox delivery", () => {
  it("keeps messages in the outbox (KEPT) when no sender is configured", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "KEPT" });
    await reserveUnit({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, name: "Bewaar", email: "bewaar@voorbeeld.nl", consent: true });
    const pending = await db.outboxMessage.count({ where: { status: "PENDING" } });
    expect(pending).toBeGreaterThan(0);
    const result = await runOutboxDelivery({ sender: null, limit: 1000 });
    expect(result.kept).toBe(pending);
    expect(await db.outboxMessage.count({ where: { status: "PENDING" } })).toBe(0);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { toAddress: "bewaar@voorbeeld.nl" } })).status).toBe("KEPT");
  });

  it("sends e-mail through a sender, keeps text messages, retries failures without storing personal data", async () => {
    const centre = await db.lendingCentre.findFirstOrThrow();
    const mk = (key: string, channel: string, to: string) =>
      db.outboxMessage.create({ data: { dedupeKey: key, centreId: centre.id, kind: "pickup_reminder", channel, toAddress: to, subject: "Onderwerp", body: "Tekst" } });
    await mk("test:mail-ok", "email", "ok@voorbeeld.nl");
    await mk("test:sms", "sms", "0612345678");
    await mk("test:mail-bad", "email", "kapot@voorbeeld.nl");
    const sent: OutgoingMessage[] = [];
    const sender: MessageSender = {
      channels: ["email"],
      async send(message) {
        if (message.to.startsWith("kapot")) throw Object.assign(new Error(`Recipient ${message.to} rejected`), { code: "EENVELOPE", responseCode: 550 });
        sent.push(message);
      },
    };
    const result = await runOutboxDelivery({ sender });
    expect(result).toMatchObject({ sent: 1, kept: 1, retry: 1, failed: 0 });
    expect(sent).toEqual([{ channel: "email", to: "ok@voorbeeld.nl", subject: "Onderwerp", body: "Tekst" }]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test:mail-ok" } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test:sms" } })).status).toBe("KEPT");
    const bad = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test:mail-bad" } });
    expect(bad).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(bad.lastError).toBe("Error EENVELOPE SMTP 550");

    for (let i = 1; i < MAX_SEND_ATTEMPTS; i++) await runOutboxDelivery({ sender });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test:mail-bad" } })).toMatchObject({ status: "FAILED", attempts: MAX_SEND_ATTEMPTS });
    expect(sent).toHaveLength(1);
  });
});

describe("pg-boss", () => {
  afterAll(async () => {
    const { stopJobs } = await import("@/lib/jobs");
    await stopJobs();
  });

  it("starts against the database, registers the schedules, and processes a job", async () => {
    const { startJobs, stopJobs, JOBS, JOB_SCHEMA, SWEEP_CRON, OUTBOX_CRON, RETENTION_CRON } = await import("@/lib/jobs");
    const boss = await startJobs({ connectionString: process.env.DATABASE_URL });
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => s.name).sort()).toEqual([JOBS.sweep, JOBS.outbox, JOBS.retention].sort());
    expect(Object.fromEntries(schedules.map((s) => [s.name, s.cron]))).toEqual({
      [JOBS.sweep]: SWEEP_CRON,
      [JOBS.outbox]: OUTBOX_CRON,
      [JOBS.retention]: RETENTION_CRON,
    });

    const id = await boss.send(JOBS.sweep, {});
    expect(id).toBeTruthy();
    let job = await boss.getJobById<object>(JOBS.sweep, id!, { includeArchive: true });
    for (let i = 0; i < 150 && job?.state !== "completed" && job?.state !== "failed"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = await boss.getJobById<object>(JOBS.sweep, id!, { includeArchive: true });
    }
    expect(job?.state).toBe("completed");
    expect(job?.output).toMatchObject({ expiredReservations: expect.any(Number), offersMade: expect.any(Number) });

    const tables = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = ${JOB_SCHEMA}`;
    expect(Number(tables[0]!.n)).toBeGreaterThan(0);
    await stopJobs();
  }, 120_000); // pg-boss creates its schema on the first start: slow on a busy 2-core machine (a harness limit, not a timed assertion)
});
