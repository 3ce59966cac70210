import { describe, expect, it } from "vitest";
import {
  ERASED_NAME,
  addRetentionCounts,
  countsFromDetails,
  emptyRetentionCounts,
  isAssessmentDue,
  isCaseDue,
  isPersonalDataErased,
  isReservationDue,
  isWaitlistEntryDue,
} from "./retention-rules";

const now = new Date("2026-11-23T10:00:00.000Z");
const before = new Date("2026-11-23T09:59:59.000Z");
const after = new Date("2026-11-23T10:00:01.000Z");

describe("isCaseDue", () => {
  it.each([
    ["past its moment, no application: deleted", { eraseAfter: before, hasApplication: false }, true],
    ["exactly at its moment: not yet", { eraseAfter: now, hasApplication: false }, false],
    ["still within the period", { eraseAfter: after, hasApplication: false }, false],
    ["past its moment but with an application: kept", { eraseAfter: before, hasApplication: true }, false],
  ])("%s", (_name, kase, expected) => {
    expect(isCaseDue(kase, now)).toBe(expected);
  });
});

describe("isAssessmentDue", () => {
  it.each([
    ["a resident's own questionnaire past its moment", { eraseAfter: before, caseId: null }, true],
    ["a resident's own questionnaire within the period", { eraseAfter: after, caseId: null }, false],
    ["part of a case: goes with the case, not on its own", { eraseAfter: before, caseId: "case-1" }, false],
  ])("%s", (_name, assessment, expected) => {
    expect(isAssessmentDue(assessment, now)).toBe(expected);
  });
});

describe("isPersonalDataErased", () => {
  it.each([
    ["placeholder name and nothing else", { name: ERASED_NAME, phone: null, email: null }, true],
    ["the lending sweep's placeholder", { name: "Gewist", phone: null, email: null }, true],
    ["a real name", { name: "Mevrouw J. de Vries", phone: null, email: null }, false],
    ["placeholder name but a phone number left", { name: ERASED_NAME, phone: "06 1234 5678", email: null }, false],
    ["placeholder name but an e-mail address left", { name: ERASED_NAME, phone: null, email: "a@b.nl" }, false],
  ])("%s", (_name, row, expected) => {
    expect(isPersonalDataErased(row)).toBe(expected);
  });
});

describe("isReservationDue", () => {
  const retentionDays = 90;
  const longAgo = new Date(now.getTime() - 91 * 86_400_000);
  const recently = new Date(now.getTime() - 10 * 86_400_000);
  const base = { name: "Meneer A. Yilmaz", phone: "06 1234 5678", email: null, status: "PICKED_UP", loanStatus: "RETURNED" as string | null, loanReturnedAt: longAgo as Date | null, eraseAfter: before };
  it.each([
    ["returned long ago and past its moment: erase", base, true],
    ["returned only recently: keep for questions about the return", { ...base, loanReturnedAt: recently }, false],
    ["cancelled and past its moment: erase", { ...base, status: "CANCELLED", loanStatus: null, loanReturnedAt: null }, true],
    ["expired and past its moment: erase", { ...base, status: "EXPIRED", loanStatus: null, loanReturnedAt: null }, true],
    ["within the period: keep", { ...base, eraseAfter: after }, false],
    ["still waiting for pickup: keep", { ...base, status: "RESERVED", loanStatus: null, loanReturnedAt: null }, false],
    ["item still on loan (overdue): keep", { ...base, loanStatus: "ACTIVE", loanReturnedAt: null }, false],
    ["already erased: nothing to do", { ...base, name: ERASED_NAME, phone: null }, false],
    ["already erased by the lending sweep: nothing to do", { ...base, name: "Gewist", phone: null }, false],
  ])("%s", (_name, reservation, expected) => {
    expect(isReservationDue(reservation, now, retentionDays)).toBe(expected);
  });
});

describe("isWaitlistEntryDue", () => {
  const base = { name: "Mevrouw F. Bouali", phone: null, email: "f@voorbeeld.nl", status: "EXPIRED", eraseAfter: before };
  it.each([
    ["expired and past its moment: erase", base, true],
    ["accepted and past its moment: erase", { ...base, status: "ACCEPTED" }, true],
    ["cancelled and past its moment: erase", { ...base, status: "CANCELLED" }, true],
    ["still waiting: keep", { ...base, status: "WAITING" }, false],
    ["an offer is open: keep", { ...base, status: "OFFERED" }, false],
    ["within the period: keep", { ...base, eraseAfter: after }, false],
    ["already erased: nothing to do", { ...base, name: ERASED_NAME, email: null }, false],
    ["already erased by the lending sweep: nothing to do", { ...base, name: "Gewist", email: null }, false],
  ])("%s", (_name, entry, expected) => {
    expect(isWaitlistEntryDue(entry, now)).toBe(expected);
  });
});

describe("retention counts", () => {
  it("adds up per kind", () => {
    const a = { cases: 1, assessments: 2, reservations: 3, waitlistEntries: 4 };
    expect(addRetentionCounts(emptyRetentionCounts(), a)).toEqual(a);
    expect(addRetentionCounts(a, a)).toEqual({ cases: 2, assessments: 4, reservations: 6, waitlistEntries: 8 });
  });
});

describe("countsFromDetails", () => {
  it.each<[string, unknown, Record<string, number> | null]>([
    ["counts of an erasure", { reference: "KX7M2QPD", counts: { notes: 2, steps: 1 } }, { notes: 2, steps: 1 }],
    ["no details", null, null],
    ["details without counts", { part: "notes" }, null],
    ["only numbers are kept", { counts: { notes: 2, name: "Jan" } }, { notes: 2 }],
    ["an array is not counts", { counts: [1, 2] }, null],
  ])("%s", (_name, details, expected) => {
    expect(countsFromDetails(details)).toEqual(expected);
  });
});
