"use server";

import { redirect } from "next/navigation";
import { currentClient } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { imageAltSchema, MAX_SUBMISSION_IMAGES, submissionFieldsSchema } from "@/lib/schemas/submission";
import { submitProduct } from "@/lib/server/catalogue/submissions";
import { SUBMISSION_TEXT_FIELDS, type SubmissionFormState } from "./state";

const HONEYPOT = "website";

/** A whole euro amount as typed ("80", "80,00", "€ 80"); anything else stays text so the schema says what is wrong. */
function euro(s: string): number | string | undefined {
  const t = s.replace(/€/g, "").trim().replace(/[,.]00$/, "");
  if (t === "") return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

/** The supplier's form: validated like the API (lib/schemas/submission.ts), images checked and re-encoded. */
export async function submitProductAction(_previous: SubmissionFormState, formData: FormData): Promise<SubmissionFormState> {
  const values: Record<string, string> = {};
  for (const key of SUBMISSION_TEXT_FIELDS) {
    const v = formData.get(key);
    values[key] = typeof v === "string" ? v.slice(0, 5000) : "";
  }
  // a field people never see or reach: only robots fill it in
  const trap = formData.get(HONEYPOT);
  if (typeof trap === "string" && trap.trim() !== "") {
    return { values, message: "Uw aanmelding is niet verstuurd. Vul alleen de velden in die u ziet en probeer het opnieuw." };
  }

  const errors: Record<string, string[]> = {};
  const parsed = submissionFieldsSchema.safeParse({
    name: values.name,
    description: values.description,
    iso9999Code: values.iso9999Code,
    supplier: values.supplier,
    manufacturer: values.manufacturer,
    contactName: values.contactName,
    contactEmail: values.contactEmail,
    priceMinEuro: euro(values.priceMinEuro ?? ""),
    priceMaxEuro: euro(values.priceMaxEuro ?? ""),
    pricePeriod: values.pricePeriod || undefined,
    isMonitoring: values.isMonitoring === "ja" ? true : values.isMonitoring === "nee" ? false : undefined,
    monitoringRecords: values.monitoringRecords,
    monitoringWhoSees: values.monitoringWhoSees,
    monitoringHowToStop: values.monitoringHowToStop,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".");
      const message = issue.code === "invalid_type" ? (key.startsWith("price") ? "Vul een heel bedrag in euro in." : "Vul dit in.") : issue.message;
      (errors[key] ??= []).push(message);
    }
  }

  const images: { bytes: Uint8Array; alt: string }[] = [];
  for (let i = 0; i < MAX_SUBMISSION_IMAGES; i++) {
    const file = formData.get(`image.${i}`);
    const alt = values[`imageAlt.${i}`] ?? "";
    const hasFile = file instanceof File && file.size > 0;
    if (!hasFile) {
      if (alt.trim() !== "") errors[`image.${i}`] = ["Kies een afbeelding bij deze beschrijving, of maak de beschrijving leeg."];
      continue;
    }
    const altParsed = imageAltSchema.safeParse(alt);
    if (!altParsed.success) errors[`imageAlt.${i}`] = [altParsed.error.issues[0]?.message ?? "Vul dit in."];
    images.push({ bytes: new Uint8Array(await file.arrayBuffer()), alt: altParsed.success ? altParsed.data : alt });
  }
  if (images.length === 0 && !errors["image.0"]) errors["image.0"] = ["Kies minstens één afbeelding van het product."];

  if (!parsed.success || Object.keys(errors).length) {
    return { values, errors, message: "Er is iets niet goed ingevuld. Kijk bij de rode meldingen." };
  }

  let reference: string;
  try {
    ({ reference } = await submitProduct({ fields: parsed.data, images, client: await currentClient() }));
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return { values, message: error.message };
    if (error instanceof AppError && error.code === "INVALID") {
      // image errors come back per submitted image; map them to the form's file fields
      const fileIndexes = [...Array(MAX_SUBMISSION_IMAGES).keys()].filter((i) => {
        const f = formData.get(`image.${i}`);
        return f instanceof File && f.size > 0;
      });
      const mapped: Record<string, string[]> = {};
      for (const [key, messages] of Object.entries(error.fields ?? {})) {
        const m = /^images\.(\d+)$/.exec(key);
        mapped[m ? `image.${fileIndexes[Number(m[1])] ?? 0}` : "image.0"] = messages;
      }
      return { values, errors: mapped, message: "Een afbeelding kan niet gebruikt worden. Kijk bij de rode melding." };
    }
    throw error;
  }
  redirect(`/leveranciers/status?kenmerk=${reference}&nieuw=1`);
}
