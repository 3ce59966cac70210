/**
 * What a resident agrees to when reserving or joining a waiting list, in plain Dutch (B1). The version is stored
 * with each Consent row, so we always know which text someone agreed to. Change the text -> change the version.
 * Pure: the form, the API documentation and data access all read it from here.
 */

export const RESERVATION_CONSENT_VERSION = "reservering-2026-11";
export const WAITLIST_CONSENT_VERSION = "wachtlijst-2026-11";

export interface ConsentText {
  version: string;
  /** short question-and-answer lines shown above the checkbox */
  points: { question: string; answer: string }[];
  /** the label of the checkbox */
  agree: string;
}

export function reservationConsentText(retentionDays: number): ConsentText {
  return {
    version: RESERVATION_CONSENT_VERSION,
    points: [
      { question: "Wat bewaren wij?", answer: "Uw naam, uw telefoonnummer of e-mailadres, welk hulpmiddel u leent en bij welk uitleenpunt." },
      {
        question: "Waarom?",
        answer: "Zo kunnen wij het hulpmiddel voor u klaarzetten, u een herinnering sturen en weten wie het hulpmiddel heeft.",
      },
      { question: "Wie ziet het?", answer: "Alleen de medewerkers van het uitleenpunt. Wij geven uw gegevens aan niemand anders." },
      {
        question: "Hoe lang?",
        answer: `Wij wissen uw gegevens ${retentionDays} dagen nadat de lening is afgelopen. Haalt u het hulpmiddel niet op, of annuleert u? Dan wissen wij ze ${retentionDays} dagen daarna.`,
      },
    ],
    agree: "Ik ga akkoord dat mijn gegevens zo worden bewaard.",
  };
}

export function waitlistConsentText(retentionDays: number): ConsentText {
  return {
    version: WAITLIST_CONSENT_VERSION,
    points: [
      { question: "Wat bewaren wij?", answer: "Uw naam, uw telefoonnummer of e-mailadres, en op welk hulpmiddel u wacht bij welk uitleenpunt." },
      { question: "Waarom?", answer: "Zo kunnen wij u een bericht sturen als het hulpmiddel voor u klaarstaat." },
      { question: "Wie ziet het?", answer: "Alleen de medewerkers van het uitleenpunt. Wij geven uw gegevens aan niemand anders." },
      {
        question: "Hoe lang?",
        answer: `Zolang u op de wachtlijst staat. Daarna wissen wij uw gegevens na ${retentionDays} dagen. Leent u het hulpmiddel? Dan wissen wij ze ${retentionDays} dagen nadat de lening is afgelopen.`,
      },
    ],
    agree: "Ik ga akkoord dat mijn gegevens zo worden bewaard.",
  };
}

/** What to bring when picking up (the reservation page, the confirmation message and the API say the same). */
export const WHAT_TO_BRING = ["Een identiteitsbewijs (paspoort, id-kaart of rijbewijs).", "Uw reserveringscode."] as const;
