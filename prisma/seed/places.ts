/** Demo municipalities, lending centres and accounts. Addresses are demo data for trying the product. */

export interface SeedCentre {
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  district: string;
  phone: string;
  email: string;
  description: string;
  /** weekday 1 = Monday .. 7 = Sunday */
  hours: { weekday: number; opens: string; closes: string }[];
}

export interface SeedMunicipality {
  slug: string;
  name: string;
  /** PC4 ranges it serves */
  postcodeAreas: string[];
  wmoDesk: { phone: string; url: string; hours: string };
  privacyContact: string;
  centres: SeedCentre[];
}

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, opens, closes }));

export const MUNICIPALITIES: SeedMunicipality[] = [
  {
    slug: "den-haag",
    name: "Den Haag",
    postcodeAreas: ["2491-2599"],
    wmoDesk: { phone: "14 070", url: "https://www.denhaag.nl/wmo", hours: "maandag tot en met vrijdag van 8.00 tot 17.00 uur" },
    privacyContact: "privacy@denhaag.demo",
    centres: [
      {
        slug: "zorginnovatiehub-leyweg",
        name: "Zorginnovatiehub Leyweg",
        street: "Leyweg 299",
        postcode: "2545 GH",
        city: "Den Haag",
        district: "Escamp",
        phone: "070 353 00 00",
        email: "leyweg@uitleen.denhaag.demo",
        description: "Groot uitleenpunt met een proefkeuken en proefbadkamer. Een zorgtechnoloog helpt u op dinsdag en donderdag.",
        hours: weekdays("09:00", "17:00"),
      },
      {
        slug: "ervaarwoning-escamp",
        name: "iZi-ervaarwoning Escamp",
        street: "Melis Blokstraat 102",
        postcode: "2533 DK",
        city: "Den Haag",
        district: "Escamp",
        phone: "070 353 00 10",
        email: "ervaarwoning@uitleen.denhaag.demo",
        description: "Een gewone woning vol slimme hulpmiddelen. Kom kijken en probeer alles uit.",
        hours: [
          { weekday: 2, opens: "10:00", closes: "16:00" },
          { weekday: 4, opens: "10:00", closes: "16:00" },
          { weekday: 5, opens: "10:00", closes: "12:00" },
        ],
      },
      {
        slug: "mobilitheek-zuiderpark",
        name: "Mobilitheek Zuiderpark",
        street: "Mr. P. Droogleever Fortuynweg 16",
        postcode: "2533 SR",
        city: "Den Haag",
        district: "Escamp",
        phone: "070 353 00 20",
        email: "mobilitheek@uitleen.denhaag.demo",
        description: "Voor rollators, loophulpmiddelen en hulpmiddelen voor in de badkamer.",
        hours: weekdays("09:30", "16:30", [1, 2, 3, 4]),
      },
      {
        slug: "bibliotheek-centrum",
        name: "Uitleenpunt Bibliotheek Centrale",
        street: "Spui 68",
        postcode: "2511 BT",
        city: "Den Haag",
        district: "Centrum",
        phone: "070 353 00 30",
        email: "centrum@uitleen.denhaag.demo",
        description: "In de Centrale Bibliotheek. Vrijwilligers helpen u met tablets, telefoons en slimme apparaten.",
        hours: [...weekdays("10:00", "18:00", [1, 2, 3, 4, 5]), { weekday: 6, opens: "10:00", closes: "17:00" }],
      },
      {
        slug: "wijkcentrum-scheveningen",
        name: "Wijkcentrum Scheveningen",
        street: "Dr. Lelykade 4",
        postcode: "2583 CL",
        city: "Den Haag",
        district: "Scheveningen",
        phone: "070 353 00 40",
        email: "scheveningen@uitleen.denhaag.demo",
        description: "Klein uitleenpunt in het wijkcentrum. Koffie staat klaar.",
        hours: weekdays("13:00", "17:00", [1, 3, 5]),
      },
    ],
  },
  {
    slug: "rijswijk",
    name: "Rijswijk",
    postcodeAreas: ["2280-2289"],
    wmoDesk: { phone: "14 070", url: "https://www.rijswijk.nl/wmo", hours: "maandag tot en met vrijdag van 9.00 tot 12.30 uur" },
    privacyContact: "privacy@rijswijk.demo",
    centres: [
      {
        slug: "uitleenpunt-rijswijk",
        name: "Uitleenpunt Rijswijk In de Bogaard",
        street: "Bogaardplein 20",
        postcode: "2284 DP",
        city: "Rijswijk",
        district: "In de Bogaard",
        phone: "070 399 00 00",
        email: "uitleen@rijswijk.demo",
        description: "Uitleenpunt van de gemeente Rijswijk.",
        hours: weekdays("09:00", "16:00", [1, 2, 3, 4]),
      },
    ],
  },
];

/** Every demo account uses this password (README). */
export const DEMO_PASSWORD = "Demo-wachtwoord-2026";

export interface SeedUser {
  email: string;
  name: string;
  role: "CONSULTANT" | "CENTRE_STAFF" | "MUNICIPALITY_ADMIN" | "PLATFORM_ADMIN" | "CATALOGUE_EDITOR";
  municipality: string | null;
  centres: string[];
}

export const USERS: SeedUser[] = [
  { email: "consulent@denhaag.demo", name: "Samira El Amrani", role: "CONSULTANT", municipality: "den-haag", centres: [] },
  { email: "medewerker@leyweg.demo", name: "Peter de Graaf", role: "CENTRE_STAFF", municipality: "den-haag", centres: ["zorginnovatiehub-leyweg", "mobilitheek-zuiderpark"] },
  { email: "medewerker@centrum.demo", name: "Anouk Visser", role: "CENTRE_STAFF", municipality: "den-haag", centres: ["bibliotheek-centrum"] },
  { email: "beheer@denhaag.demo", name: "Ruud Jansen", role: "MUNICIPALITY_ADMIN", municipality: "den-haag", centres: [] },
  { email: "platform@ttv.demo", name: "Femke Bakker", role: "PLATFORM_ADMIN", municipality: null, centres: [] },
  { email: "catalogus@ttv.demo", name: "Karin de Wit", role: "CATALOGUE_EDITOR", municipality: null, centres: [] },
  { email: "consulent@rijswijk.demo", name: "Johan Smit", role: "CONSULTANT", municipality: "rijswijk", centres: [] },
  { email: "medewerker@rijswijk.demo", name: "Linda Mulder", role: "CENTRE_STAFF", municipality: "rijswijk", centres: ["uitleenpunt-rijswijk"] },
];
