/**
 * What a reservation means for the resident right now, derived from the real state of the reservation AND its loan
 * (a reservation stays PICKED_UP after the item came back; the loan says RETURNED). One pure function used by the
 * resident's page, the public API and the desk, so all three always say the same. Table-driven tests beside it.
 */

export type ResidentState = "reserved" | "expired" | "cancelled" | "on_loan" | "overdue" | "returned";

export interface ResidentStatusInput {
  status: "RESERVED" | "PICKED_UP" | "CANCELLED" | "EXPIRED";
  /** the moment the hold ends: after it a RESERVED reservation is over, even before the sweep marks it EXPIRED */
  holdUntil: Date;
  /** the loan, once picked up; dueDay "YYYY-MM-DD" (Amsterdam) */
  loan: { status: "ACTIVE" | "RETURNED"; dueDay: string } | null;
  now: Date;
  /** "YYYY-MM-DD" of `now` in Amsterdam */
  today: string;
}

export interface ResidentStatus {
  state: ResidentState;
  /** a short label for a table or badge */
  label: string;
  /** one or two B1 sentences for the resident */
  text: string;
}

const TEXTS: Record<ResidentState, { label: string; text: string }> = {
  reserved: { label: "Gereserveerd, nog niet opgehaald", text: "Gereserveerd. Het hulpmiddel ligt voor u klaar." },
  expired: { label: "Verlopen: niet op tijd opgehaald", text: "Verlopen. Het hulpmiddel is niet op tijd opgehaald." },
  cancelled: { label: "Geannuleerd", text: "Geannuleerd." },
  on_loan: { label: "Opgehaald, in gebruik", text: "Opgehaald. U leent het hulpmiddel nu." },
  overdue: { label: "Opgehaald, te laat terug", text: "U leent het hulpmiddel nog. De dag om het terug te brengen is voorbij. Breng het zo snel mogelijk terug." },
  returned: { label: "Teruggebracht", text: "Teruggebracht. Dank u wel. De uitleen is klaar." },
};

export function residentState(input: ResidentStatusInput): ResidentState {
  switch (input.status) {
    case "CANCELLED":
      return "cancelled";
    case "EXPIRED":
      return "expired";
    case "RESERVED":
      return input.holdUntil.getTime() <= input.now.getTime() ? "expired" : "reserved";
    case "PICKED_UP":
      if (!input.loan || input.loan.status === "RETURNED") return "returned";
      return input.loan.dueDay < input.today ? "overdue" : "on_loan";
  }
}

export function residentStatus(input: ResidentStatusInput): ResidentStatus {
  const state = residentState(input);
  return { state, ...TEXTS[state] };
}
