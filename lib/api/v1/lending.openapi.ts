/**
 * Lending in the OpenAPI document: availability, reservations and the waiting list. Requests are the routes' own
 * zod schemas (lib/schemas/reservation.ts, lending.ts); the response schemas below are checked against the DTO types
 * at compile time (assertType) and against real responses in tests/integration/api-lending (Ajv).
 */
import { z } from "zod";
import { MAX_PICKUP_AHEAD_DAYS } from "@/lib/server/lending/rules";
import { assertType, endpoint, errorResponse, errorSchema, ok, responseRef, type Equal } from "@/lib/api/openapi/endpoint";
import {
  acceptOfferRequestSchema,
  availabilityQuerySchema,
  referenceParamSchema,
  reservationRequestSchema,
  waitlistRequestSchema,
  waitingListHint,
  type PublicAvailability,
  type PublicReservationJson,
  type PublicWaitlistJson,
} from "./lending";

const TAG = "Reserveren";

const slug = (description: string, example: string) => z.string().regex(/^[a-z0-9-]+$/).max(80).meta({ description, examples: [example] });
const productSlug = slug("Code van het hulpmiddel.", "robotstofzuiger");
const centreSlug = slug("Code van het uitleenpunt.", "zorginnovatiehub-leyweg");
const reference = z
  .string()
  .regex(/^[0-9A-Z]{4,16}$/)
  .meta({ description: "De code (8 tekens). Bewaar hem: wie de code heeft, kan de reservering zien en annuleren.", examples: ["KX7M2QPD"] });
const nullableText = (description: string) => z.string().nullable().describe(description);

const centreAvailabilitySchema = z
  .strictObject({
    centre: z
      .strictObject({
        slug: centreSlug,
        name: z.string(),
        address: z.string().describe("Straat, postcode en plaats."),
        district: z.string().describe("De wijk."),
        url: z.url().describe("De pagina van het uitleenpunt (adres, openingstijden)."),
      })
      .describe("Het uitleenpunt."),
    available: z.int().min(0).describe("Zoveel zijn er nu vrij om te reserveren."),
    nextAvailableDate: z.iso.date().nullable().describe("Als er nu geen vrij is: de dag dat er naar verwachting weer een is (JJJJ-MM-DD). Anders null."),
    waiting: z.int().min(0).describe("Zoveel mensen staan op de wachtlijst."),
    reserveUrl: z.url().describe("De pagina waar een inwoner reserveert, of op de wachtlijst gaat."),
  })
  .meta({ id: "CentreAvailability", description: "Eén uitleenpunt." });

export const availabilitySchema = z
  .strictObject({
    product: z
      .strictObject({
        slug: productSlug,
        name: z.string(),
        lendable: z.boolean().describe("false: dit hulpmiddel wordt niet uitgeleend."),
        loanPeriodDays: z.int().min(1).describe("Zo lang mag u het lenen (dagen)."),
      })
      .describe("Het hulpmiddel."),
    municipality: z.strictObject({ slug: slug("Code van de gemeente.", "den-haag"), name: z.string() }).describe("De gemeente."),
    centres: z
      .array(centreAvailabilitySchema)
      .describe("De uitleenpunten van de gemeente die dit hulpmiddel uitlenen, op naam. Leeg: nergens te leen in deze gemeente."),
  })
  .meta({ id: "Availability", description: "Beschikbaarheid van één hulpmiddel bij de uitleenpunten van één gemeente." });
assertType<Equal<z.output<typeof availabilitySchema>, PublicAvailability>>();

