/**
 * A supplier's product submission: ONE place for the zod schemas of the public form (/leveranciers/aanmelden), the API
 * (POST /api/v1/submissions, GET /api/v1/submissions/{reference}) and their responses, so the OpenAPI document can be
 * generated from them. The product data without the rules (the catalogue editor completes those).
 *
 * Every text is plain text: HTML or script is refused with a Dutch message per field (lib/schemas/markup.ts).
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { parseIso9999 } from "@/lib/catalogue/schema";
import { containsMarkup, NO_MARKUP_MESSAGE } from "./markup";

/** At most this many images per submission. */
export const MAX_SUBMISSION_IMAGES = 3;
/** The API's JSON body limit: three images of 5 MB as base64 would not fit; images up to ~2.2 MB each do. */
export const MAX_SUBMISSION_BODY_BYTES = 9 * 1024 * 1024;

export const SUBMISSION_STATUSES = ["nieuw", "in_concept", "gepubliceerd", "afgewezen"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Plain text: trimmed, required unless `optional`, a maximum length, no markup. */
const plain = (max: number, options: { optional?: boolean } = {}) =>
  z
    .string({ error: "Vul dit in." })
    .trim()
    .max(max, { message: `Dit is te lang (hooguit ${max} tekens).` })
    .refine((s) => options.optional || s.length > 0, { message: "Vul dit in." })
    .refine((s) => !containsMarkup(s), { message: NO_MARKUP_MESSAGE });

const euro = z.int({ error: "Vul een heel bedrag in euro in." }).min(0, { message: "Een prijs is 0 of meer." }).max(100_000, { message: "Dit bedrag is te hoog (hooguit 100.000)." });

/** The product data of a submission (without images), shared by form and API. */
export const submissionFieldsSchema = z
  .strictObject({
    name: plain(120),
    description: plain(600),
    iso9999Code: z
      .string({ error: "Vul dit in." })
      .trim()
      .transform((c) => c.replace(/\s+/g, " "))
      .refine((c) => parseIso9999(c) !== null, { message: 'Geen geldige ISO 9999-code. Schrijf klasse, subklasse en eventueel divisie, bijvoorbeeld "18 18 06".' }),
    supplier: plain(200),
    manufacturer: plain(200, { optional: true }).default(""),
    contactName: plain(120),
    contactEmail: z
      .string({ error: "Vul dit in." })
      .trim()
      .max(200, { message: "Dit is te lang (hooguit 200 tekens)." })
      .pipe(z.email({ message: "Dit is geen geldig e-mailadres." })),
    priceMinEuro: euro,
    priceMaxEuro: euro,
    pricePeriod: z.enum(["once", "month"], { message: 'Kies "eenmalig" of "per maand".' }),
    isMonitoring: z.boolean({ error: "Kies ja of nee." }),
    monitoringRecords: plain(600, { optional: true }).default(""),
    monitoringWhoSees: plain(600, { optional: true }).default(""),
    monitoringHowToStop: plain(600, { optional: true }).default(""),
  })
  .superRefine((s, ctx) => {
    if (s.priceMinEuro > s.priceMaxEuro) ctx.addIssue({ code: "custom", path: ["priceMaxEuro"], message: "De hoogste prijs is lager dan de laagste prijs." });
    if (s.isMonitoring) {
      for (const field of ["monitoringRecords", "monitoringWhoSees", "monitoringHowToStop"] as const) {
        if (!s[field]) ctx.addIssue({ code: "custom", path: [field], message: "Vul dit in: het product legt iets vast over de gebruiker." });
      }
    }
  });

export type SubmissionFields = z.output<typeof submissionFieldsSchema>;

/** The alt text of an image: what is on it, for people who cannot see it. */
export const imageAltSchema = plain(300);

/** An image in the API: base64 of a PNG, JPEG or WebP file (checked and re-encoded by the server) and its alt text. */
export const submissionImageInputSchema = z.strictObject({
  data: z
    .string({ error: "Vul dit in." })
    .max(Math.ceil((MAX_SUBMISSION_BODY_BYTES * 4) / 3), { message: "De afbeelding is te groot." })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: "Geen base64: stuur de afbeelding als base64-tekst." }),
  alt: imageAltSchema,
});

/** POST /api/v1/submissions */
export const submissionRequestSchema = z.strictObject({
  product: submissionFieldsSchema,
  images: z.array(submissionImageInputSchema).min(1, { message: "Voeg minstens één afbeelding toe." }).max(MAX_SUBMISSION_IMAGES, { message: `Hooguit ${MAX_SUBMISSION_IMAGES} afbeeldingen.` }),
});
export type SubmissionRequest = z.output<typeof submissionRequestSchema>;

/** The reference a supplier gets: 8 letters and digits (dashes and spaces allowed when typed). */
export const submissionReferenceSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, "").toUpperCase())
  .refine((s) => /^[A-Z0-9]{8}$/.test(s), { message: "Een kenmerk heeft 8 letters en cijfers, bijvoorbeeld ABCD-2345." });

/** 201 of POST /api/v1/submissions, and the status lookup. */
export const submissionStatusResponseSchema = z.strictObject({
  reference: z.string().describe("Het kenmerk van de aanmelding (8 tekens)."),
  status: z.enum(SUBMISSION_STATUSES).describe("nieuw: wacht op beoordeling; in_concept: wordt verwerkt; gepubliceerd: staat in de catalogus; afgewezen: zie reason."),
  statusText: z.string().describe("De status in gewone woorden (B1)."),
  reason: z.string().nullable().describe("Bij afgewezen: waarom."),
  productName: z.string(),
  submittedAt: z.string().describe("ISO 8601"),
  statusUrl: z.string().describe("Hier kan de leverancier de status opzoeken."),
});
export type SubmissionStatusResponse = z.output<typeof submissionStatusResponseSchema>;

/** Short labels for staff screens. */
export const SUBMISSION_STATUS_LABEL: Record<SubmissionStatus, string> = {
  nieuw: "Nieuw",
  in_concept: "In concept",
  gepubliceerd: "Gepubliceerd",
  afgewezen: "Afgewezen",
};

export const STATUS_TEXT: Record<SubmissionStatus, string> = {
  nieuw: "Ontvangen. Een redacteur van de catalogus gaat uw aanmelding bekijken.",
  in_concept: "Een redacteur werkt uw product uit voor de catalogus.",
  gepubliceerd: "Uw product staat in de catalogus.",
  afgewezen: "Uw product komt niet in de catalogus.",
};

/** The editor's reason to reject (the supplier gets it by e-mail). */
export const rejectReasonSchema = z
  .string()
  .trim()
  .min(1, { message: "Schrijf waarom u de aanmelding afwijst. De leverancier krijgt dit te lezen." })
  .max(1000, { message: "Dit is te lang (hooguit 1000 tekens)." });
