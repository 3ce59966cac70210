/** The strings the resident's client forms get as props (built on the server by ./texts.ts, in the resident's language). */
/** What the client forms say: plain strings, already in the resident's language. */
export interface FormTexts {
  yourDetails: string;
  name: string;
  contactHint: string;
  phone: string;
  phoneHint: string;
  email: string;
  emailHint: string;
  pickupLegend: string;
  pickupHint: string;
  consentTitle: string;
  waitlistConsentTitle: string;
  waitlistTitle: string;
  joinWaitlist: string;
  reserve: string;
  busy: string;
  checkTitle: string;
  failedTitle: string;
  monitoringLead: string;
  monitoringYes: string;
  monitoringNo: string;
  /** the field names in the error summary */
  fields: Record<string, string>;
}

/** A pickup day as the radio button shows it: "Dinsdag 24 november 2026" and "Tussen 9.00 en 17.00 uur". */
export interface PickupDayOption {
  day: string;
  label: string;
  times: string;
}
