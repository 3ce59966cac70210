import { testActor, testSystemActor } from "@/tests/support/actors";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { listAuditActions, listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { eraseCase } from "@/lib/server/privacy/erase-case";
import { eraseReservationPersonalData } from "@/lib/server/privacy/erase-reservation-personal-data";
import { previewErasure } from "@/lib/server/privacy/preview-erasure";
import { ERASED_NAME, isAssessmentDue, isCaseDue, isReservationDue, isWaitlistEntryDue } from "@/lib/server/privacy/retention-rules";
import { runRetention } from "@/lib/server/privacy/run-retention";
import { runRetentionNow } from "@/lib/server/privacy/run-retention-now";
import { shortCode } from "@/lib/util/codes";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;

const DAY = 86_400_000;
/** A fresh 8-character reference, like the app makes (the letter only tells the reader what it is for). */
const ref = (_kind: "C" | "R" | "W" | "S" | "A") => shortCode(8);

async function actorFor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
  const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  return testActor({ userId: user.id, sessionId: session.id, name: user.name, email: user.email, role: user.role, municipalityId: user.municipalityId, centreIds: user.centres.map((c) => c.centreId) });
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
}

let denHaagId: string;
let rijswijkId: string;
let consultantDH: string;
let consultantRW: string;
let admin: Actor;
let rijswijkAdmin: Actor;
let platform: Actor;
let consultant: Actor;
let staff: Actor;
let products: { id: string }[];

/** An AVAILABLE unit of a centre in the municipality that no test used yet. */
const usedUnits = new Set<string>();
async function freeUnit(municipalityId: string) {
  const unit = await db.lendingUnit.findFirstOrThrow({
    where: { status: "AVAILABLE", centre: { municipalityId }, id: { notIn: [...usedUnits] } },
    select: { id: true, productId: true, centreId: true },
  });
  usedUnits.add(unit.id);
  return unit;
}

async function createReservation(municipalityId: string, data: { status?: "RESERVED" | "PICKED_UP" | "CANCELLED" | "EXPIRED"; eraseAfter?: Date; caseId?: string; email?: string | null }) {
  const unit = await freeUnit(municipalityId);
  return db.reservation.create({
    data: {
      reference: ref("R"),
      productId: unit.productId,
      centreId: unit.centreId,
      unitId: unit.id,
      status: data.status ?? "CANCELLED",
      pickupDate: new Date(Date.UTC(2026, 10, 20)),
      holdUntil: new Date(Date.UTC(2026, 10, 21)),
      name: "Mevrouw T. Test",
      phone: "06 1111 2222",
      email: data.email === undefined ? "t.test@voorbeeld.nl" : data.email,
      caseId: data.caseId ?? null,
      eraseAfter: data.eraseAfter ?? new Date(Date.now() + 30 * DAY),
    },
  });
}

async function createWaitlistEntry(municipalityId: string, data: { status?: "WAITING" | "EXPIRED" | "CANCELLED" | "ACCEPTED"; eraseAfter: Date; caseId?: string }) {
  const unit = await freeUnit(municipalityId);
  return db.waitlistEntry.create({
    data: {
      reference: ref("W"),
      productId: unit.productId,
      centreId: unit.centreId,
      status: data.status ?? "WAITING",
      name: "Meneer W. Wacht",
      phone: "06 3333 4444",
      caseId: data.caseId ?? null,
      eraseAfter: data.eraseAfter,
    },
  });
}

