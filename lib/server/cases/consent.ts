/**
 * What the consultant reads to the resident before anything is stored (B1 Dutch). Pure data.
 * The version is stored with the Consent row: change the text -> bump the version.
 */
export const CASE_CONSENT_VERSION = "gesprek-2026-11";

export interface ConsentSection {
  heading: string;
  lines: string[];
}

export function caseConsentSections(retentionDays: number): ConsentSection[] {
  return [
    {
      heading: "Wat schrijven wij op?",
      lines: [
        "Uw naam of alleen uw voorletters. En als u dat wilt, een telefoonnummer of e-mailadres.",
        "Uw antwoorden op de vragen, en wat wij samen bespreken.",
        "Welke hulpmiddelen u wilt proberen, en de afspraken die wij maken.",
      ],
    },
    {
      heading: "Waarom?",
      lines: [
        "Zo kunnen wij u goed advies geven en later vragen of het hulpmiddel helpt.",
        "U krijgt zelf een verslag van dit gesprek.",
      ],
    },
    {
      heading: "Hoe lang bewaren wij het?",
      lines: [
        `${retentionDays} dagen na ons laatste contact. Daarna wissen wij alles.`,
        "Doet u een aanvraag voor een voorziening? Dan bewaart de gemeente het zo lang als de wet zegt.",
      ],
    },
    {
      heading: "Wie kan het zien?",
      lines: [
        "Alleen de Wmo-consulenten van uw gemeente. En u zelf, met de code van uw verslag.",
        "Reserveert u een hulpmiddel? Dan ziet het uitleenpunt alleen uw naam en telefoonnummer of e-mailadres.",
      ],
    },
    {
      heading: "U mag nee zeggen",
      lines: [
        "Dan krijgt u toch advies. Wij bewaren dan niets.",
        "U kunt later ook vragen om alles te wissen.",
      ],
    },
  ];
}
