import { describe, expect, it } from "vitest";
import { decideExtension, effectiveMaxExtensions, type ExtensionFacts, type ExtensionRefusal } from "./extension-rules";

const monFri = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" }));
const base: ExtensionFacts = {
  loanStatus: "ACTIVE",
  startDay: "2026-11-02", // Monday
  dueDay: "2026-11-30", // Monday, 28 days later
  extensions: 0,
  loanPeriodDays: 28,
  maxExtensions: 1,
  maxLoanDays: 91,
  waiting: 0,
  reservationsForUnit: 0,
  calendar: { hours: monFri, closedDays: [] },
};

describe("decideExtension: allowed", () => {
  it.each([
    ["first extension: the loan period added", {}, "2026-12-28"],
    ["a new due day on a closed day moves to the next opening day", { calendar: { hours: monFri, closedDays: ["2026-12-28"] } }, "2026-12-29"],
    ["a new due day in the weekend moves to Monday", { dueDay: "2026-11-26", startDay: "2026-10-29" }, "2026-12-24"],
    ["capped at the longest loan (start + maxLoanDays)", { loanPeriodDays: 70 }, "2027-02-01"],
    ["capped and the cap is a Saturday: the last opening day before it", { loanPeriodDays: 70, maxLoanDays: 89 }, "2027-01-29"],
    ["the second extension when two are allowed", { extensions: 1, maxExtensions: 2, dueDay: "2026-12-28" }, "2027-01-25"],
    ["no opening hours known: the plain date", { calendar: { hours: [], closedDays: [] } }, "2026-12-28"],
  ])("%s", (_name, change, newDueDay) => {
    const decision = decideExtension({ ...base, ...change } as ExtensionFacts);
    expect(decision).toMatchObject({ allowed: true, newDueDay });
  });
});

describe("decideExtension: refused, with the reason in Dutch", () => {
  it.each<[string, Partial<ExtensionFacts>, ExtensionRefusal, RegExp]>([
    ["already returned", { loanStatus: "RETURNED" }, "returned", /al teruggebracht/],
    ["someone on the waiting list", { waiting: 1 }, "someone_waiting", /wacht op dit hulpmiddel/],
    ["a reservation needs this unit", { reservationsForUnit: 1 }, "unit_reserved", /gereserveerd voor iemand anders/],
    ["already extended the maximum number of times (1)", { extensions: 1 }, "max_extensions", /al 1 keer verlengd\. Vaker dan 1 keer/],
    ["again on the same day after one extension", { extensions: 1, dueDay: "2026-12-28" }, "max_extensions", /al 1 keer verlengd/],
    ["the product cannot be extended at all", { maxExtensions: 0 }, "max_extensions", /kan niet verlengd worden/],
    ["already at the longest loan", { maxExtensions: 5, extensions: 2, dueDay: "2027-02-01" }, "max_loan_days", /hoogstens 13 weken, dus tot en met maandag 1 februari 2027/],
    ["no opening day left before the longest loan ends", { maxLoanDays: 29, calendar: { hours: monFri, closedDays: ["2026-12-01"] } }, "max_loan_days", /hoogstens 29 dagen/],
  ])("%s", (_name, change, reason, message) => {
    const decision = decideExtension({ ...base, ...change });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) {
      expect(decision.reason).toBe(reason);
      expect(decision.message).toMatch(message);
    }
  });
});

describe("effectiveMaxExtensions: the stricter of the product's and the municipality's limit", () => {
  it.each([
    ["municipality stricter", 3, 1, 1],
    ["product stricter", 1, 5, 1],
    ["equal", 2, 2, 2],
    ["municipality allows none", 3, 0, 0],
    ["product allows none", 0, 4, 0],
  ])("%s", (_name, product, municipality, expected) => {
    expect(effectiveMaxExtensions(product, municipality)).toBe(expected);
  });
});