export const reservationSchema = z
  .strictObject({
    reference,
    status: z
      .enum(["RESERVED", "PICKED_UP", "CANCELLED", "EXPIRED"])
      .describe("RESERVED: ligt klaar. PICKED_UP: opgehaald (geleend). CANCELLED: geannuleerd. EXPIRED: niet op tijd opgehaald."),
    state: z
      .enum(["reserved", "expired", "cancelled", "on_loan", "overdue", "returned"])
      .describe(
        "Wat het nu voor de inwoner betekent, uit de reservering en de uitleen samen: reserved (ligt klaar), expired (niet op tijd opgehaald), cancelled, on_loan (geleend), overdue (had terug moeten zijn), returned (teruggebracht).",
      ),
    stateText: z.string().describe("Hetzelfde als zin in het Nederlands, zoals op de pagina van de inwoner."),
    product: productSlug,
    productName: z.string(),
    centre: centreSlug,
    centreName: z.string(),
    centreAddress: z.string().describe("Straat, postcode en plaats."),
    centrePhone: z.string(),
    pickupDate: z.iso.date().describe("De dag van ophalen."),
    pickupTimes: z
      .array(
        z
          .strictObject({ opens: z.string().meta({ description: "HH:MM", examples: ["09:00"] }), closes: z.string().meta({ description: "HH:MM", examples: ["17:00"] }) })
          .describe("Een blok openingstijd."),
      )
      .describe("De openingstijden op die dag."),
    holdUntil: z.iso
      .datetime({ offset: true })
      .describe(
        "Tot dit moment ligt het klaar: de sluitingstijd van de laatste dag. Dat is de ophaaldag plus een aantal dagen dat het uitleenpunt open is (de instelling van de gemeente van het uitleenpunt, standaard RESERVATION_HOLD_HOURS; per 24 uur één openingsdag; dagen dat het dicht is tellen niet). Daarna vervalt de reservering.",
      ),
    loanPeriodDays: z.int().min(1).describe("Zo lang mag u het lenen (dagen)."),
    bring: z.array(z.string()).describe("Wat u meeneemt bij het ophalen."),
    name: z.string().describe("De naam zoals opgegeven (na het wissen: Gewist)."),
    contact: nullableText("Waar berichten heen gaan, deels verborgen (06 ** ** 78 of j***@voorbeeld.nl)."),
    cancelledAt: z.iso.datetime({ offset: true }).nullable().describe("Wanneer geannuleerd."),
    dueAt: z.iso.datetime({ offset: true }).nullable().describe("Na ophalen: de dag dat het terug moet."),
    canCancel: z.boolean().describe("true zolang de reservering open is (RESERVED)."),
    url: z.url().describe("De pagina van de inwoner voor deze reservering."),
  })
  .meta({ id: "Reservation", description: "Een reservering." });
assertType<Equal<z.output<typeof reservationSchema>, PublicReservationJson>>();

export const reservationConflictSchema = z
  .strictObject({
    error: z.string().meta({ examples: ["Dit hulpmiddel is niet meer beschikbaar bij dit uitleenpunt. U kunt op de wachtlijst."] }),
    fields: errorSchema.shape.fields,
    waitingList: z
      .strictObject({
        available: z.boolean().describe("true: dit uitleenpunt leent het hulpmiddel uit, de wachtlijst kan."),
        how: z.literal("POST /api/v1/waitlist"),
        body: z.record(z.string(), z.unknown()).describe("Een voorbeeld van de body voor POST /api/v1/waitlist."),
        url: z.url().describe("De pagina waar de inwoner zelf op de wachtlijst kan."),
      })
      .describe("Hoe de inwoner op de wachtlijst komt."),
    nextAvailableDate: z.iso.date().nullable().describe("De dag dat er naar verwachting weer een vrij is, of null."),
  })
  .meta({ id: "ReservationConflict", description: "Er is niets meer vrij. Zet de inwoner op de wachtlijst." });
assertType<
  Equal<keyof z.output<typeof reservationConflictSchema>, "error" | "fields" | keyof ReturnType<typeof waitingListHint>>
>();

export const waitlistEntrySchema = z
  .strictObject({
    reference,
    status: z
      .enum(["WAITING", "OFFERED", "ACCEPTED", "EXPIRED", "CANCELLED"])
      .describe(
        "WAITING: wacht. OFFERED: er ligt een hulpmiddel klaar; zeg ja voor offer.expiresAt. ACCEPTED: ja gezegd (zie reservation). EXPIRED: niet op tijd ja gezegd. CANCELLED: afgemeld.",
      ),
    product: productSlug,
    productName: z.string(),
    centre: centreSlug,
    centreName: z.string(),
    position: z.int().min(1).nullable().describe("De plek in de rij zolang WAITING (1 = de volgende). Anders null."),
    offer: z
      .strictObject({
        expiresAt: z.iso.datetime({ offset: true }).describe("Tot dit moment kunt u ja zeggen."),
        expired: z.boolean().describe("true: het moment is voorbij."),
        pickupDates: z.array(z.iso.date()).describe("Dagen waarop u het kunt ophalen."),
      })
      .nullable()
      .describe("Het aanbod: het hulpmiddel ligt vast tot expiresAt (de bedenktijd van de gemeente, standaard WAITLIST_OFFER_HOURS)."),
    reservation: z.string().regex(/^[0-9A-Z]{4,16}$/).nullable().describe("Na ja zeggen: de code van de reservering."),
    name: z.string().describe("De naam zoals opgegeven (na het wissen: Gewist)."),
    contact: nullableText("Waar berichten heen gaan, deels verborgen."),
    url: z.url().describe("De pagina van de inwoner voor deze plek op de wachtlijst."),
  })
  .meta({ id: "WaitlistEntry", description: "Een plek op de wachtlijst." });
