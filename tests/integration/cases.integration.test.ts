import { testActor } from "@/tests/support/actors";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { reportToText } from "@/lib/report/case-report";
import { addCaseNote } from "@/lib/server/cases/add-case-note";
import { addCaseStep } from "@/lib/server/cases/add-case-step";
import { CASE_CONSENT_VERSION } from "@/lib/server/cases/consent";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCaseNote } from "@/lib/server/cases/delete-case-note";
import { getCase } from "@/lib/server/cases/get-case";
import { getCaseReport } from "@/lib/server/cases/get-case-report";
import { getReportByCode } from "@/lib/server/cases/get-report-by-code";
import { listCases } from "@/lib/server/cases/list-cases";
import { recordCaseOutcome } from "@/lib/server/cases/record-case-outcome";
import { recordMonitoringDecision } from "@/lib/server/cases/record-monitoring-decision";
import { reserveForCase } from "@/lib/server/cases/reserve-for-case";
import { saveCaseAnswers } from "@/lib/server/cases/save-case-answers";
import { saveResidentResponse } from "@/lib/server/cases/save-resident-response";
import { setCaseChoice } from "@/lib/server/cases/set-case-choice";
import { setCaseStepDone } from "@/lib/server/cases/set-case-step-done";
import { shareCaseReport } from "@/lib/server/cases/share-case-report";
import { updateCase } from "@/lib/server/cases/update-case";
import { calendarOf, nextPickupDays } from "@/lib/server/lending/rules";
import { isoDateInAmsterdam } from "@/lib/util/dates";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;

const MONITORING = "leefstijlmonitoring";

async function actorFor(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
  return testActor({
    userId: user.id,
    sessionId: `test-${user.id}`,
    name: user.name,
    email: user.email,
    role: user.role,
    municipalityId: user.municipalityId,
    centreIds: user.centres.map((c) => c.centreId),
  });
}

