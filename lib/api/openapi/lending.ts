/**
 * OpenAPI for lending: availability, reservations and the waiting list (app/api/v1/availability, reservations,
 * waitlist). Response schemas are strict (every field required, no others); tests/integration/api-lending
 * checks real responses against them, so a field added to lib/api/v1/lending.ts must be added here too.
 */
import { MAX_PICKUP_AHEAD_DAYS } from "@/lib/server/lending/rules";
import { JSON_BODY_ERRORS, jsonContent, okResponse, preflightOperation, responseRef, schemaRef } from "./common";
import type { OpenApiModule, ResponseObject, SchemaObject } from "./types";

const TAG = "Reserveren";

const str = (description?: string, extra: SchemaObject = {}): SchemaObject => ({ type: "string", ...(description ? { description } : {}), ...extra });
const nullable = (type: "string" | "integer", description: string, extra: SchemaObject = {}): SchemaObject => ({ type: [type, "null"], description, ...extra });

function object(description: string, properties: Record<string, SchemaObject>, optional: string[] = []): SchemaObject {
  return { type: "object", description, required: Object.keys(properties).filter((k) => !optional.includes(k)), additionalProperties: false, properties };
}

const slug = (description: string, example: string): SchemaObject => str(description, { pattern: "^[a-z0-9-]+$", maxLength: 80, examples: [example] });
const reference: SchemaObject = str("De code (8 tekens). Bewaar hem: wie de code heeft, kan de reservering zien en annuleren.", {
  pattern: "^[0-9A-Z]{4,16}$",
  examples: ["KX7M2QPD"],
});
const moment = (description: string): SchemaObject => str(description, { format: "date-time" });
const times: SchemaObject = {
  type: "array",
  description: "De openingstijden op die dag.",
  items: object("Een blok openingstijd.", { opens: str("HH:MM", { examples: ["09:00"] }), closes: str("HH:MM", { examples: ["17:00"] }) }),
};

const pathReference = {
  name: "reference",
  in: "path" as const,
  required: true,
  description: "De code. Hoofdletters, kleine letters en een streepje (KX7M-2QPD) mogen.",
  schema: str(undefined, { examples: ["KX7M2QPD"] }),
};

const EXAMPLE_RESERVATION = {
  product: "robotstofzuiger",
  centre: "zorginnovatiehub-leyweg",
  pickupDate: "2026-11-24",
  name: "J. de Vries",
  phone: "06 1234 5678",
  consent: true,
};
const EXAMPLE_WAITLIST = { product: "robotstofzuiger", centre: "zorginnovatiehub-leyweg", name: "J. de Vries", email: "j.devries@voorbeeld.nl", consent: true };

const error = (description: string, example: { error: string; fields: Record<string, string[]> }): ResponseObject => okResponse(description, schemaRef("Error"), { example });

const NOT_FOUND_RESERVATION = error("Deze code kennen wij niet.", {
  error: "Deze reservering kennen wij niet. Kijk of de code goed is.",
  fields: { reference: ["Deze reservering kennen wij niet. Kijk of de code goed is."] },
});
const NOT_FOUND_WAITLIST = error("Deze code kennen wij niet.", {
  error: "Deze code kennen wij niet. Kijk of de code goed is.",
  fields: { reference: ["Deze code kennen wij niet. Kijk of de code goed is."] },
});

/** Required true for a product that records something (reserve and waiting list alike). */
const monitoringAgreed: SchemaObject = {
  type: "boolean",
  description:
    "Verplicht true bij een hulpmiddel dat iets bijhoudt (isMonitoring in het advies): de inwoner heeft de uitleg gekregen (monitoring: wat het bijhoudt, wie dat ziet, hoe je stopt) en zei zelf ja. Zonder dit: 400 met een foutmelding bij monitoringAgreed.",
};

const contactFields = {
  name: str("Naam van de inwoner (hooguit 100 tekens).", { minLength: 1, maxLength: 100 }),
  phone: { type: ["string", "null"], description: "Telefoonnummer (10 tot 15 cijfers). Geef phone of email, of allebei.", maxLength: 30 } as SchemaObject,
  email: { type: ["string", "null"], description: "E-mailadres. Geef phone of email, of allebei.", maxLength: 200 } as SchemaObject,
  consent: {
    const: true,
    description:
      "De inwoner gaat akkoord met wat wij bewaren: naam, telefoon of e-mail, welk hulpmiddel bij welk uitleenpunt; om het klaar te zetten en een herinnering te sturen; " +
      "alleen de medewerkers van het uitleenpunt zien het; gewist 90 dagen (RETENTION_DAYS) nadat de lening is afgelopen. Moet true zijn.",
  } as SchemaObject,
};