assertType<Equal<z.output<typeof waitlistEntrySchema>, PublicWaitlistJson>>();

export const RESERVATION_EXAMPLE_REQUEST = {
  product: "robotstofzuiger",
  centre: "zorginnovatiehub-leyweg",
  pickupDate: "2026-11-24",
  name: "J. de Vries",
  phone: "06 1234 5678",
  consent: true,
};
export const WAITLIST_EXAMPLE_REQUEST = { product: "robotstofzuiger", centre: "zorginnovatiehub-leyweg", name: "J. de Vries", email: "j.devries@voorbeeld.nl", consent: true };

const notFound = (error: string, field: string) => errorResponse("Deze code kennen wij niet.", { error, fields: { [field]: [error] } });
const NOT_FOUND_RESERVATION = notFound("Deze reservering kennen wij niet. Kijk of de code goed is.", "reference");
const NOT_FOUND_WAITLIST = notFound("Deze code kennen wij niet. Kijk of de code goed is.", "reference");
const CLOSED = errorResponse("De gemeente doet nu niet mee (gepauzeerd), of het uitleenpunt is gesloten.", {
  error: "Dit uitleenpunt is gesloten. Hier kunt u niets meer reserveren.",
  fields: {},
});
const referenceParams = z.strictObject({
  reference: referenceParamSchema.meta({ description: "De code. Hoofdletters, kleine letters en een streepje (KX7M-2QPD) mogen.", examples: ["KX7M2QPD"] }),
});