/** A conversation with everything that can hang off it, created straight in the database. */
async function createFullCase(municipalityId: string, consultantId: string, eraseAfter = new Date(Date.now() + 30 * DAY)) {
  const kase = await db.case.create({
    data: {
      reference: ref("C"),
      municipalityId,
      consultantId,
      residentName: "Mevrouw E. Geheim",
      residentContact: "06 9999 0000",
      eraseAfter,
      notes: {
        create: [
          { topic: "algemeen", text: "Woont alleen, valt soms 's nachts." },
          { topic: "algemeen", text: "Dochter komt twee keer per week." },
        ],
      },
      choices: { create: [{ productId: products[0]!.id }] },
      steps: { create: [{ text: "Nachtlampje ophalen", who: "Dochter" }] },
      outcomes: { create: [{ municipalityId, productId: products[0]!.id, helped: "yes", result: "kept", why: "Mevrouw Geheim vindt het fijn." }] },
      consents: { create: [{ purpose: "case", textVersion: "test", given: true }] },
    },
  });
  const assessment = await db.assessment.create({
    data: { code: `CASE${randomUUID().replace(/-/g, "").slice(0, 16).toUpperCase()}`, municipalityId, answers: { difficulties: ["d450"], context: {} }, caseId: kase.id, eraseAfter },
  });
  await db.adviceSnapshot.create({ data: { code: ref("S"), assessmentId: assessment.id, municipalityId, engineVersion: "test", result: {} } });
  return { kase, assessment };
}

beforeAll(async () => {
  db = await resetWithDemoData();
  const municipalities = await db.municipality.findMany();
  denHaagId = municipalities.find((m) => m.slug === "den-haag")!.id;
  rijswijkId = municipalities.find((m) => m.slug === "rijswijk")!.id;
  consultantDH = (await db.user.findUniqueOrThrow({ where: { email: "consulent@denhaag.demo" } })).id;
  consultantRW = (await db.user.findUniqueOrThrow({ where: { email: "consulent@rijswijk.demo" } })).id;
  await db.user.create({ data: { email: "beheer@rijswijk.test", name: "Beheerder Rijswijk", role: "MUNICIPALITY_ADMIN", municipalityId: rijswijkId, passwordHash: "x" } });
  admin = await actorFor("beheer@denhaag.demo");
  rijswijkAdmin = await actorFor("beheer@rijswijk.test");
  platform = await actorFor("platform@ttv.demo");
  consultant = await actorFor("consulent@denhaag.demo");
  staff = await actorFor("medewerker@leyweg.demo");
  products = await db.product.findMany({ take: 2, orderBy: { slug: "asc" }, select: { id: true } });
});