export const lendingApi: OpenApiModule = {
  tags: [{ name: TAG, description: "Wat er nu te leen is, reserveren en de wachtlijst." }],
  schemas: {
    Availability: object("Beschikbaarheid van één hulpmiddel bij de uitleenpunten van één gemeente.", {
      product: object("Het hulpmiddel.", {
        slug: slug("Code van het hulpmiddel.", "robotstofzuiger"),
        name: str(),
        lendable: { type: "boolean", description: "false: dit hulpmiddel wordt niet uitgeleend." },
        loanPeriodDays: { type: "integer", minimum: 1, description: "Zo lang mag u het lenen (dagen)." },
      }),
      municipality: object("De gemeente.", { slug: slug("Code van de gemeente.", "den-haag"), name: str() }),
      centres: {
        type: "array",
        description: "De uitleenpunten van de gemeente die dit hulpmiddel uitlenen, op naam. Leeg: nergens te leen in deze gemeente.",
        items: schemaRef("CentreAvailability"),
      },
    }),
    CentreAvailability: object("Eén uitleenpunt.", {
      centre: object("Het uitleenpunt.", {
        slug: slug("Code van het uitleenpunt.", "zorginnovatiehub-leyweg"),
        name: str(),
        address: str("Straat, postcode en plaats."),
        district: str("De wijk."),
        url: str("De pagina van het uitleenpunt (adres, openingstijden).", { format: "uri" }),
      }),
      available: { type: "integer", minimum: 0, description: "Zoveel zijn er nu vrij om te reserveren." },
      nextAvailableDate: nullable("string", "Als er nu geen vrij is: de dag dat er naar verwachting weer een is (JJJJ-MM-DD). Anders null.", { format: "date" }),
      waiting: { type: "integer", minimum: 0, description: "Zoveel mensen staan op de wachtlijst." },
      reserveUrl: str("De pagina waar een inwoner reserveert, of op de wachtlijst gaat.", { format: "uri" }),
    }),
    ReservationRequest: object(
      "Een reservering. Ophalen kan op een dag dat het uitleenpunt open is, vanaf morgen, hooguit " + MAX_PICKUP_AHEAD_DAYS + " dagen vooruit.",
      {
        product: slug("Code van het hulpmiddel.", "robotstofzuiger"),
        centre: slug("Code van het uitleenpunt.", "zorginnovatiehub-leyweg"),
        pickupDate: str("De dag van ophalen (JJJJ-MM-DD).", { format: "date" }),
        ...contactFields,
        monitoringAgreed,
      },
      ["phone", "email", "monitoringAgreed"],
    ),
    Reservation: object("Een reservering.", {
      reference,
      status: {
        enum: ["RESERVED", "PICKED_UP", "CANCELLED", "EXPIRED"],
        description: "RESERVED: ligt klaar. PICKED_UP: opgehaald (geleend). CANCELLED: geannuleerd. EXPIRED: niet op tijd opgehaald.",
      },
      state: {
        enum: ["reserved", "expired", "cancelled", "on_loan", "overdue", "returned"],
        description:
          "Wat het nu voor de inwoner betekent, uit de reservering en de uitleen samen: reserved (ligt klaar), expired (niet op tijd opgehaald), cancelled, on_loan (geleend), overdue (had terug moeten zijn), returned (teruggebracht).",
      },
      stateText: str("Hetzelfde als zin in het Nederlands, zoals op de pagina van de inwoner."),
      product: slug("Code van het hulpmiddel.", "robotstofzuiger"),
      productName: str(),
      centre: slug("Code van het uitleenpunt.", "zorginnovatiehub-leyweg"),
      centreName: str(),
      centreAddress: str("Straat, postcode en plaats."),
      centrePhone: str(),
      pickupDate: str("De dag van ophalen.", { format: "date" }),
      pickupTimes: times,
      holdUntil: moment("Tot dit moment ligt het klaar: de sluitingstijd van de laatste dag. Dat is de ophaaldag plus een aantal dagen dat het uitleenpunt open is (de instelling van de gemeente van het uitleenpunt, standaard RESERVATION_HOLD_HOURS; per 24 uur één openingsdag; dagen dat het dicht is tellen niet). Daarna vervalt de reservering."),
      loanPeriodDays: { type: "integer", minimum: 1, description: "Zo lang mag u het lenen (dagen)." },
      bring: { type: "array", items: str(), description: "Wat u meeneemt bij het ophalen." },
      name: str("De naam zoals opgegeven (na het wissen: Gewist)."),
      contact: nullable("string", "Waar berichten heen gaan, deels verborgen (06 ** ** 78 of j***@voorbeeld.nl)."),
      cancelledAt: nullable("string", "Wanneer geannuleerd.", { format: "date-time" }),
      dueAt: nullable("string", "Na ophalen: de dag dat het terug moet.", { format: "date-time" }),
      canCancel: { type: "boolean", description: "true zolang de reservering open is (RESERVED)." },
      url: str("De pagina van de inwoner voor deze reservering.", { format: "uri" }),
    }),
    ReservationConflict: object("Er is niets meer vrij. Zet de inwoner op de wachtlijst.", {
      error: str(undefined, { examples: ["Dit hulpmiddel is niet meer beschikbaar bij dit uitleenpunt. U kunt op de wachtlijst."] }),
      fields: { type: "object", additionalProperties: { type: "array", items: str() } },
      waitingList: object("Hoe de inwoner op de wachtlijst komt.", {
        available: { type: "boolean", description: "true: dit uitleenpunt leent het hulpmiddel uit, de wachtlijst kan." },
        how: { const: "POST /api/v1/waitlist" },
        body: { type: "object", description: "Een voorbeeld van de body voor POST /api/v1/waitlist." },
        url: str("De pagina waar de inwoner zelf op de wachtlijst kan.", { format: "uri" }),
      }),
      nextAvailableDate: nullable("string", "De dag dat er naar verwachting weer een vrij is, of null.", { format: "date" }),
    }),
    WaitlistRequest: object(
      "Op de wachtlijst, voor een hulpmiddel bij een uitleenpunt waar er nu geen vrij is. Wie eerst komt, krijgt het eerst.",
      {
        product: slug("Code van het hulpmiddel.", "robotstofzuiger"),
        centre: slug("Code van het uitleenpunt.", "zorginnovatiehub-leyweg"),
        ...contactFields,
        monitoringAgreed,
      },
      ["phone", "email", "monitoringAgreed"],
    ),
    WaitlistEntry: object("Een plek op de wachtlijst.", {
      reference,
      status: {
        enum: ["WAITING", "OFFERED", "ACCEPTED", "EXPIRED", "CANCELLED"],
        description:
          "WAITING: wacht. OFFERED: er ligt een hulpmiddel klaar; zeg ja voor offer.expiresAt. ACCEPTED: ja gezegd (zie reservation). EXPIRED: niet op tijd ja gezegd. CANCELLED: afgemeld.",
      },
      product: slug("Code van het hulpmiddel.", "robotstofzuiger"),
      productName: str(),
      centre: slug("Code van het uitleenpunt.", "zorginnovatiehub-leyweg"),
      centreName: str(),
      position: nullable("integer", "De plek in de rij zolang WAITING (1 = de volgende). Anders null.", { minimum: 1 }),
      offer: {
        anyOf: [
          { type: "null" },
          object("Het aanbod: het hulpmiddel ligt vast tot expiresAt (de bedenktijd van de gemeente, standaard WAITLIST_OFFER_HOURS).", {
            expiresAt: moment("Tot dit moment kunt u ja zeggen."),
            expired: { type: "boolean", description: "true: het moment is voorbij." },
            pickupDates: { type: "array", items: str(undefined, { format: "date" }), description: "Dagen waarop u het kunt ophalen." },
          }),
        ],
      },
      reservation: { ...nullable("string", "Na ja zeggen: de code van de reservering."), pattern: "^[0-9A-Z]{4,16}$" },
      name: str("De naam zoals opgegeven (na het wissen: Gewist)."),
      contact: nullable("string", "Waar berichten heen gaan, deels verborgen."),
      url: str("De pagina van de inwoner voor deze plek op de wachtlijst.", { format: "uri" }),
    }),
    AcceptOfferRequest: object("Ja zeggen tegen een aanbod.", { pickupDate: str("De dag van ophalen (JJJJ-MM-DD), een dag uit offer.pickupDates.", { format: "date" }) }),
  },
  paths: {
    "/api/v1/availability": {
      get: {
        operationId: "getAvailability",
        summary: "Wat er nu te leen is: per uitleenpunt van een gemeente, voor één hulpmiddel",
        description: "Dezelfde cijfers als op de adviespagina en bij de balie. Cache-Control: no-store (het verandert steeds).",
        tags: [TAG],
        parameters: [
          { name: "product", in: "query", required: true, description: "Code van het hulpmiddel.", schema: slug("", "robotstofzuiger") },
          { name: "municipality", in: "query", required: true, description: "Code van de gemeente.", schema: slug("", "den-haag") },
        ],
        responses: {
          "200": okResponse("De beschikbaarheid.", schemaRef("Availability")),
          "400": responseRef("BadRequest"),
          "404": error("Onbekend hulpmiddel of onbekende gemeente.", { error: 'Hulpmiddel "atlantis" kennen wij niet.', fields: { product: ["Onbekend hulpmiddel."] } }),
          "405": responseRef("MethodNotAllowed"),
          "500": responseRef("InternalError"),
        },
      },
      options: preflightOperation("preflightAvailability", ["GET", "OPTIONS"]),
    },
    "/api/v1/reservations": {
      post: {
        operationId: "postReservation",
        summary: "Een hulpmiddel reserveren bij een uitleenpunt",
        description:
          "Legt één exemplaar vast tot de sluitingstijd van de laatste dag van de houdperiode (de ophaaldag plus openingsdagen, zie holdUntil). Nooit dubbel: als er niets meer vrij is, komt 409 met hoe de inwoner op de wachtlijst komt. " +
          "De inwoner krijgt een bevestiging (e-mail of sms) en de dag ervoor een herinnering.",
        tags: [TAG],
        requestBody: { required: true, description: "JSON, UTF-8, hooguit 64 KB.", content: jsonContent(schemaRef("ReservationRequest"), { example: EXAMPLE_RESERVATION }) },
        responses: {
          "201": { ...okResponse("Gereserveerd.", schemaRef("Reservation")), description: "Gereserveerd. De kop Location wijst naar GET /api/v1/reservations/{reference}." },
          "404": error("Onbekend hulpmiddel of uitleenpunt.", { error: "Dit hulpmiddel kennen wij niet.", fields: { product: ["Dit hulpmiddel kennen wij niet."] } }),
          "405": responseRef("MethodNotAllowed"),
          "409": okResponse("Niet meer beschikbaar: er is geen exemplaar vrij.", schemaRef("ReservationConflict")),
          "410": error("De gemeente doet nu niet mee (gepauzeerd), of het uitleenpunt is gesloten.", { error: "Dit uitleenpunt is gesloten. Hier kunt u niets meer reserveren.", fields: {} }),
          ...JSON_BODY_ERRORS,
        },
      },
      options: preflightOperation("preflightReservations", ["POST", "OPTIONS"]),
    },
    "/api/v1/reservations/{reference}": {
      get: {
        operationId: "getReservation",
        summary: "Een reservering bekijken met de code",
        tags: [TAG],
        parameters: [pathReference],
        responses: { "200": okResponse("De reservering.", schemaRef("Reservation")), "404": NOT_FOUND_RESERVATION, "405": responseRef("MethodNotAllowed"), "500": responseRef("InternalError") },
      },
      delete: {
        operationId: "cancelReservation",
        summary: "Een reservering annuleren met de code",
        description: "Het hulpmiddel gaat meteen naar de eerste op de wachtlijst, of is weer vrij.",
        tags: [TAG],
        parameters: [pathReference],
        responses: {
          "200": okResponse("Geannuleerd: de reservering met status CANCELLED.", schemaRef("Reservation")),
          "404": NOT_FOUND_RESERVATION,
          "405": responseRef("MethodNotAllowed"),
          "409": error("Al geannuleerd, verlopen of opgehaald.", { error: "Deze reservering is al opgehaald. Annuleren kan niet meer.", fields: {} }),
          "500": responseRef("InternalError"),
        },
      },
      options: preflightOperation("preflightReservation", ["GET", "DELETE", "OPTIONS"]),
    },
    "/api/v1/waitlist": {
      post: {
        operationId: "postWaitlist",
        summary: "Op de wachtlijst voor een hulpmiddel bij een uitleenpunt",
        description:
          "Alleen als er nu geen vrij is. Komt er een terug, dan krijgt de eerste in de rij een aanbod (bericht) en de bedenktijd van de gemeente (standaard WAITLIST_OFFER_HOURS) om ja te zeggen; daarna gaat het naar de volgende.",
        tags: [TAG],
        requestBody: { required: true, description: "JSON, UTF-8, hooguit 64 KB.", content: jsonContent(schemaRef("WaitlistRequest"), { example: EXAMPLE_WAITLIST }) },
        responses: {
          "201": { ...okResponse("Op de wachtlijst.", schemaRef("WaitlistEntry")), description: "Op de wachtlijst. De kop Location wijst naar GET /api/v1/waitlist/{reference}." },
          "404": error("Onbekend hulpmiddel of uitleenpunt.", { error: "Dit uitleenpunt kennen wij niet.", fields: { centre: ["Dit uitleenpunt kennen wij niet."] } }),
          "405": responseRef("MethodNotAllowed"),
          "410": error("De gemeente doet nu niet mee (gepauzeerd), of het uitleenpunt is gesloten.", { error: "Dit uitleenpunt is gesloten. Hier kunt u niets meer reserveren.", fields: {} }),
          "409": error("Er is nu een vrij: reserveer het met POST /api/v1/reservations.", {
            error: "Er is nu een hulpmiddel vrij. U hoeft niet te wachten: u kunt het direct reserveren.",
            fields: {},
          }),
          ...JSON_BODY_ERRORS,
        },
      },
      options: preflightOperation("preflightWaitlist", ["POST", "OPTIONS"]),
    },
    "/api/v1/waitlist/{reference}": {
      get: {
        operationId: "getWaitlistEntry",
        summary: "Een plek op de wachtlijst bekijken met de code",
        tags: [TAG],
        parameters: [pathReference],
        responses: { "200": okResponse("De plek op de wachtlijst.", schemaRef("WaitlistEntry")), "404": NOT_FOUND_WAITLIST, "405": responseRef("MethodNotAllowed"), "500": responseRef("InternalError") },
      },
      delete: {
        operationId: "leaveWaitlist",
        summary: "Van de wachtlijst af (een open aanbod gaat naar de volgende)",
        tags: [TAG],
        parameters: [pathReference],
        responses: {
          "200": okResponse("Afgemeld: status CANCELLED.", schemaRef("WaitlistEntry")),
          "404": NOT_FOUND_WAITLIST,
          "405": responseRef("MethodNotAllowed"),
          "409": error("Al ja gezegd, verlopen of afgemeld.", { error: "U staat niet meer op de wachtlijst.", fields: {} }),
          "500": responseRef("InternalError"),
        },
      },
      options: preflightOperation("preflightWaitlistEntry", ["GET", "DELETE", "OPTIONS"]),
    },
    "/api/v1/waitlist/{reference}/accept": {
      post: {
        operationId: "acceptWaitlistOffer",
        summary: "Ja zeggen tegen een aanbod en een ophaaldag kiezen",
        tags: [TAG],
        parameters: [pathReference],
        requestBody: { required: true, description: "JSON, UTF-8, hooguit 64 KB.", content: jsonContent(schemaRef("AcceptOfferRequest"), { example: { pickupDate: "2026-11-24" } }) },
        responses: {
          "201": okResponse("Gereserveerd: de nieuwe reservering.", schemaRef("Reservation")),
          "404": NOT_FOUND_WAITLIST,
          "405": responseRef("MethodNotAllowed"),
          "409": error("Er is (nog) geen aanbod, of u hebt al ja gezegd.", { error: "Er is nog geen hulpmiddel vrij voor u. U staat nog op de wachtlijst.", fields: {} }),
          "410": error("Het aanbod is verlopen.", { error: "Dit aanbod is verlopen. Het hulpmiddel is naar de volgende persoon op de wachtlijst gegaan.", fields: {} }),
          ...JSON_BODY_ERRORS,
        },
      },
      options: preflightOperation("preflightWaitlistAccept", ["POST", "OPTIONS"]),
    },
  },
};

export { EXAMPLE_RESERVATION as RESERVATION_EXAMPLE_REQUEST, EXAMPLE_WAITLIST as WAITLIST_EXAMPLE_REQUEST };