async function expectCode(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `verwacht een AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const consent = { given: true, textVersion: CASE_CONSENT_VERSION };

async function counts(db: Db) {
  const [cases, consents, assessments, audits, notes, choices, steps, outcomes, reservations] = await Promise.all([
    db.case.count(),
    db.consent.count(),
    db.assessment.count(),
    db.auditEvent.count(),
    db.caseNote.count(),
    db.caseChoice.count(),
    db.caseStep.count(),
    db.outcome.count(),
    db.reservation.count(),
  ]);
  return { cases, consents, assessments, audits, notes, choices, steps, outcomes, reservations };
}

/** A lendable, non-monitoring product with a free unit at a Den Haag centre, and a pickup day that centre is open. */
async function freeProductInDenHaag(db: Db) {
  const unit = await db.lendingUnit.findFirstOrThrow({
    where: { status: "AVAILABLE", product: { isMonitoring: false, lendable: true, active: true }, centre: { municipality: { slug: "den-haag" } } },
    include: { product: true, centre: { include: { openingHours: true, closedDays: true } } },
    orderBy: { code: "asc" },
  });
  const day = nextPickupDays(calendarOf(unit.centre), isoDateInAmsterdam())[0]!.day;
  return { productSlug: unit.product.slug, productName: unit.product.name, centreSlug: unit.centre.slug, pickupDate: day };
}

describe("consultant cases", () => {
  let db: Db;
  let denHaag: Actor;
  let rijswijk: Actor;
  let staff: Actor;
  let admin: Actor;

  beforeAll(async () => {
    db = await resetWithDemoData();
    denHaag = await actorFor(db, "consulent@denhaag.demo");
    rijswijk = await actorFor(db, "consulent@rijswijk.demo");
    staff = await actorFor(db, "medewerker@leyweg.demo");
    admin = await actorFor(db, "beheer@denhaag.demo");
  });

  describe("starting a conversation", () => {
    it("stores the case, its consent, an empty questionnaire and a case.create audit line", async () => {
      const before = await counts(db);
      const { id, reference } = await createCase({ actor: denHaag, residentName: "J.d.V.", residentContact: "06 1234 5678", consent });
      expect(reference).toMatch(/^[0-9A-Z]{8}$/);
      const kase = await db.case.findUniqueOrThrow({ where: { id }, include: { consents: true, assessment: true } });
      expect(kase.municipalityId).toBe(denHaag.municipalityId);
      expect(kase.consultantId).toBe(denHaag.userId);
      expect(kase.residentName).toBe("J.d.V.");
      expect(kase.consents).toHaveLength(1);
      expect(kase.consents[0]).toMatchObject({ purpose: "case", given: true, textVersion: CASE_CONSENT_VERSION });
      expect(kase.assessment?.together).toBe("consultant");
      // the case's questionnaire can never open through the resident's 6-12 character resume code
      expect(kase.assessment!.code.length).toBeGreaterThan(12);
      // erased RETENTION_DAYS (90 by default) after the last contact
      const days = (kase.eraseAfter.getTime() - kase.createdAt.getTime()) / 86_400_000;
      expect(Math.round(days)).toBe(90);
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.create", entityId: id } });
      expect(audit.actorId).toBe(denHaag.userId);
      expect(JSON.stringify(audit.details)).not.toContain("J.d.V.");
      const after = await counts(db);
      expect(after.cases - before.cases).toBe(1);
      expect(after.consents - before.consents).toBe(1);
    });

    it("stores nothing at all when the resident refuses", async () => {
      const before = await counts(db);
      await expectCode(createCase({ actor: denHaag, residentName: "Mevrouw K.", consent: { given: false, textVersion: CASE_CONSENT_VERSION } }), "INVALID");
      expect(await counts(db)).toEqual(before);
    });

    it("refuses an outdated consent text, an empty name, and anyone who is not a consultant", async () => {
      const before = await counts(db);
      await expectCode(createCase({ actor: denHaag, residentName: "A.B.", consent: { given: true, textVersion: "oud" } }), "INVALID");
      const empty = await expectCode(createCase({ actor: denHaag, residentName: "   ", consent }), "INVALID");
      expect(empty.fields?.residentName?.[0]).toMatch(/initialen/);
      await expectCode(createCase({ actor: staff, residentName: "A.B.", consent }), "NOT_FOUND");
      await expectCode(createCase({ actor: admin, residentName: "A.B.", consent }), "NOT_FOUND");
      await expectCode(createCase({ actor: null, residentName: "A.B.", consent }), "NOT_FOUND");
      expect(await counts(db)).toEqual(before);
    });
  });

  describe("working on a case", () => {
    let reference: string;
    let caseId: string;

    beforeAll(async () => {
      ({ reference, id: caseId } = await createCase({ actor: denHaag, residentName: "Meneer A. Y.", consent }));
    });

    it("saves the questionnaire with the same codes and checks as the resident's", async () => {
      await saveCaseAnswers({ actor: denHaag, reference, patch: { difficulties: ["housework.vacuuming", "wandering.getting_lost"] } });
      await saveCaseAnswers({ actor: denHaag, reference, patch: { context: { "household.lives_alone": true, "home.clutter": "none" }, postcode: "2545gh" } });
      await saveCaseAnswers({ actor: denHaag, reference, patch: { context: { "home.clutter": null } } });
      const kase = await getCase({ actor: denHaag, reference });
      expect(kase.answers).toEqual({ difficulties: ["housework.vacuuming", "wandering.getting_lost"], context: { "household.lives_alone": true } });
      expect(kase.postcode).toBe("2545 GH");
      const bad = await expectCode(saveCaseAnswers({ actor: denHaag, reference, patch: { difficulties: ["flying"] } }), "INVALID");
      expect(JSON.stringify(bad.fields)).toContain("flying");
      expect((await getCase({ actor: denHaag, reference })).answers.difficulties).toHaveLength(2);
    });

    it("adds notes per topic (the difficulty groups and Algemeen) and removes one", async () => {
      const { id } = await addCaseNote({ actor: denHaag, reference, topic: "huishouden", text: "Stofzuigen lukt niet meer sinds de val." });
      await addCaseNote({ actor: denHaag, reference, topic: "algemeen", text: "Dochter woont in Delft." });
      await expectCode(addCaseNote({ actor: denHaag, reference, topic: "geheim", text: "x" }), "INVALID");
      await expectCode(addCaseNote({ actor: denHaag, reference, topic: "algemeen", text: "  " }), "INVALID");
      let kase = await getCase({ actor: denHaag, reference });
      expect(kase.notes.map((n) => n.topic)).toEqual(["huishouden", "algemeen"]);
      await deleteCaseNote({ actor: denHaag, reference, noteId: id });
      kase = await getCase({ actor: denHaag, reference });
      expect(kase.notes.map((n) => n.text)).toEqual(["Dochter woont in Delft."]);
      await expectCode(deleteCaseNote({ actor: denHaag, reference, noteId: id }), "NOT_FOUND");
    });

    it("refuses to mark a monitoring product without a recorded explanation and agreement", async () => {
      const first = await expectCode(setCaseChoice({ actor: denHaag, reference, productSlug: MONITORING, wantsToTry: true }), "INVALID");
      expect(first.message).toMatch(/Leg eerst uit/);
      expect(await db.caseChoice.count({ where: { caseId } })).toBe(0);

      await recordMonitoringDecision({ actor: denHaag, reference, productSlug: MONITORING, decision: "declined" });
      await expectCode(setCaseChoice({ actor: denHaag, reference, productSlug: MONITORING, wantsToTry: true }), "INVALID");
      let choice = await db.caseChoice.findFirstOrThrow({ where: { caseId, product: { slug: MONITORING } } });
      expect(choice).toMatchObject({ wantsToTry: false, monitoringDecision: "declined" });
      expect(choice.monitoringExplainedAt).toBeInstanceOf(Date);

      await recordMonitoringDecision({ actor: denHaag, reference, productSlug: MONITORING, decision: "agreed" });
      await setCaseChoice({ actor: denHaag, reference, productSlug: MONITORING, wantsToTry: true });
      choice = await db.caseChoice.findFirstOrThrow({ where: { caseId, product: { slug: MONITORING } } });
      expect(choice).toMatchObject({ wantsToTry: true, monitoringDecision: "agreed" });

      // declining later un-marks it again
      await recordMonitoringDecision({ actor: denHaag, reference, productSlug: MONITORING, decision: "declined" });
      choice = await db.caseChoice.findFirstOrThrow({ where: { caseId, product: { slug: MONITORING } } });
      expect(choice.wantsToTry).toBe(false);
      await expectCode(reserveForCase({ actor: denHaag, reference, productSlug: MONITORING, centreSlug: "zorginnovatiehub-leyweg", pickupDate: "2099-01-01", phone: "0612345678", consent: true }), "INVALID");
    });

    it("marks an ordinary product directly, and does not accept an explanation for it", async () => {
      const free = await freeProductInDenHaag(db);
      await expectCode(recordMonitoringDecision({ actor: denHaag, reference, productSlug: free.productSlug, decision: "agreed" }), "INVALID");
      await setCaseChoice({ actor: denHaag, reference, productSlug: free.productSlug, wantsToTry: true });
      const kase = await getCase({ actor: denHaag, reference });
      expect(kase.choices.find((c) => c.product.slug === free.productSlug)?.wantsToTry).toBe(true);
      await expectCode(setCaseChoice({ actor: denHaag, reference, productSlug: "bestaat-niet", wantsToTry: true }), "NOT_FOUND");
    });

    it("reserves on the resident's behalf with reserveUnit, linked to the case", async () => {
      const free = await freeProductInDenHaag(db);
      const other = await db.product.findFirstOrThrow({ where: { isMonitoring: false, lendable: true, slug: { not: free.productSlug } } });
      await expectCode(
        reserveForCase({ actor: denHaag, reference, productSlug: other.slug, centreSlug: free.centreSlug, pickupDate: free.pickupDate, phone: "06 1234 5678", consent: true }),
        "INVALID",
      );
      const noConsent = await expectCode(
        reserveForCase({ actor: denHaag, reference, productSlug: free.productSlug, centreSlug: free.centreSlug, pickupDate: free.pickupDate, phone: "06 1234 5678", consent: false }),
        "INVALID",
      );
      expect(noConsent.fields?.consent).toBeDefined();
      await expectCode(
        reserveForCase({ actor: denHaag, reference, productSlug: free.productSlug, centreSlug: "uitleenpunt-rijswijk", pickupDate: free.pickupDate, phone: "06 1234 5678", consent: true }),
        "NOT_FOUND",
      );

      const { reference: reservationRef } = await reserveForCase({
        actor: denHaag,
        reference,
        productSlug: free.productSlug,
        centreSlug: free.centreSlug,
        pickupDate: free.pickupDate,
        phone: "06 1234 5678",
        consent: true,
      });
      const reservation = await db.reservation.findUniqueOrThrow({ where: { reference: reservationRef } });
      expect(reservation).toMatchObject({ caseId, createdById: denHaag.userId, name: "Meneer A. Y.", status: "RESERVED" });
      expect(await db.auditEvent.count({ where: { action: "case.reserve", entityId: caseId } })).toBe(1);
      const kase = await getCase({ actor: denHaag, reference });
      expect(kase.reservations.map((r) => r.reference)).toEqual([reservationRef]);
    });

    it("records next steps (what, who, by when); the first due day becomes the follow-up day", async () => {
      const { id } = await addCaseStep({ actor: denHaag, reference, text: "Drempelhulp aanvragen", who: "Dochter", dueDate: "2026-12-15" });
      await addCaseStep({ actor: denHaag, reference, text: "Bellen hoe het gaat", who: "Wmo-consulent" });
      await expectCode(addCaseStep({ actor: denHaag, reference, text: "", who: "" }), "INVALID");
      await expectCode(addCaseStep({ actor: denHaag, reference, text: "x", who: "y", dueDate: "2026-02-30" }), "INVALID");
      await setCaseStepDone({ actor: denHaag, reference, stepId: id, done: true });
      const kase = await getCase({ actor: denHaag, reference });
      expect(kase.followUpDue).toBe("2026-12-15");
      expect(kase.steps.find((s) => s.id === id)).toMatchObject({ text: "Drempelhulp aanvragen", who: "Dochter", dueDate: "2026-12-15", done: true });
      expect(kase.steps).toHaveLength(2);
    });

    it("asks 'did it help?' after a loan for the case is returned, and stores the outcome", async () => {
      const reservation = await db.reservation.findFirstOrThrow({ where: { caseId }, include: { product: true } });
      await db.reservation.update({ where: { id: reservation.id }, data: { status: "PICKED_UP" } });
      await db.loan.create({ data: { reservationId: reservation.id, unitId: reservation.unitId, status: "RETURNED", dueAt: new Date(), returnedAt: new Date() } });
      let kase = await getCase({ actor: denHaag, reference });
      expect(kase.outcomeQuestions.map((p) => p.slug)).toEqual([reservation.product.slug]);
      let list = await listCases({ actor: denHaag });
      expect(list.find((c) => c.reference === reference)?.outcomesAsked).toBe(1);

      await expectCode(recordCaseOutcome({ actor: denHaag, reference, productSlug: reservation.product.slug, helped: "maybe", result: "kept" }), "INVALID");
      await recordCaseOutcome({ actor: denHaag, reference, productSlug: reservation.product.slug, helped: "partly", result: "returned", why: "Te veel drempels." });
      kase = await getCase({ actor: denHaag, reference });
      expect(kase.outcomeQuestions).toEqual([]);
      expect(kase.outcomes[0]).toMatchObject({ helped: "partly", result: "returned", why: "Te veel drempels." });
      list = await listCases({ actor: denHaag });
      expect(list.find((c) => c.reference === reference)?.outcomesAsked).toBe(0);
    });

    it("writes audit lines for views and changes, with field names but not their values", async () => {
      const views = await db.auditEvent.count({ where: { action: "case.view", entityId: caseId } });
      await getCase({ actor: denHaag, reference, part: "advies" });
      expect(await db.auditEvent.count({ where: { action: "case.view", entityId: caseId } })).toBe(views + 1);
      const lastView = await db.auditEvent.findFirstOrThrow({ where: { action: "case.view", entityId: caseId }, orderBy: { at: "desc" } });
      expect(lastView).toMatchObject({ actorId: denHaag.userId, municipalityId: denHaag.municipalityId, details: { part: "advies" } });

      await updateCase({ actor: denHaag, reference, changes: { residentName: "Meneer A. Yilmaz", residentContact: "a@voorbeeld.nl", status: "FOLLOW_UP", followUpDue: "2026-12-01", hasApplication: false } });
      const update = await db.auditEvent.findFirstOrThrow({ where: { action: "case.update", entityId: caseId }, orderBy: { at: "desc" } });
      expect(update.details).toMatchObject({ fields: expect.arrayContaining(["residentName", "residentContact", "status", "followUpDue"]), status: "FOLLOW_UP" });
      expect(JSON.stringify(update.details)).not.toContain("Yilmaz");
      expect(JSON.stringify(update.details)).not.toContain("voorbeeld");
      const actions = await db.auditEvent.groupBy({ by: ["action"], where: { entityId: caseId } });
      expect(actions.map((a) => a.action).sort()).toEqual(["case.choice", "case.create", "case.note", "case.outcome", "case.reserve", "case.update", "case.view"]);
      await expectCode(updateCase({ actor: denHaag, reference, changes: { residentName: "", status: "OPEN", hasApplication: false } }), "INVALID");
    });

    it("shares the report through a secret code; the resident reads it and responds", async () => {
      await expectCode(getReportByCode({ code: "ABCDEFGHJKMN" }), "NOT_FOUND");
      const { reportCode } = await shareCaseReport({ actor: denHaag, reference });
      expect(reportCode).toMatch(/^[0-9A-Z]{12}$/);
      expect((await shareCaseReport({ actor: denHaag, reference })).reportCode).toBe(reportCode);

      const typed = `${reportCode.slice(0, 4).toLowerCase()}-${reportCode.slice(4, 8)} ${reportCode.slice(8)}`;
      const copy = await getReportByCode({ code: typed });
      const text = reportToText(copy.report);
      expect(text).toContain("Drempelhulp aanvragen");
      expect(text).toContain("Dochter woont in Delft.");
      expect(text).toContain("Wie: Dochter.");
      expect(copy.report.sections.map((s) => s.id)).toEqual(expect.arrayContaining(["besproken", "advies", "afgevallen", "reserveringen", "afspraken"]));
      expect(await db.auditEvent.count({ where: { action: "case.view", entityId: caseId, actorId: null } })).toBeGreaterThanOrEqual(1);

      await expectCode(saveResidentResponse({ code: reportCode, response: "   " }), "INVALID");
      await saveResidentResponse({ code: reportCode, response: "De dochter woont in Rotterdam, niet in Delft." });
      const kase = await getCase({ actor: denHaag, reference });
      expect(kase.residentResponse).toBe("De dochter woont in Rotterdam, niet in Delft.");
      expect(kase.residentRespondedAt).toBeInstanceOf(Date);

      const { report } = await getCaseReport({ actor: denHaag, reference, format: "pdf" });
      expect(reportToText(report)).toContain("De dochter woont in Rotterdam");
      expect(await db.auditEvent.count({ where: { action: "case.report", entityId: caseId } })).toBeGreaterThanOrEqual(2);
    });
  });

  describe("the case list", () => {
    it("lists the consultant's own cases, searchable by name or reference, due follow-ups first", async () => {
      const a = await createCase({ actor: denHaag, residentName: "Mevrouw Zonder Datum", consent });
      const b = await createCase({ actor: denHaag, residentName: "Mevrouw Later", consent });
      const c = await createCase({ actor: denHaag, residentName: "Mevrouw Eerst", consent });
      const base = { residentContact: undefined, hasApplication: false } as const;
      await updateCase({ actor: denHaag, reference: b.reference, changes: { ...base, residentName: "Mevrouw Later", status: "FOLLOW_UP", followUpDue: "2030-01-10" } });
      await updateCase({ actor: denHaag, reference: c.reference, changes: { ...base, residentName: "Mevrouw Eerst", status: "FOLLOW_UP", followUpDue: "2020-01-10" } });

      const all = await listCases({ actor: denHaag });
      const order = all.map((x) => x.reference);
      expect(order.indexOf(c.reference)).toBeLessThan(order.indexOf(b.reference));
      expect(order.indexOf(b.reference)).toBeLessThan(order.indexOf(a.reference));
      expect(all.find((x) => x.reference === c.reference)?.followUpOverdue).toBe(true);
      expect(all.find((x) => x.reference === b.reference)?.followUpOverdue).toBe(false);

      expect((await listCases({ actor: denHaag, query: "zonder" })).map((x) => x.reference)).toEqual([a.reference]);
      expect((await listCases({ actor: denHaag, query: b.reference.toLowerCase() })).map((x) => x.reference)).toEqual([b.reference]);
      const followUp = await listCases({ actor: denHaag, status: "FOLLOW_UP" });
      expect(followUp.every((x) => x.status === "FOLLOW_UP")).toBe(true);
      expect(followUp.map((x) => x.reference)).toEqual(expect.arrayContaining([b.reference, c.reference]));
    });
  });

  describe("another municipality's consultant", () => {
    let reference: string;
    let caseId: string;
    let noteId: string;
    let stepId: string;

    beforeAll(async () => {
      ({ reference, id: caseId } = await createCase({ actor: denHaag, residentName: "Den Haag-bewoner", consent }));
      ({ id: noteId } = await addCaseNote({ actor: denHaag, reference, topic: "algemeen", text: "Alleen voor Den Haag." }));
      ({ id: stepId } = await addCaseStep({ actor: denHaag, reference, text: "Stap", who: "Consulent" }));
    });

    it("does not see the case in any list", async () => {
      expect((await listCases({ actor: rijswijk })).map((c) => c.reference)).not.toContain(reference);
      expect((await listCases({ actor: rijswijk, everyone: true, query: "Den Haag" })).map((c) => c.reference)).not.toContain(reference);
      expect((await listCases({ actor: rijswijk, everyone: true, query: reference })).length).toBe(0);
      await expectCode(listCases({ actor: staff }), "NOT_FOUND");
    });

    it("gets NOT_FOUND from every function, and changes nothing", async () => {
      const before = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { notes: true, steps: true, choices: true, outcomes: true } });
      const countsBefore = await counts(db);
      const free = await freeProductInDenHaag(db);
      const attempts: [string, (actor: Actor) => Promise<unknown>][] = [
        ["getCase", (actor) => getCase({ actor, reference })],
        ["getCaseReport", (actor) => getCaseReport({ actor, reference, format: "page" })],
        ["updateCase", (actor) => updateCase({ actor, reference, changes: { residentName: "X", status: "CLOSED", hasApplication: true } })],
        ["saveCaseAnswers", (actor) => saveCaseAnswers({ actor, reference, patch: { difficulties: ["bathing"] } })],
        ["addCaseNote", (actor) => addCaseNote({ actor, reference, topic: "algemeen", text: "x" })],
        ["deleteCaseNote", (actor) => deleteCaseNote({ actor, reference, noteId })],
        ["setCaseChoice", (actor) => setCaseChoice({ actor, reference, productSlug: free.productSlug, wantsToTry: true })],
        ["recordMonitoringDecision", (actor) => recordMonitoringDecision({ actor, reference, productSlug: MONITORING, decision: "agreed" })],
        ["reserveForCase", (actor) => reserveForCase({ actor, reference, productSlug: free.productSlug, centreSlug: free.centreSlug, pickupDate: free.pickupDate, phone: "0612345678", consent: true })],
        ["addCaseStep", (actor) => addCaseStep({ actor, reference, text: "x", who: "y" })],
        ["setCaseStepDone", (actor) => setCaseStepDone({ actor, reference, stepId, done: true })],
        ["recordCaseOutcome", (actor) => recordCaseOutcome({ actor, reference, productSlug: free.productSlug, helped: "yes", result: "kept" })],
        ["shareCaseReport", (actor) => shareCaseReport({ actor, reference })],
      ];
      for (const [name, attempt] of attempts) {
        for (const actor of [rijswijk, staff, admin]) {
          const error = await attempt(actor).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error, `${name} als ${actor.email}`).toBeInstanceOf(AppError);
          expect((error as AppError).code, `${name} als ${actor.email}`).toBe("NOT_FOUND");
        }
      }
      const after = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { notes: true, steps: true, choices: true, outcomes: true } });
      expect(after).toEqual(before);
      expect(await counts(db)).toEqual(countsBefore);
    });
  });
});
