/**
 * What staff check at hand-over and take-back, per product (Product.checklist), keyed by product slug. Each point is
 * something you can see or try at the desk: the parts that belong to it and that it works. "Uitleg gegeven" and
 * "Legitimatie gezien" are asked for every product by the desk itself, so they are not repeated here.
 * Written from the product descriptions in ./catalogue.ts; a test checks every catalogue product has a list.
 */
export const CHECKLISTS: Record<string, readonly string[]> = {
  // housework
  robotstofzuiger: ["Robot, laadstation en stroomadapter", "Stofbak leeg en filter erin", "Zijborstel en hoofdborstel heel", "Gaat aan met de knop"],
  "steelstofzuiger-zonder-snoer": ["Stofzuiger, mondstuk en kiertje-opzetstuk", "Accu en oplader", "Stofbak leeg en filter erin", "Gaat aan"],
  "stoffer-en-blik-lange-steel": ["Stoffer en blik, allebei met steel", "Haren van de stoffer schoon"],
  kookplaatbeveiliging: ["Sensor en schakelkastje", "Handleiding voor de elektricien"],
  kookwekker: ["Wekker werkt en piept hard", "Batterij zit erin"],
  rookmelder: ["Rookmelder met bevestigingsplaat", "Testknop geeft alarm"],
  grijper: ["Knijper gaat open en dicht", "Rubber grijpvlakken heel"],
  // toilet and bathroom
  toiletverhoger: ["Verhoger zonder scheuren", "Klemmen of bevestiging compleet", "Schoon"],
  toiletframe: ["Frame met twee armsteunen", "Rubber voetdopjes heel", "Hoogte-pennen vast"],
  postoel: ["Stoel met deksel", "Emmer met deksel, schoon", "Rubber voetdopjes heel"],
  douchestoel: ["Zitting, rugleuning en armleuningen", "Rubber voetdopjes heel", "Hoogte-pennen vast", "Schoon"],
  douchekruk: ["Kruk staat stevig", "Rubber voetdopjes heel", "Schoon"],
  "wandbeugels-badkamer": ["Beugels met schroeven en pluggen", "Montagehandleiding"],
  "antislipmat-douche": ["Mat zonder scheuren", "Zuignappen compleet"],
  "spons-lange-steel": ["Steel met spons", "Spons schoon en heel"],
  // moving around
  "nachtlampje-bewegingssensor": ["Lampje gaat aan bij beweging", "Batterijen of stekker in orde"],
  "rollator-binnen": ["Dienblad of mandje", "Wielen draaien goed", "Remmen werken", "Handvatten vast"],
  "rollator-buiten": ["Remmen werken en zetten vast", "Zitje en tas of mandje", "Banden heel", "Inklappen en uitklappen werkt"],
  wandelstok: ["Rubber dop heel (niet glad)", "Lengte stelt in en klikt vast", "Handvat vast"],
  "sta-op-stoel": ["Stoel met afstandsbediening", "Snoer en stekker heel", "Omhoog en omlaag werkt"],
  bedbeugel: ["Beugel met steunplaat voor onder het matras", "Bevestigingsband of klemmen compleet"],
  "opstahulp-stoel": ["Zitting met veren werkt", "Hoes schoon en heel"],
  meubelverhogers: ["Vier verhogers", "Geen scheuren"],
  trapleuning: ["Leuning met steunen en schroeven", "Montagehandleiding"],
  traplift: ["Handleiding en sleutel van de traplift"],
  drempelhulp: ["Drempelhulp zonder scheuren", "Antislip onderkant heel"],
  "bewegingslamp-gang-trap": ["Lamp gaat aan bij beweging", "Batterijen of stekker in orde", "Bevestigingsstrip of schroeven"],
  // safety and alarms
  "personenalarm-mantelzorg": ["Alarmkastje met stroomadapter", "Alarmknop met polsband en halskoord", "Testalarm werkt"],
  "personenalarm-zorgcentrale": ["Alarmkastje met stroomadapter", "Alarmknop met polsband en halskoord", "Testalarm werkt"],
  valdetector: ["Valdetector met polsband of halskoord", "Oplader", "Testalarm werkt"],
  "alarmknop-belt-familie": ["Alarmknop met koord of polsband", "Oplader", "Simkaart zit erin", "Telefoonnummers van de vorige lener gewist"],
  sleutelkluis: ["Sleutelkluis met schroeven", "Code teruggezet naar de fabriekscode"],
  videodeurbel: ["Deurbel met bevestigingsplaat en schroeven", "Oplaadkabel of accu", "Gekoppelde account van de vorige lener verwijderd"],
  kierstandhouder: ["Beugel met schroeven", "Montagehandleiding"],
  "intercom-deuropener": ["Binnenpost en buitenpost", "Handleiding voor de installateur"],
  "gps-tracker": ["Tracker of horloge", "Oplader", "Simkaart zit erin", "Gekoppelde telefoonnummers van de vorige lener gewist"],
  leefstijlmonitoring: ["Basisstation met stroomadapter", "Alle sensoren (tel ze na)", "Bevestigingsstrips", "Account van de vorige lener verwijderd"],
  // medicines and the day
  medicijndispenser: ["Dispenser met stroomadapter", "Sleutel van de dispenser", "Vakjes leeg en schoon", "Alarm werkt"],
  "pillendoos-alarm": ["Doos met alle vakjes", "Vakjes leeg en schoon", "Alarm werkt", "Batterij zit erin"],
  "medicijnwekker-app": ["Inlogcode of uitleg voor de app"],
  kalenderklok: ["Klok met stroomadapter", "Dag en tijd kloppen"],
  "sprekende-klok": ["Klok zegt de tijd hardop", "Batterijen zitten erin"],
  "digitale-dagplanner": ["Scherm met stroomadapter", "Standaard of ophangbeugel", "Afspraken van de vorige lener gewist"],
  "spraakherinnering-voordeur": ["Kastje met bewegingssensor", "Batterijen of stroomadapter", "Bericht van de vorige lener gewist"],
  // contact and hearing
  "beeldbel-tablet": ["Tablet met hoes", "Oplader en kabel", "Contacten en foto's van de vorige lener gewist"],
  "fotolijst-beeldbellen": ["Fotolijst met standaard", "Stroomadapter", "Foto's en contacten van de vorige lener gewist"],
  "telefoon-grote-toetsen": ["Telefoon met hoorn en snoer", "Telefoonsnoer en stroomadapter", "Fototoetsen leeg gemaakt"],
  "mobiele-telefoon-sos": ["Telefoon met batterij", "Oplader of laadstation", "SOS-nummers van de vorige lener gewist"],
  "deurbel-flitslicht": ["Belknop voor buiten", "Ontvanger met flitslicht", "Batterijen of stroomadapter"],
  "signaleringssysteem-slechthorenden": ["Ontvanger met flitslicht", "Zenders voor deurbel en telefoon", "Trilkussen", "Stroomadapters"],
  // seeing and reading
  "loep-met-licht": ["Loep zonder krassen", "Lampje werkt", "Batterijen zitten erin"],
  "elektronische-loep": ["Loep met scherm", "Oplader", "Draagtas of hoes", "Scherm zonder krassen"],
  beeldschermloep: ["Scherm met camera-arm", "Leestafel", "Stroomkabel", "Afstandsbediening of bedieningskastje"],
  "leeslamp-daglicht": ["Lamp met voet of klem", "Stroomadapter", "Lamp brandt"],
  "daisy-speler": ["Speler met stroomadapter", "Hoofdtelefoon of oortjes (als meegegeven)", "Geen cd of geheugenkaart van de vorige lener erin"],
};

import { FALLBACK_CHECKLIST } from "../../lib/schemas/desk";

/** For a product without its own list (added later): the least one checks (the desk uses the same fallback). */
export const DEFAULT_CHECKLIST: readonly string[] = FALLBACK_CHECKLIST;

export function checklistFor(slug: string): string[] {
  return [...(CHECKLISTS[slug] ?? DEFAULT_CHECKLIST)];
}
