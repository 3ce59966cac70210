/**
 * Dutch words for what the audit log and the erasure pages store as codes. Pure, unit-tested (labels.test.ts).
 * Add a line here when data access records a new audit action; unknown codes still read as Dutch.
 */

export const ACTION_LABELS: Record<string, string> = {
  "case.create": "Gesprek gestart",
  "case.view": "Gesprek bekeken",
  "case.update": "Gesprek gewijzigd",
  "case.note": "Notitie bij gesprek toegevoegd of verwijderd",
  "case.choice": "Keuze voor hulpmiddel vastgelegd",
  "case.outcome": "Resultaat van hulpmiddel vastgelegd",
  "case.report": "Verslag gedeeld of gedownload",
  "case.reserve": "Hulpmiddel gereserveerd vanuit gesprek",
  "case.waitlist": "Op de wachtlijst gezet vanuit gesprek",
  "case.erase": "Gesprek gewist op verzoek van de inwoner",
  "reservation.create": "Reservering gemaakt",
  "reservation.confirm": "Reservering bevestigd",
  "reservation.cancel": "Reservering geannuleerd",
  "reservation.expire": "Reservering verlopen (niet opgehaald)",
  "reservation.handover": "Hulpmiddel meegegeven",
  "reservation.erase": "Persoonsgegevens van reservering gewist",
  "loan.checkin": "Hulpmiddel teruggebracht",
  "loan.outcome": "Uitkomst van een uitleen vastgelegd",
  "loan.extend": "Uitleen verlengd",
  "waitlist.join": "Op de wachtlijst gezet",
  "waitlist.cancel": "Van de wachtlijst gehaald",
  "waitlist.erase": "Persoonsgegevens van wachtlijst gewist",
  "unit.created": "Exemplaar toegevoegd",
  "unit.edited": "Exemplaar gewijzigd",
  "unit.cleaned": "Exemplaar schoongemaakt",
  "unit.repair": "Exemplaar naar reparatie",
  "catalogue.draft": "Concept van de catalogus gemaakt",
  "catalogue.edit": "Hulpmiddel in concept van de catalogus gewijzigd",
  "submission.create": "Product aangemeld door een leverancier",
  "submission.accept": "Aanmelding van een leverancier in concept van de catalogus gezet",
  "submission.reject": "Aanmelding van een leverancier afgewezen (leverancier krijgt e-mail)",
  "catalogue.image": "Afbeelding voor de catalogus opgeslagen",
  "catalogue.add": "Nieuw hulpmiddel in concept van de catalogus gezet",
  "catalogue.archive": "Hulpmiddel uit concept van de catalogus gehaald (archiveren)",
  "unit.repaired": "Exemplaar gerepareerd",
  "unit.retired": "Exemplaar afgeschreven",
  "session.revoke": "Sessie beëindigd",
  "session.revoke_all": "Alle sessies van een gebruiker beëindigd",
  "retention.run": "Oude gegevens opgeruimd (bewaartermijn)",
  "auth.sign_in": "Ingelogd",
  "auth.sign_in_failed": "Inloggen mislukt",
  "auth.lockout": "Inloggen geweigerd (te veel pogingen)",
  "loan.walk_in": "Uitgeleend zonder reservering (aan de balie)",
  "waitlist.offer_expire": "Aanbod van de wachtlijst verlopen",
  "invitation.create": "Uitnodiging gemaakt",
  "invitation.accept": "Uitnodiging aangenomen, account gemaakt",
  "invitation.revoke": "Uitnodiging ingetrokken",
  "user.remove": "Medewerker verwijderd",
  "centre.create": "Uitleenpunt toegevoegd",
  "centre.update": "Uitleenpunt gewijzigd",
  "centre.close": "Uitleenpunt gesloten",
  "centre.closed_day": "Sluitingsdag van uitleenpunt gewijzigd",
  "municipality.create": "Gemeente toegevoegd",
  "municipality.pause": "Gemeente gepauzeerd",
  "municipality.resume": "Gemeente weer actief",
  "municipality.settings": "Instellingen van de gemeente gewijzigd",
  "municipality.offer": "Aanbod van een hulpmiddel in de gemeente gewijzigd",
  "municipality.offer_display": "Keuze voor hulpmiddelen buiten het aanbod gewijzigd",
  "municipality.oidc_settings": "Inloggen met het gemeente-account ingesteld",
  "municipality.theme": "Uiterlijk (thema) veranderd",
  "municipality.logo": "Logo veranderd",
  "configuration.export": "Configuratie van de gemeente gedownload (export)",
  "configuration.import": "Configuratie van de gemeente ingelezen (import)",
  "user.grant_rights": "Rechten gegeven aan een account van de identiteitsprovider",
  "catalogue.import": "Catalogus ingelezen (concept)",
  "catalogue.publish": "Catalogusversie gepubliceerd",
  "catalogue.rollback": "Catalogus teruggezet naar een eerdere versie",
  "assessment.reassess": "Vragenlijst opnieuw ingevuld (vorige antwoorden bewaard)",
  "words.phrase_keep": "Zin in eigen woorden bewaard (niet begrepen, met toestemming)",
  "words.phrase_remove": "Bewaarde zin in eigen woorden verwijderd",
};