describe("eraseCase (a resident's request to erase)", () => {
  it("removes the case and everything linked in one go, and writes one audit event with counts only", async () => {
    const { kase, assessment } = await createFullCase(denHaagId, consultantDH);
    const reservation = await createReservation(denHaagId, { caseId: kase.id });
    const waiting = await createWaitlistEntry(denHaagId, { caseId: kase.id, eraseAfter: new Date(Date.now() + 30 * DAY) });
    const pending = await db.outboxMessage.create({
      data: { reservationId: reservation.id, kind: "pickup_reminder", dedupeKey: `test-pending:${reservation.id}`, toAddress: "t.test@voorbeeld.nl", channel: "email", subject: "Herinnering", body: "Beste mevrouw T. Test" },
    });
    const sent = await db.outboxMessage.create({
      data: { reservationId: reservation.id, kind: "reservation_confirmation", dedupeKey: `test-sent:${reservation.id}`, toAddress: "t.test@voorbeeld.nl", channel: "email", subject: "Bevestiging", body: "Beste mevrouw T. Test", status: "SENT" },
    });

    const preview = await previewErasure({ actor: admin, reference: kase.reference.toLowerCase() });
    expect(preview).toMatchObject({ kind: "case", reference: kase.reference });
    expect(JSON.stringify(preview)).not.toContain("Geheim");

    const result = await eraseCase({ actor: admin, reference: `${kase.reference.slice(0, 4)}-${kase.reference.slice(4)}` });
    const expectedCounts = { notes: 2, choices: 1, steps: 1, outcomes: 1, consents: 1, assessments: 1, adviceSnapshots: 1, reservations: 1, waitlistEntries: 1 };
    expect(result).toEqual({ reference: kase.reference, counts: expectedCounts });
    if (preview.kind === "case") expect(preview.counts).toEqual(expectedCounts);

    expect(await db.case.findUnique({ where: { id: kase.id } })).toBeNull();
    expect(await db.caseNote.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await db.caseChoice.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await db.caseStep.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await db.outcome.count({ where: { caseId: kase.id } })).toBe(0);
    // the outcome and the saved advice stay for learning: unlinked, without the consultant's free text
    const keptOutcomes = await db.outcome.findMany({ where: { municipalityId: kase.municipalityId, productId: products[0]!.id, caseId: null, createdAt: { gte: kase.createdAt } } });
    expect(keptOutcomes.map((o) => ({ result: o.result, why: o.why }))).toContainEqual({ result: "kept", why: "" });
    expect(JSON.stringify(keptOutcomes)).not.toContain("Geheim");
    expect(await db.consent.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await db.assessment.findUnique({ where: { id: assessment.id } })).toBeNull();
    expect(await db.adviceSnapshot.count({ where: { assessmentId: assessment.id } })).toBe(0);
    expect(await db.adviceSnapshot.count({ where: { assessmentId: null, municipalityId: kase.municipalityId } })).toBeGreaterThan(0);

    // the reservation row stays for the stock history, without personal data
    const keptReservation = await db.reservation.findUniqueOrThrow({ where: { id: reservation.id } });
    expect(keptReservation).toMatchObject({ name: ERASED_NAME, phone: null, email: null, caseId: null, status: "CANCELLED", unitId: reservation.unitId });
    const keptEntry = await db.waitlistEntry.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(keptEntry).toMatchObject({ name: ERASED_NAME, phone: null, email: null, caseId: null, status: "CANCELLED" });
    // messages: the unsent one is dropped, the sent one keeps no address or text
    expect(await db.outboxMessage.findUnique({ where: { id: pending.id } })).toBeNull();
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ toAddress: "(gewist)", body: "(gewist)", status: "SENT" });

    const events = await db.auditEvent.findMany({ where: { entityId: kase.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "case.erase", entityType: "Case", actorId: admin.userId, municipalityId: denHaagId });
    expect(events[0]!.details).toEqual({ reference: kase.reference, counts: expectedCounts });
    expect(JSON.stringify(events[0]!.details)).not.toMatch(/Geheim|valt|06 9999/);

    // a second request finds nothing left
    await expectNotFound(eraseCase({ actor: admin, reference: kase.reference }));
  });

  it("does not find another municipality's case: a Rijswijk admin gets NOT_FOUND and nothing changes", async () => {
    const { kase } = await createFullCase(denHaagId, consultantDH);
    await expectNotFound(eraseCase({ actor: rijswijkAdmin, reference: kase.reference }));
    await expectNotFound(previewErasure({ actor: rijswijkAdmin, reference: kase.reference }));
    expect(await db.case.findUnique({ where: { id: kase.id } })).not.toBeNull();
    expect(await db.caseNote.count({ where: { caseId: kase.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: kase.id } })).toBe(0);
  });

  it("is only for municipality administrators: consultant, staff and platform administrator get NOT_FOUND", async () => {
    const { kase } = await createFullCase(denHaagId, consultantDH);
    for (const actor of [consultant, staff, platform, null]) {
      await expectNotFound(eraseCase({ actor, reference: kase.reference }));
    }
    expect(await db.case.findUnique({ where: { id: kase.id } })).not.toBeNull();
  });

  it("rolls back completely when a step fails: nothing is erased and nothing is logged", async () => {
    const { kase } = await createFullCase(denHaagId, consultantDH);
    const reservation = await createReservation(denHaagId, { caseId: kase.id });
    // an actor whose user row does not exist makes the audit insert (last step) fail on its foreign key
    const ghost: Actor = testActor({ ...admin, userId: "no-such-user" });
    await expect(eraseCase({ actor: ghost, reference: kase.reference })).rejects.toThrow();
    expect(await db.case.findUnique({ where: { id: kase.id } })).not.toBeNull();
    expect(await db.caseNote.count({ where: { caseId: kase.id } })).toBe(2);
    expect(await db.reservation.findUniqueOrThrow({ where: { id: reservation.id } })).toMatchObject({ name: "Mevrouw T. Test", caseId: kase.id });
    expect(await db.auditEvent.count({ where: { entityId: kase.id } })).toBe(0);
  });
});

