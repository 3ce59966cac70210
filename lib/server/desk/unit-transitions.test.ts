import { describe, expect, it } from "vitest";
import {
  UNIT_ACTIONS,
  UNIT_STATUSES,
  UNIT_STATUS_LABELS,
  canEditUnit,
  canTransition,
  eventLabel,
  eventName,
  fromStatuses,
  nextStatus,
  unitPageActions,
  type UnitAction,
  type UnitStatus,
} from "./unit-transitions";

/** Every allowed move, written out by hand: anything not in this list must be refused. */
const ALLOWED: [UnitStatus, UnitAction, UnitStatus][] = [
  ["AVAILABLE", "reserve", "RESERVED"],
  ["RESERVED", "cancel_reservation", "AVAILABLE"],
  ["RESERVED", "expire_reservation", "AVAILABLE"],
  ["AVAILABLE", "offer_to_waitlist", "RESERVED"],
  ["RESERVED", "offer_declined", "AVAILABLE"],
  ["RESERVED", "offer_expired", "AVAILABLE"],
  ["RESERVED", "hand_over", "ON_LOAN"],
  ["ON_LOAN", "take_back", "CLEANING"],
  ["ON_LOAN", "take_back_damaged", "REPAIR"],
  ["CLEANING", "finish_cleaning", "AVAILABLE"],
  ["AVAILABLE", "send_to_repair", "REPAIR"],
  ["CLEANING", "send_to_repair", "REPAIR"],
  ["REPAIR", "finish_repair", "AVAILABLE"],
  ["AVAILABLE", "retire", "RETIRED"],
  ["CLEANING", "retire", "RETIRED"],
  ["REPAIR", "retire", "RETIRED"],
];

describe("unit transitions", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
    expect(canTransition(from, action)).toBe(true);
    expect(fromStatuses(action)).toContain(from);
  });

  const allowedKeys = new Set(ALLOWED.map(([from, action]) => `${from}:${action}`));
  const refused = UNIT_STATUSES.flatMap((from) => UNIT_ACTIONS.map((action) => [from, action] as const)).filter(
    ([from, action]) => !allowedKeys.has(`${from}:${action}`),
  );

  it.each(refused)("refuses %s --%s", (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
    expect(canTransition(from, action)).toBe(false);
  });

  it("checks every status against every action (nothing forgotten)", () => {
    expect(ALLOWED.length + refused.length).toBe(UNIT_STATUSES.length * UNIT_ACTIONS.length);
  });

  it("never leaves RETIRED", () => {
    for (const action of UNIT_ACTIONS) expect(nextStatus("RETIRED", action)).toBeNull();
    expect(canEditUnit("RETIRED")).toBe(false);
  });

  it("follows the full lending cycle back to AVAILABLE", () => {
    const cycle: UnitAction[] = ["reserve", "hand_over", "take_back", "finish_cleaning"];
    let status: UnitStatus | null = "AVAILABLE";
    for (const action of cycle) status = status && nextStatus(status, action);
    expect(status).toBe("AVAILABLE");
  });

  it.each([
    ["AVAILABLE", ["send_to_repair", "retire"]],
    ["RESERVED", []],
    ["ON_LOAN", []],
    ["CLEANING", ["finish_cleaning", "send_to_repair", "retire"]],
    ["REPAIR", ["finish_repair", "retire"]],
    ["RETIRED", []],
  ] as [UnitStatus, string[]][])("buttons on the unit page for %s", (status, actions) => {
    expect(unitPageActions(status)).toEqual(actions);
  });

  it("has a unique history name per action and Dutch words for each", () => {
    const events = UNIT_ACTIONS.map(eventName);
    expect(new Set(events).size).toBe(events.length);
    for (const e of events) expect(eventLabel(e)).not.toBe(e);
    for (const s of UNIT_STATUSES) expect(UNIT_STATUS_LABELS[s]).toMatch(/^[A-Z][a-z]+$/);
    expect(eventLabel("something_new")).toBe("something_new");
  });
});