export const ENTITY_LABELS: Record<string, string> = {
  Case: "Gesprek",
  Assessment: "Vragenlijst",
  Reservation: "Reservering",
  Loan: "Uitleen",
  WaitlistEntry: "Wachtlijst",
  LendingUnit: "Exemplaar",
  Session: "Sessie",
  User: "Medewerker",
  Municipality: "Gemeente",
  UnknownPhrase: "Zin in eigen woorden",
  ProductSubmission: "Aanmelding van een leverancier",
  StoredImage: "Afbeelding",
  CatalogueVersion: "Catalogusversie",
};

const ACTION_PREFIX_ENTITY: Record<string, string> = {
  case: "Gesprek",
  reservation: "Reservering",
  loan: "Uitleen",
  waitlist: "Wachtlijst",
  unit: "Exemplaar",
  session: "Sessie",
  retention: "Bewaartermijn",
  auth: "Inloggen",
  submission: "Aanmelding van een leverancier",
};

/** "case.view" -> "Gesprek bekeken"; an unknown code still gets Dutch words and keeps the code for reference. */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const prefix = action.split(".")[0] ?? "";
  return `${ACTION_PREFIX_ENTITY[prefix] ?? "Gegevens"}: andere handeling (${action})`;
}

export function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}

/** Singular and plural for counts shown after an erasure or a clean-up. */
export const COUNT_WORDS: Record<string, readonly [string, string]> = {
  cases: ["gesprek", "gesprekken"],
  assessments: ["vragenlijst", "vragenlijsten"],
  adviceSnapshots: ["bewaard advies", "bewaarde adviezen"],
  notes: ["notitie", "notities"],
  choices: ["gekozen hulpmiddel", "gekozen hulpmiddelen"],
  steps: ["afspraak", "afspraken"],
  outcomes: ["resultaat", "resultaten"],
  consents: ["toestemming", "toestemmingen"],
  reservations: ["reservering", "reserveringen"],
  waitlistEntries: ["inschrijving op de wachtlijst", "inschrijvingen op de wachtlijst"],
  messages: ["bericht", "berichten"],
  sessions: ["sessie", "sessies"],
};

/** "1 notitie", "3 notities", "0 gesprekken" */
export function countPhrase(key: string, n: number): string {
  const words = COUNT_WORDS[key];
  if (!words) return `${n} × ${key}`;
  return `${n} ${n === 1 ? words[0] : words[1]}`;
}

/** The counts that are not zero, in the order given, as phrases; an empty list when everything is zero. */
export function countPhrases(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .filter(([, n]) => typeof n === "number" && n > 0)
    .map(([key, n]) => countPhrase(key, n));
}

export const ROLE_LABELS: Record<string, string> = {
  CONSULTANT: "Wmo-consulent",
  CENTRE_STAFF: "Medewerker uitleenpunt",
  MUNICIPALITY_ADMIN: "Beheerder gemeente",
  PLATFORM_ADMIN: "Beheerder platform",
  CATALOGUE_EDITOR: "Redacteur catalogus",
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

export const UNIT_STATUS_WORDS: Record<string, string> = {
  AVAILABLE: "Beschikbaar",
  RESERVED: "Gereserveerd",
  ON_LOAN: "Uitgeleend",
  CLEANING: "Wordt schoongemaakt",
  REPAIR: "In reparatie",
  RETIRED: "Afgeschreven",
};

export const CASE_STATUS_WORDS: Record<string, string> = { OPEN: "Open", FOLLOW_UP: "Nazorg", CLOSED: "Afgesloten" };

export const RESERVATION_STATUS_WORDS: Record<string, string> = {
  RESERVED: "Gereserveerd, nog niet opgehaald",
  PICKED_UP: "Opgehaald",
  CANCELLED: "Geannuleerd",
  EXPIRED: "Verlopen (niet opgehaald)",
};

export const WAITLIST_STATUS_WORDS: Record<string, string> = {
  WAITING: "Wacht op een hulpmiddel",
  OFFERED: "Hulpmiddel aangeboden",
  ACCEPTED: "Aanbod aangenomen",
  EXPIRED: "Verlopen",
  CANCELLED: "Gestopt",
};

/** A status code in Dutch words, from one of the tables above; the code itself when unknown. */
export function statusWord(table: Record<string, string>, status: string): string {
  return table[status] ?? status;
}
