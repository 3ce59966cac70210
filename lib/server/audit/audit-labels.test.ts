import { describe, expect, it } from "vitest";
import { auditActorKind, auditActorLabel } from "./audit-labels";

describe("auditActorKind", () => {
  it.each([
    ["a stored kind wins", { actorKind: "resident", hasActor: false, action: "case.view", details: null }, "resident"],
    ["a user is staff", { actorKind: null, hasActor: true, action: "reservation.create", details: { via: "staff" } }, "staff"],
    ["an older resident reservation", { actorKind: null, hasActor: false, action: "reservation.create", details: { via: "resident" } }, "resident"],
    ["an older accepted offer", { actorKind: null, hasActor: false, action: "reservation.create", details: { via: "waitlist" } }, "resident"],
    ["an older waiting-list join", { actorKind: null, hasActor: false, action: "waitlist.join", details: {} }, "resident"],
    ["an older report read with the resident's code", { actorKind: null, hasActor: false, action: "case.view", details: { part: "verslag-inwoner" } }, "resident"],
    ["an older expiry", { actorKind: null, hasActor: false, action: "reservation.expire", details: null }, "system"],
    ["an older clean-up", { actorKind: null, hasActor: false, action: "retention.run", details: { counts: {} } }, "system"],
    ["an unknown stored kind is read again", { actorKind: "robot", hasActor: false, action: "reservation.expire", details: null }, "system"],
  ] as const)("%s", (_n, event, kind) => {
    expect(auditActorKind(event)).toBe(kind);
  });
});

describe("auditActorLabel", () => {
  it.each([
    ["staff by name", { kind: "staff", actorName: "Peter de Graaf", entityType: "LendingUnit", reference: null }, "Peter de Graaf"],
    ["a resident by reservation code", { kind: "resident", actorName: null, entityType: "Reservation", reference: "ABCD2345" }, "Inwoner (reservering ABCD-2345)"],
    ["a resident by waiting-list code", { kind: "resident", actorName: null, entityType: "WaitlistEntry", reference: "WXYZ6789" }, "Inwoner (wachtlijst WXYZ-6789)"],
    ["a resident with the report's code (not shown)", { kind: "resident", actorName: null, entityType: "Case", reference: "KX7M2QPD" }, "Inwoner (met de code van het verslag)"],
    ["a resident otherwise", { kind: "resident", actorName: null, entityType: "Assessment", reference: null }, "Inwoner"],
    ["the system", { kind: "system", actorName: null, entityType: "Reservation", reference: "ABCD2345" }, "Systeem (automatisch)"],
  ] as const)("%s", (_n, input, label) => {
    expect(auditActorLabel(input)).toBe(label);
  });
});