export const lendingEndpoints = [
  endpoint({
    method: "get",
    path: "/api/v1/availability",
    operationId: "getAvailability",
    tag: TAG,
    summary: "Wat er nu te leen is: per uitleenpunt van een gemeente, voor één hulpmiddel",
    description: "Dezelfde cijfers als op de adviespagina en bij de balie. Cache-Control: no-store (het verandert steeds).",
    query: availabilityQuerySchema,
    responses: {
      "200": ok("De beschikbaarheid.", availabilitySchema),
      "400": responseRef("BadRequest"),
      "404": errorResponse("Onbekend hulpmiddel of onbekende gemeente.", { error: 'Hulpmiddel "atlantis" kennen wij niet.', fields: { product: ["Onbekend hulpmiddel."] } }),
      "500": responseRef("InternalError"),
    },
  }),
  endpoint({
    method: "post",
    path: "/api/v1/reservations",
    operationId: "postReservation",
    tag: TAG,
    summary: "Een hulpmiddel reserveren bij een uitleenpunt",
    description:
      `Legt één exemplaar vast tot de sluitingstijd van de laatste dag van de houdperiode (de ophaaldag plus openingsdagen, zie holdUntil). Ophalen kan vanaf morgen, hooguit ${MAX_PICKUP_AHEAD_DAYS} dagen vooruit. ` +
      "Nooit dubbel: als er niets meer vrij is, komt 409 met hoe de inwoner op de wachtlijst komt. De inwoner krijgt een bevestiging (e-mail of sms) en de dag ervoor een herinnering.",
    body: reservationRequestSchema.meta({ id: "ReservationRequest" }),
    bodyExample: RESERVATION_EXAMPLE_REQUEST,
    responses: {
      "201": ok("Gereserveerd. De kop Location wijst naar GET /api/v1/reservations/{reference}.", reservationSchema),
      "404": errorResponse("Onbekend hulpmiddel of uitleenpunt.", { error: "Dit hulpmiddel kennen wij niet.", fields: { product: ["Dit hulpmiddel kennen wij niet."] } }),
      "409": ok("Niet meer beschikbaar: er is geen exemplaar vrij.", reservationConflictSchema),
      "410": CLOSED,
    },
  }),
  endpoint({
    method: "get",
    path: "/api/v1/reservations/{reference}",
    operationId: "getReservation",
    tag: TAG,
    summary: "Een reservering bekijken met de code",
    params: referenceParams,
    responses: { "200": ok("De reservering.", reservationSchema), "404": NOT_FOUND_RESERVATION, "500": responseRef("InternalError") },
  }),
  endpoint({
    method: "delete",
    path: "/api/v1/reservations/{reference}",
    operationId: "cancelReservation",
    tag: TAG,
    summary: "Een reservering annuleren met de code",
    description: "Het hulpmiddel gaat meteen naar de eerste op de wachtlijst, of is weer vrij.",
    params: referenceParams,
    responses: {
      "200": ok("Geannuleerd: de reservering met status CANCELLED.", reservationSchema),
      "404": NOT_FOUND_RESERVATION,
      "409": errorResponse("Al geannuleerd, verlopen of opgehaald.", { error: "Deze reservering is al opgehaald. Annuleren kan niet meer.", fields: {} }),
      "500": responseRef("InternalError"),
    },
  }),
  endpoint({
    method: "post",
    path: "/api/v1/waitlist",
    operationId: "postWaitlist",
    tag: TAG,
    summary: "Op de wachtlijst voor een hulpmiddel bij een uitleenpunt",
    description:
      "Alleen als er nu geen vrij is. Wie eerst komt, krijgt het eerst. Komt er een terug, dan krijgt de eerste in de rij een aanbod (bericht) en de bedenktijd van de gemeente (standaard WAITLIST_OFFER_HOURS) om ja te zeggen; daarna gaat het naar de volgende.",
    body: waitlistRequestSchema.meta({ id: "WaitlistRequest" }),
    bodyExample: WAITLIST_EXAMPLE_REQUEST,
    responses: {
      "201": ok("Op de wachtlijst. De kop Location wijst naar GET /api/v1/waitlist/{reference}.", waitlistEntrySchema),
      "404": errorResponse("Onbekend hulpmiddel of uitleenpunt.", { error: "Dit uitleenpunt kennen wij niet.", fields: { centre: ["Dit uitleenpunt kennen wij niet."] } }),
      "409": errorResponse("Er is nu een vrij: reserveer het met POST /api/v1/reservations.", {
        error: "Er is nu een hulpmiddel vrij. U hoeft niet te wachten: u kunt het direct reserveren.",
        fields: {},
      }),
      "410": CLOSED,
    },
  }),
  endpoint({
    method: "get",
    path: "/api/v1/waitlist/{reference}",
    operationId: "getWaitlistEntry",
    tag: TAG,
    summary: "Een plek op de wachtlijst bekijken met de code",
    params: referenceParams,
    responses: { "200": ok("De plek op de wachtlijst.", waitlistEntrySchema), "404": NOT_FOUND_WAITLIST, "500": responseRef("InternalError") },
  }),
  endpoint({
    method: "delete",
    path: "/api/v1/waitlist/{reference}",
    operationId: "leaveWaitlist",
    tag: TAG,
    summary: "Van de wachtlijst af (een open aanbod gaat naar de volgende)",
    params: referenceParams,
    responses: {
      "200": ok("Afgemeld: status CANCELLED.", waitlistEntrySchema),
      "404": NOT_FOUND_WAITLIST,
      "409": errorResponse("Al ja gezegd, verlopen of afgemeld.", { error: "U staat niet meer op de wachtlijst.", fields: {} }),
      "500": responseRef("InternalError"),
    },
  }),
  endpoint({
    method: "post",
    path: "/api/v1/waitlist/{reference}/accept",
    operationId: "acceptWaitlistOffer",
    tag: TAG,
    summary: "Ja zeggen tegen een aanbod en een ophaaldag kiezen",
    params: referenceParams,
    body: acceptOfferRequestSchema.meta({ id: "AcceptOfferRequest" }),
    bodyExample: { pickupDate: "2026-11-24" },
    responses: {
      "201": ok("Gereserveerd: de nieuwe reservering.", reservationSchema),
      "404": NOT_FOUND_WAITLIST,
      "409": errorResponse("Er is (nog) geen aanbod, of u hebt al ja gezegd.", { error: "Er is nog geen hulpmiddel vrij voor u. U staat nog op de wachtlijst.", fields: {} }),
      "410": errorResponse("Het aanbod is verlopen.", { error: "Dit aanbod is verlopen. Het hulpmiddel is naar de volgende persoon op de wachtlijst gegaan.", fields: {} }),
    },
  }),
];
