/**
 * Supplier submissions in the OpenAPI document: POST /api/v1/submissions and GET /api/v1/submissions/{reference}.
 * The request and response are the route's own zod schemas (lib/schemas/submission.ts), so the document cannot drift
 * from what the route validates; tests/integration/submissions checks live responses against it (Ajv).
 */
import { z } from "zod";
import { MAX_IMAGE_BYTES } from "@/lib/server/images/process-image";
import { MAX_SUBMISSION_BODY_BYTES, MAX_SUBMISSION_IMAGES, submissionRequestSchema, submissionStatusResponseSchema } from "@/lib/schemas/submission";
import { endpoint, errorResponse, ok, responseRef, type Endpoint } from "@/lib/api/openapi/endpoint";

const TAG = "Leveranciers";
const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

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

const request = submissionRequestSchema.meta({
  id: "SubmissionRequest",
  description:
    `Een product zonder de regels voor het advies. Teksten zijn gewone tekst: HTML of script wordt geweigerd. Afbeeldingen (1 tot ${MAX_SUBMISSION_IMAGES}) als base64 van een PNG-, JPEG- of WebP-bestand, ` +
    `elk hooguit ${MB(MAX_IMAGE_BYTES)} en minstens 100 bij 100 pixels, met een beschrijving (alt-tekst). De server leest elke afbeelding helemaal en bewaart een nieuwe, kleinere kopie.`,
});
const status = submissionStatusResponseSchema.meta({ id: "SubmissionStatus", description: "De status van een aanmelding." });

const create = endpoint({
  method: "post",
  path: "/api/v1/submissions",
  operationId: "createSubmission",
  tag: TAG,
  summary: "Een product aanmelden (leverancier)",
  description:
    "Zonder account. Het product komt als `nieuw` in de wachtrij van de redactie. U krijgt een kenmerk terug; daarmee ziet u de status. " +
    "Hooguit 5 aanmeldingen per uur per adres. Lijkt het op een product dat al in de catalogus staat, dan ziet de redactie dat.",
  body: request,
  bodyExample: EXAMPLE,
  responses: {
    "201": ok("Aangemeld. De kop Location wijst naar GET /api/v1/submissions/{reference}.", status),
    "400": errorResponse("De invoer klopt niet: een veld ontbreekt, HTML of script in een tekst, of een afbeelding die geen echte PNG, JPEG of WebP is.", {
      error: "De gegevens kloppen niet. Bij fields staat wat er mis is.",
      fields: { "product.description": ["Gebruik hier geen HTML-code of script. Schrijf gewone tekst."], "images.0": ["De afbeelding is te klein (minstens 100 bij 100 pixels)."] },
    }),
    "413": errorResponse(`De body is groter dan ${MB(MAX_SUBMISSION_BODY_BYTES)}.`, { error: "De gegevens zijn te groot.", fields: {} }),
  },
});
// this body may be larger than the API's usual 64 KB: it carries the images
const body = create.operation.requestBody as { description?: string } | undefined;
if (body) body.description = `JSON, UTF-8, hooguit ${MB(MAX_SUBMISSION_BODY_BYTES)}.`;

export const submissionEndpoints: readonly Endpoint[] = [
  create,
  endpoint({
    method: "get",
    path: "/api/v1/submissions/{reference}",
    operationId: "getSubmission",
    tag: TAG,
    summary: "De status van een aanmelding",
    description: "Voor wie het kenmerk heeft. Na te veel onbekende kenmerken van één adres volgt 429.",
    params: z.object({ reference: z.string().max(20).meta({ description: "Het kenmerk (8 tekens, streepje mag).", examples: ["BCDF2345"] }) }),
    responses: {
      "200": ok("De status.", status),
      "404": errorResponse("Onbekend kenmerk.", { error: "Deze aanmelding kennen wij niet. Kijk of het kenmerk goed is.", fields: { reference: ["Deze aanmelding kennen wij niet. Kijk of het kenmerk goed is."] } }),
      "429": responseRef("TooManyRequests"),
      "500": responseRef("InternalError"),
      "503": responseRef("ServiceUnavailable"),
    },
  }),
];
