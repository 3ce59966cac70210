/**
 * OpenAPI for supplier submissions: POST /api/v1/submissions and GET /api/v1/submissions/{reference}.
 * The request and response schemas are GENERATED from the zod schemas in lib/schemas/submission.ts (z.toJSONSchema),
 * so the document cannot drift from what the route validates.
 */
import { z } from "zod";
import { MAX_IMAGE_BYTES } from "@/lib/server/images/process-image";
import { MAX_SUBMISSION_BODY_BYTES, MAX_SUBMISSION_IMAGES, submissionRequestSchema, submissionStatusResponseSchema } from "@/lib/schemas/submission";
import { clean } from "./catalogue";
import { jsonContent, okResponse, preflightOperation, responseRef, schemaRef } from "./common";
import type { OpenApiModule, ResponseObject } from "./types";

const TAG = "Leveranciers";

const error = (description: string, example: { error: string; fields: Record<string, string[]> }): ResponseObject => ({
  description,
  content: jsonContent(schemaRef("Error"), { example }),
});

const EXAMPLE = {
  product: {
    name: "Slimme deurbel met camera",
    description: "U ziet op uw telefoon wie er aanbelt. U kunt praten zonder naar de deur te lopen.",
    iso9999Code: "22 27 12",
    supplier: "Voorbeeld BV",
    manufacturer: "Voorbeeld BV",
    contactName: "J. de Vries",
    contactEmail: "productinfo@voorbeeld.nl",
    priceMinEuro: 80,
    priceMaxEuro: 150,
    pricePeriod: "once",
    isMonitoring: true,
    monitoringRecords: "Beelden van wie er aanbelt.",
    monitoringWhoSees: "Alleen de bewoner, in de app.",
    monitoringHowToStop: "Zet de camera uit in de app, of haal de stekker eruit.",
  },
  images: [{ data: "iVBORw0KGgo…", alt: "Een witte deurbel met een kleine camera boven de knop" }],
};

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const submissionsApi: OpenApiModule = {
  tags: [{ name: TAG, description: "Leveranciers melden een product aan voor de gedeelde catalogus. Een redacteur beoordeelt het en vult de regels voor het advies aan." }],
  schemas: {
    SubmissionRequest: {
      ...clean(z.toJSONSchema(submissionRequestSchema, { io: "input", unrepresentable: "any" })),
      description:
        `Een product zonder de regels voor het advies. Teksten zijn gewone tekst: HTML of script wordt geweigerd. Afbeeldingen (1 tot ${MAX_SUBMISSION_IMAGES}) als base64 van een PNG-, JPEG- of WebP-bestand, ` +
        `elk hooguit ${MB(MAX_IMAGE_BYTES)} en minstens 100 bij 100 pixels, met een beschrijving (alt-tekst). De server leest elke afbeelding helemaal en bewaart een nieuwe, kleinere kopie.`,
    },
    SubmissionStatus: clean(z.toJSONSchema(submissionStatusResponseSchema, { io: "output", unrepresentable: "any" })),
  },
  paths: {
    "/api/v1/submissions": {
      post: {
        operationId: "createSubmission",
        summary: "Een product aanmelden (leverancier)",
        description:
          "Zonder account. Het product komt als `nieuw` in de wachtrij van de redactie. U krijgt een kenmerk terug; daarmee ziet u de status. " +
          "Hooguit 5 aanmeldingen per uur per adres. Lijkt het op een product dat al in de catalogus staat, dan ziet de redactie dat.",
        tags: [TAG],
        requestBody: { required: true, description: `JSON, UTF-8, hooguit ${MB(MAX_SUBMISSION_BODY_BYTES)}.`, content: jsonContent(schemaRef("SubmissionRequest"), { example: EXAMPLE }) },
        responses: {
          "201": { ...okResponse("Aangemeld.", schemaRef("SubmissionStatus")), description: "Aangemeld. De kop Location wijst naar GET /api/v1/submissions/{reference}." },
          "400": error("De invoer klopt niet: een veld ontbreekt, HTML of script in een tekst, of een afbeelding die geen echte PNG, JPEG of WebP is.", {
            error: "De gegevens kloppen niet. Bij fields staat wat er mis is.",
            fields: { "product.description": ["Gebruik hier geen HTML-code of script. Schrijf gewone tekst."], "images.0": ["De afbeelding is te klein (minstens 100 bij 100 pixels)."] },
          }),
          "405": responseRef("MethodNotAllowed"),
          "413": error(`De body is groter dan ${MB(MAX_SUBMISSION_BODY_BYTES)}.`, { error: "De gegevens zijn te groot.", fields: {} }),
          "415": responseRef("UnsupportedMediaType"),
          "429": responseRef("TooManyRequests"),
          "500": responseRef("InternalError"),
          "503": responseRef("ServiceUnavailable"),
        },
      },
      options: preflightOperation("createSubmissionPreflight", ["POST", "OPTIONS"]),
    },
    "/api/v1/submissions/{reference}": {
      get: {
        operationId: "getSubmission",
        summary: "De status van een aanmelding",
        description: "Voor wie het kenmerk heeft. Na te veel onbekende kenmerken van één adres volgt 429.",
        tags: [TAG],
        parameters: [{ name: "reference", in: "path", required: true, description: "Het kenmerk (8 tekens, streepje mag).", schema: { type: "string", examples: ["BCDF2345"] } }],
        responses: {
          "200": okResponse("De status.", schemaRef("SubmissionStatus")),
          "404": error("Onbekend kenmerk.", { error: "Deze aanmelding kennen wij niet. Kijk of het kenmerk goed is.", fields: { reference: ["Deze aanmelding kennen wij niet. Kijk of het kenmerk goed is."] } }),
          "405": responseRef("MethodNotAllowed"),
          "429": responseRef("TooManyRequests"),
          "500": responseRef("InternalError"),
          "503": responseRef("ServiceUnavailable"),
        },
      },
      options: preflightOperation("getSubmissionPreflight", ["GET", "OPTIONS"]),
    },
  },
};