describe("eraseReservationPersonalData", () => {
  it("erases name, phone and e-mail, keeps the row, logs once; a second time is a conflict", async () => {
    const reservation = await createReservation(denHaagId, { status: "PICKED_UP" });
    await expectNotFound(eraseReservationPersonalData({ actor: rijswijkAdmin, reference: reservation.reference }));
    expect(await db.reservation.findUniqueOrThrow({ where: { id: reservation.id } })).toMatchObject({ name: "Mevrouw T. Test" });

    const preview = await previewErasure({ actor: admin, reference: reservation.reference });
    expect(preview).toMatchObject({ kind: "reservation", alreadyErased: false });

    const result = await eraseReservationPersonalData({ actor: admin, reference: reservation.reference });
    expect(result.counts.reservations).toBe(1);
    expect(await db.reservation.findUniqueOrThrow({ where: { id: reservation.id } })).toMatchObject({ name: ERASED_NAME, phone: null, email: null, status: "PICKED_UP" });
    const events = await db.auditEvent.findMany({ where: { entityId: reservation.id, action: "reservation.erase" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.municipalityId).toBe(denHaagId);

    expect(await previewErasure({ actor: admin, reference: reservation.reference })).toMatchObject({ kind: "reservation", alreadyErased: true });
    await expect(eraseReservationPersonalData({ actor: admin, reference: reservation.reference })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("runRetention", () => {
  it("with a fixed now: deletes only cases past eraseAfter without an application, anonymises finished reservations past eraseAfter, leaves the rest", async () => {
    // the lending sweep may already have erased demo reservations; count only what this test creates
    await runRetention({ actor: testSystemActor(), now: new Date(Date.now() + 60_000) });
    const now = new Date(Date.now() + 60_000);
    const past = new Date(now.getTime() - DAY);
    const future = new Date(now.getTime() + DAY);

    const oldCase = await createFullCase(denHaagId, consultantDH, past);
    const oldCaseReservation = await createReservation(denHaagId, { caseId: oldCase.kase.id, eraseAfter: future });
    const oldWithApplication = await createFullCase(denHaagId, consultantDH, past);
    await db.case.update({ where: { id: oldWithApplication.kase.id }, data: { hasApplication: true } });
    const recentCase = await createFullCase(denHaagId, consultantDH, future);
    const oldRijswijkCase = await createFullCase(rijswijkId, consultantRW, past);

    const oldOwnAssessment = await db.assessment.create({ data: { code: ref("A"), municipalityId: denHaagId, answers: {}, eraseAfter: past } });
    const recentOwnAssessment = await db.assessment.create({ data: { code: ref("A"), municipalityId: denHaagId, answers: {}, eraseAfter: future } });

    const finished = await createReservation(denHaagId, { status: "CANCELLED", eraseAfter: past });
    const retentionDays = env().RETENTION_DAYS;
    const longAgo = new Date(now.getTime() - (retentionDays + 1) * DAY);
    const returned = await createReservation(denHaagId, { status: "PICKED_UP", eraseAfter: past });
    await db.loan.create({ data: { reservationId: returned.id, unitId: returned.unitId, status: "RETURNED", dueAt: longAgo, returnedAt: longAgo } });
    const returnedRecently = await createReservation(denHaagId, { status: "PICKED_UP", eraseAfter: past });
    await db.loan.create({ data: { reservationId: returnedRecently.id, unitId: returnedRecently.unitId, status: "RETURNED", dueAt: past, returnedAt: past } });
    const stillOnLoan = await createReservation(denHaagId, { status: "PICKED_UP", eraseAfter: past });
    await db.loan.create({ data: { reservationId: stillOnLoan.id, unitId: stillOnLoan.unitId, status: "ACTIVE", dueAt: past } });
    const waitingForPickup = await createReservation(denHaagId, { status: "RESERVED", eraseAfter: past });
    const recentReservation = await createReservation(denHaagId, { status: "CANCELLED", eraseAfter: future });
    const oldRijswijkReservation = await createReservation(rijswijkId, { status: "EXPIRED", eraseAfter: past, email: null });

    const expiredEntry = await createWaitlistEntry(denHaagId, { status: "EXPIRED", eraseAfter: past });
    const stillWaiting = await createWaitlistEntry(denHaagId, { status: "WAITING", eraseAfter: past });

    // the same facts through the pure rules, to check the database query agrees with them
    const loaded = {
      cases: await db.case.findMany({ where: { id: { in: [oldCase, oldWithApplication, recentCase, oldRijswijkCase].map((c) => c.kase.id) } } }),
      reservations: await db.reservation.findMany({
        where: { id: { in: [finished, returned, returnedRecently, stillOnLoan, waitingForPickup, recentReservation, oldRijswijkReservation].map((r) => r.id) } },
        include: { loan: true },
      }),
    };
    const expectedCaseIds = loaded.cases.filter((c) => isCaseDue(c, now)).map((c) => c.id).sort();
    const expectedReservationIds = loaded.reservations.filter((r) => isReservationDue({ ...r, loanStatus: r.loan?.status ?? null, loanReturnedAt: r.loan?.returnedAt ?? null }, now, retentionDays)).map((r) => r.id).sort();
    expect(expectedCaseIds).toEqual([oldCase.kase.id, oldRijswijkCase.kase.id].sort());
    expect(expectedReservationIds).toEqual([finished.id, returned.id, oldRijswijkReservation.id].sort());
    expect(isAssessmentDue(oldOwnAssessment, now)).toBe(true);
    expect(isWaitlistEntryDue(expiredEntry, now)).toBe(true);
    expect(isWaitlistEntryDue(stillWaiting, now)).toBe(false);

    const earlierRuns = (await db.auditEvent.findMany({ where: { action: "retention.run" }, select: { id: true } })).map((e) => e.id);
    const result = await runRetention({ actor: testSystemActor(), now });
    expect({ cases: result.cases, assessments: result.assessments, reservations: result.reservations, waitlistEntries: result.waitlistEntries }).toEqual({
      cases: 2,
      assessments: 1,
      reservations: 3,
      waitlistEntries: 1,
    });

    // cases
    const remainingCases = await db.case.findMany({ where: { id: { in: loaded.cases.map((c) => c.id) } }, select: { id: true } });
    expect(remainingCases.map((c) => c.id).sort()).toEqual([oldWithApplication.kase.id, recentCase.kase.id].sort());
    expect(await db.caseNote.count({ where: { caseId: oldCase.kase.id } })).toBe(0);
    expect(await db.assessment.findUnique({ where: { id: oldCase.assessment.id } })).toBeNull();
    expect(await db.assessment.findUnique({ where: { id: oldWithApplication.assessment.id } })).not.toBeNull();
    expect(await db.caseNote.count({ where: { caseId: oldWithApplication.kase.id } })).toBe(2);
    // a reservation made from a deleted case stays (its own moment has not come), without the link
    expect(await db.reservation.findUniqueOrThrow({ where: { id: oldCaseReservation.id } })).toMatchObject({ name: "Mevrouw T. Test", caseId: null });

    // assessments
    expect(await db.assessment.findUnique({ where: { id: oldOwnAssessment.id } })).toBeNull();
    expect(await db.assessment.findUnique({ where: { id: recentOwnAssessment.id } })).not.toBeNull();

    // reservations
    const after = new Map((await db.reservation.findMany({ where: { id: { in: loaded.reservations.map((r) => r.id) } } })).map((r) => [r.id, r]));
    for (const id of expectedReservationIds) expect(after.get(id)).toMatchObject({ name: ERASED_NAME, phone: null, email: null });
    for (const r of [returnedRecently, stillOnLoan, waitingForPickup, recentReservation]) expect(after.get(r.id)).toMatchObject({ name: "Mevrouw T. Test", phone: "06 1111 2222" });
    expect(after.get(returned.id)?.status).toBe("PICKED_UP"); // rows stay with their status for the stock history

    // waiting list
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: expiredEntry.id } })).toMatchObject({ name: ERASED_NAME, phone: null, status: "EXPIRED" });
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: stillWaiting.id } })).toMatchObject({ name: "Meneer W. Wacht", status: "WAITING" });

    // one audit line per municipality, by the system, with counts only
    const events = await db.auditEvent.findMany({ where: { action: "retention.run", id: { notIn: earlierRuns } } });
    expect(events.map((e) => e.municipalityId).sort()).toEqual([denHaagId, rijswijkId].sort());
    expect(events.every((e) => e.actorId === null)).toBe(true);
    expect(events.find((e) => e.municipalityId === rijswijkId)?.details).toMatchObject({ counts: { cases: 1, assessments: 0, reservations: 1, waitlistEntries: 0 } });

    // a second run finds nothing left
    const again = await runRetention({ actor: testSystemActor(), now });
    expect([again.cases, again.assessments, again.reservations, again.waitlistEntries]).toEqual([0, 0, 0, 0]);
  });

  it("'Nu opruimen' by a municipality administrator touches only their own municipality; others get NOT_FOUND", async () => {
    const now = new Date(Date.now() + 120_000);
    const past = new Date(now.getTime() - DAY);
    const denHaagCase = await createFullCase(denHaagId, consultantDH, past);
    const rijswijkCase = await createFullCase(rijswijkId, consultantRW, past);

    await expectNotFound(runRetentionNow({ actor: consultant, now }));
    // no unscoped way to delete across municipalities: without a person or the job's SystemActor it is NOT_FOUND
    await expectNotFound(runRetention({ actor: null, now }));
    await expectNotFound(runRetention({ actor: undefined, now, municipalityId: admin.municipalityId! }));
    await expectNotFound(runRetentionNow({ actor: staff, now }));

    const result = await runRetentionNow({ actor: admin, now });
    expect(result.cases).toBe(1);
    expect(result.municipalities.map((m) => m.municipalityId)).toEqual([denHaagId]);
    expect(await db.case.findUnique({ where: { id: denHaagCase.kase.id } })).toBeNull();
    expect(await db.case.findUnique({ where: { id: rijswijkCase.kase.id } })).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "retention.run", actorId: admin.userId } });
    expect(event.municipalityId).toBe(denHaagId);
  });
});

