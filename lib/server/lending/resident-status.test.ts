import { describe, expect, it } from "vitest";
import { residentStatus, type ResidentState, type ResidentStatusInput } from "./resident-status";

const now = new Date("2026-12-03T10:00:00Z");
const today = "2026-12-03";
const later = new Date("2026-12-05T15:00:00Z");
const earlier = new Date("2026-12-02T15:00:00Z");

type Row = [string, Omit<ResidentStatusInput, "now" | "today">, ResidentState, RegExp];
const rows: Row[] = [
  ["reserved, hold not over", { status: "RESERVED", holdUntil: later, loan: null }, "reserved", /ligt voor u klaar/],
  ["reserved, but the hold has ended (sweep not run yet)", { status: "RESERVED", holdUntil: earlier, loan: null }, "expired", /niet op tijd/],
  ["reserved, hold ends exactly now", { status: "RESERVED", holdUntil: now, loan: null }, "expired", /Verlopen/],
  ["cancelled", { status: "CANCELLED", holdUntil: later, loan: null }, "cancelled", /Geannuleerd/],
  ["expired", { status: "EXPIRED", holdUntil: earlier, loan: null }, "expired", /Verlopen/],
  ["picked up, due later", { status: "PICKED_UP", holdUntil: earlier, loan: { status: "ACTIVE", dueDay: "2026-12-31" } }, "on_loan", /U leent het hulpmiddel nu/],
  ["picked up, due today", { status: "PICKED_UP", holdUntil: earlier, loan: { status: "ACTIVE", dueDay: today } }, "on_loan", /U leent/],
  ["picked up, due day passed", { status: "PICKED_UP", holdUntil: earlier, loan: { status: "ACTIVE", dueDay: "2026-12-02" } }, "overdue", /zo snel mogelijk terug/],
  ["picked up and returned", { status: "PICKED_UP", holdUntil: earlier, loan: { status: "RETURNED", dueDay: "2026-12-31" } }, "returned", /Teruggebracht/],
  ["returned late", { status: "PICKED_UP", holdUntil: earlier, loan: { status: "RETURNED", dueDay: "2026-11-01" } }, "returned", /Teruggebracht/],
];

describe("residentStatus follows the reservation and its loan", () => {
  it.each(rows)("%s", (_name, input, state, text) => {
    const status = residentStatus({ ...input, now, today });
    expect(status.state).toBe(state);
    expect(status.text).toMatch(text);
    expect(status.label.length).toBeGreaterThan(3);
  });

  it("never says the item is on loan once it came back", () => {
    const status = residentStatus({ status: "PICKED_UP", holdUntil: earlier, loan: { status: "RETURNED", dueDay: "2026-12-31" }, now, today });
    expect(status.text).not.toMatch(/leent het hulpmiddel nu/);
  });
});
