/**
 * zod schemas for reserving and joining a waiting list: shared by the resident's forms (server actions), the public
 * API (POST /api/v1/reservations, POST /api/v1/waitlist) and data access (reserveUnit / joinWaitlist check again).
 * Messages are Dutch (B1) and name the field.
 */
import "./zod-setup";
import { z } from "zod";

const slug = (field: string, example: string) =>
  z
    .string({ error: `${field} ontbreekt.` })
    .trim()
    .min(1, { error: `${field} ontbreekt.` })
    .max(80, { error: `${field} is te lang.` })
    .regex(/^[a-z0-9-]+$/, { error: `${field} is een code zoals ${example}.` });

export const productSlugSchema = slug("product", "robotstofzuiger");
export const centreSlugSchema = slug("centre", "zorginnovatiehub-leyweg");

/** "" and whitespace count as "not filled in". */
const optionalText = (max: number, tooLong: string) =>
  z
    .string({ error: "Dit moet tekst zijn." })
    .trim()
    .max(max, { error: tooLong })
    .nullish()
    .transform((v) => (v ? v : undefined));

export const nameSchema = z
  .string({ error: "Vul uw naam in." })
  .trim()
  .min(1, { error: "Vul uw naam in." })
  .max(100, { error: "Uw naam is te lang (maximaal 100 tekens)." });

export const phoneSchema = optionalText(30, "Dit telefoonnummer is te lang.").refine(
  (v) => v === undefined || (/^[0-9 +()-]+$/.test(v) && v.replace(/\D/g, "").length >= 10 && v.replace(/\D/g, "").length <= 15),
  { error: "Vul een telefoonnummer in zoals 06 1234 5678." },
);

export const emailSchema = optionalText(200, "Dit e-mailadres is te lang.")
  .transform((v) => v?.toLowerCase())
  .refine((v) => v === undefined || z.email().safeParse(v).success, { error: "Vul een e-mailadres in zoals naam@voorbeeld.nl." });

export const NEED_CONTACT = "Vul een telefoonnummer of een e-mailadres in. Dan kunnen wij u een bericht sturen.";
export const NEED_CONSENT = "Zet een vinkje als u akkoord gaat. Zonder uw toestemming kunnen wij niets voor u bewaren.";

const hasContact = (value: { phone?: unknown; email?: unknown }) => Boolean(value.phone || value.email);
/** Also checked when another field is wrong, so the form shows every problem at once. */
const CONTACT_CHECK = {
  path: ["phone"],
  message: NEED_CONTACT,
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

/** Name plus a phone number or an e-mail address (at least one). */
export const contactSchema = z
  .object({ name: nameSchema, phone: phoneSchema, email: emailSchema })
  .refine(hasContact, CONTACT_CHECK);
export type ContactInput = z.output<typeof contactSchema>;

export const pickupDateSchema = z
  .string({ error: "Kies een dag om het hulpmiddel op te halen." })
  .trim()
  .min(1, { error: "Kies een dag om het hulpmiddel op te halen." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Schrijf de dag van ophalen als JJJJ-MM-DD." });

const consentSchema = z.literal(true, { error: NEED_CONSENT });

/** POST /api/v1/reservations */
export const reservationRequestSchema = z.strictObject(
  {
    product: productSlugSchema,
    centre: centreSlugSchema,
    pickupDate: pickupDateSchema,
    name: nameSchema,
    phone: phoneSchema,
    email: emailSchema,
    consent: consentSchema,
    /** required true for a monitoring product (isMonitoring): the resident had the explanation and said yes */
    monitoringAgreed: z.boolean({ error: "monitoringAgreed moet true of false zijn." }).optional(),
  },
  { error: "Stuur een JSON-object met product, centre, pickupDate, name, phone of email, en consent." },
).refine(hasContact, CONTACT_CHECK);
export type ReservationRequest = z.output<typeof reservationRequestSchema>;

/** POST /api/v1/waitlist */
export const waitlistRequestSchema = z.strictObject(
  {
    product: productSlugSchema,
    centre: centreSlugSchema,
    name: nameSchema,
    phone: phoneSchema,
    email: emailSchema,
    consent: consentSchema,
    /** required true for a monitoring product (isMonitoring): the resident had the explanation and said yes */
    monitoringAgreed: z.boolean({ error: "monitoringAgreed moet true of false zijn." }).optional(),
  },
  { error: "Stuur een JSON-object met product, centre, name, phone of email, en consent." },
).refine(hasContact, CONTACT_CHECK);
export type WaitlistRequest = z.output<typeof waitlistRequestSchema>;

/** The resident's forms: FormData values are strings; the checkbox is "on" when ticked. */
export const reservationFormSchema = z
  .object({
    pickupDate: pickupDateSchema,
    name: nameSchema,
    phone: phoneSchema,
    email: emailSchema,
    consent: z.literal("on", { error: NEED_CONSENT }),
    /** only on the page of a monitoring product: the explicit choice after the explanation */
    monitoringAgreed: z.enum(["yes", "no"]).optional(),
  })
  .refine(hasContact, CONTACT_CHECK);

export const waitlistFormSchema = z
  .object({
    name: nameSchema,
    phone: phoneSchema,
    email: emailSchema,
    consent: z.literal("on", { error: NEED_CONSENT }),
    monitoringAgreed: z.enum(["yes", "no"]).optional(),
  })
  .refine(hasContact, CONTACT_CHECK);

/** Field errors of a failed parse, keyed by the first path element ("phone", "pickupDate", ...). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys" && issue.path.length === 0) for (const key of issue.keys) add(key, `Onbekend veld "${key}".`);
    else add(String(issue.path[0] ?? "form"), issue.message);
  }
  return out;
}