describe("listAuditEvents (the audit log for administrators)", () => {
  const entity = "audit-test-entity";
  beforeAll(async () => {
    const consultantUser = await db.user.findUniqueOrThrow({ where: { email: "consulent@denhaag.demo" } });
    // five Den Haag events on 1-3 November 2026 (Amsterdam), one in Rijswijk
    const at = (iso: string) => new Date(iso);
    await db.auditEvent.createMany({
      data: [
        { municipalityId: denHaagId, actorId: consultantUser.id, action: "case.view", entityType: "Case", entityId: entity, ip: "10.0.0.1", at: at("2026-10-31T23:30:00.000Z") }, // 1 Nov 00:30
        { municipalityId: denHaagId, actorId: consultantUser.id, action: "case.update", entityType: "Case", entityId: entity, ip: "10.0.0.1", at: at("2026-11-01T12:00:00.000Z") },
        { municipalityId: denHaagId, actorId: consultantUser.id, action: "case.view", entityType: "Case", entityId: entity, ip: "10.0.0.2", at: at("2026-11-02T09:00:00.000Z") },
        { municipalityId: denHaagId, actorId: consultantUser.id, action: "case.view", entityType: "Case", entityId: entity, ip: "10.0.0.2", at: at("2026-11-02T22:59:00.000Z") }, // 2 Nov 23:59
        { municipalityId: denHaagId, actorId: consultantUser.id, action: "case.view", entityType: "Case", entityId: entity, ip: "10.0.0.3", at: at("2026-11-02T23:00:00.000Z") }, // 3 Nov 00:00
        { municipalityId: rijswijkId, actorId: null, action: "case.view", entityType: "Case", entityId: entity, ip: "10.0.0.9", at: at("2026-11-02T10:00:00.000Z") },
      ],
    });
  });

  it("shows a municipality administrator only their own municipality's events, newest first, with actor name and ip", async () => {
    const page = await listAuditEvents({ actor: admin, filter: { reference: entity } });
    expect(page.events).toHaveLength(5);
    expect(page.events.every((e) => e.municipalityName === "Den Haag")).toBe(true);
    expect(page.events[0]).toMatchObject({ action: "case.view", actorName: "Samira El Amrani", ip: "10.0.0.3", entityType: "Case" });
    const times = page.events.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("filters by action and by Amsterdam calendar days (both days included)", async () => {
    const views = await listAuditEvents({ actor: admin, filter: { reference: entity, action: "case.view" } });
    expect(views.events).toHaveLength(4);
    const secondOfNovember = await listAuditEvents({ actor: admin, filter: { reference: entity, from: "2026-11-02", to: "2026-11-02" } });
    expect(secondOfNovember.events.map((e) => e.ip)).toEqual(["10.0.0.2", "10.0.0.2"]);
    const firstAndSecond = await listAuditEvents({ actor: admin, filter: { reference: entity, from: "2026-11-01", to: "2026-11-02" } });
    expect(firstAndSecond.events).toHaveLength(4);
  });

  it("pages with a cursor without skipping or repeating an event", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listAuditEvents({ actor: admin, filter: { reference: entity }, cursor, pageSize: 2 });
      seen.push(...page.events.map((e) => e.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("finds the events of an erased case by the reference the resident gives", async () => {
    const { kase } = await createFullCase(denHaagId, consultantDH);
    await db.auditEvent.create({ data: { municipalityId: denHaagId, actorId: consultantDH, action: "case.view", entityType: "Case", entityId: kase.id } });
    await eraseCase({ actor: admin, reference: kase.reference });
    const page = await listAuditEvents({ actor: admin, filter: { reference: kase.reference.toLowerCase() } });
    expect(page.events.map((e) => e.action).sort()).toEqual(["case.erase", "case.view"]);
    const erase = page.events.find((e) => e.action === "case.erase");
    expect(erase).toMatchObject({ entityReference: kase.reference, actorName: admin.name });
    expect(erase?.counts).toMatchObject({ notes: 2, assessments: 1 });
  });

  it("lets a platform administrator read all municipalities or one; others get NOT_FOUND", async () => {
    const all = await listAuditEvents({ actor: platform, filter: { reference: entity } });
    expect(all.events).toHaveLength(6);
    const rijswijk = await listAuditEvents({ actor: platform, filter: { reference: entity, municipalityId: rijswijkId } });
    expect(rijswijk.events.map((e) => e.ip)).toEqual(["10.0.0.9"]);
    expect(rijswijk.events[0]?.actorName).toBeNull();

    await expectNotFound(listAuditEvents({ actor: admin, filter: { municipalityId: rijswijkId } }));
    await expectNotFound(listAuditEvents({ actor: consultant }));
    await expectNotFound(listAuditEvents({ actor: staff }));
    await expectNotFound(listAuditEvents({ actor: null }));
  });

  it("names the municipality a clean-up was about, and shows counts", async () => {
    const page = await listAuditEvents({ actor: admin, filter: { action: "retention.run" } });
    expect(page.events.length).toBeGreaterThan(0);
    expect(page.events.every((e) => e.entityType === "Municipality" && e.entityName === "Den Haag")).toBe(true);
    expect(page.events[0]?.counts).toEqual(expect.objectContaining({ cases: expect.any(Number), reservations: expect.any(Number) }));
  });

  it("offers only the actions that occur in the administrator's own log", async () => {
    const actions = await listAuditActions({ actor: rijswijkAdmin });
    expect(actions).toContain("case.view");
    expect(actions).not.toContain("case.erase"); // only Den Haag erased a case
    expect(await listAuditActions({ actor: admin })).toContain("case.erase");
  });
});
