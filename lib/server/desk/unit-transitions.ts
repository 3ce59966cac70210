/**
 * The life cycle of one lending unit, as data: which action may move a unit from which status to which.
 * Pure (no Prisma, no Next): the desk's data access checks a change against this table, then writes it with the
 * current status in the WHERE of the update, so two people clicking at once cannot break the cycle.
 *
 *   AVAILABLE -> RESERVED -> ON_LOAN -> CLEANING -> AVAILABLE
 *                    \-> AVAILABLE (cancelled / expired /   \-> REPAIR (returned with damage) -> AVAILABLE
 *                                  waiting-list offer ended)
 *   AVAILABLE | CLEANING | REPAIR -> RETIRED (never back)
 */

export const UNIT_STATUSES = ["AVAILABLE", "RESERVED", "ON_LOAN", "CLEANING", "REPAIR", "RETIRED"] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

interface Transition {
  /** stored in UnitEvent.action */
  event: string;
  from: readonly UnitStatus[];
  to: UnitStatus;
}

export const UNIT_TRANSITIONS = {
  reserve: { event: "reserved", from: ["AVAILABLE"], to: "RESERVED" },
  cancel_reservation: { event: "reservation_cancelled", from: ["RESERVED"], to: "AVAILABLE" },
  expire_reservation: { event: "reservation_expired", from: ["RESERVED"], to: "AVAILABLE" },
  /** held for the first person on the waiting list (no Reservation row until they accept) */
  offer_to_waitlist: { event: "offered", from: ["AVAILABLE"], to: "RESERVED" },
  offer_declined: { event: "offer_declined", from: ["RESERVED"], to: "AVAILABLE" },
  offer_expired: { event: "offer_expired", from: ["RESERVED"], to: "AVAILABLE" },
  hand_over: { event: "handed_over", from: ["RESERVED"], to: "ON_LOAN" },
  take_back: { event: "returned", from: ["ON_LOAN"], to: "CLEANING" },
  take_back_damaged: { event: "returned_damaged", from: ["ON_LOAN"], to: "REPAIR" },
  finish_cleaning: { event: "cleaned", from: ["CLEANING"], to: "AVAILABLE" },
  send_to_repair: { event: "repair", from: ["AVAILABLE", "CLEANING"], to: "REPAIR" },
  finish_repair: { event: "repaired", from: ["REPAIR"], to: "AVAILABLE" },
  retire: { event: "retired", from: ["AVAILABLE", "CLEANING", "REPAIR"], to: "RETIRED" },
} as const satisfies Record<string, Transition>;

export type UnitAction = keyof typeof UNIT_TRANSITIONS;
export const UNIT_ACTIONS = Object.keys(UNIT_TRANSITIONS) as UnitAction[];

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: UnitStatus, action: UnitAction): UnitStatus | null {
  const t: Transition = UNIT_TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

export function canTransition(from: UnitStatus, action: UnitAction): boolean {
  return nextStatus(from, action) !== null;
}

/** The statuses an action may start from: use them in the WHERE of the update. */
export function fromStatuses(action: UnitAction): UnitStatus[] {
  return [...UNIT_TRANSITIONS[action].from];
}

export function eventName(action: UnitAction): string {
  return UNIT_TRANSITIONS[action].event;
}

/** Buttons on a unit's page (reservations and loans have their own pages). */
export const UNIT_PAGE_ACTIONS = ["finish_cleaning", "send_to_repair", "finish_repair", "retire"] as const satisfies readonly UnitAction[];
export type UnitPageAction = (typeof UNIT_PAGE_ACTIONS)[number];

export function unitPageActions(status: UnitStatus): UnitPageAction[] {
  return UNIT_PAGE_ACTIONS.filter((a) => canTransition(status, a));
}

/** Code and notes can change until a unit is retired. */
export function canEditUnit(status: UnitStatus): boolean {
  return status !== "RETIRED";
}

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  AVAILABLE: "Beschikbaar",
  RESERVED: "Gereserveerd",
  ON_LOAN: "Uitgeleend",
  CLEANING: "Schoonmaak",
  REPAIR: "Reparatie",
  RETIRED: "Afgeschreven",
};

/** Words for the history list; unknown actions (written by other parts of the app) are shown as they are. */
const EVENT_LABELS: Record<string, string> = {
  created: "Toegevoegd",
  seeded: "Status bij start demo",
  edited: "Gegevens aangepast",
  reserved: "Gereserveerd",
  confirmed: "Reservering bevestigd",
  reservation_cancelled: "Reservering geannuleerd",
  reservation_expired: "Reservering verlopen",
  offered: "Aangeboden aan de wachtlijst",
  offer_declined: "Aanbod van de wachtlijst afgeslagen",
  offer_expired: "Aanbod van de wachtlijst verlopen",
  handed_over: "Meegegeven",
  extended: "Uitleen verlengd",
  returned: "Teruggebracht",
  returned_damaged: "Teruggebracht met schade",
  cleaned: "Schoonmaak klaar",
  repair: "Naar reparatie",
  repaired: "Reparatie klaar",
  retired: "Afgeschreven",
};

export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? event;
}
