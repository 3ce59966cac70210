"use server";

import { redirect } from "next/navigation";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { nearestFormSchema, type NearestFormState } from "@/lib/schemas/nearest";

/**
 * The resident's postcode arrives in the request body (a form POST), never in a URL. Only its 4 digits (the area,
 * PC4: thousands of addresses, no personal data) go into the address of the sorted page, so it can be bookmarked.
 */
export async function sortCentresByPostcode(_state: NearestFormState, formData: FormData): Promise<NearestFormState> {
  const typed = String(formData.get("postcode") ?? "");
  const parsed = nearestFormSchema.safeParse({ postcode: typed });
  if (!parsed.success) {
    // the schema's Dutch sentence for Dutch; the same two cases (empty, wrong form) in the resident's language otherwise
    const locale = await getRequestLocale();
    const dutch = parsed.error.issues[0]?.message ?? "Vul een postcode in zoals 2514 JS.";
    const t = translatorFor(locale, "reservation");
    return { error: locale === "nl" ? dutch : t(typed.trim() ? "centres.postcodeError" : "centres.postcodeMissing"), value: typed };
  }
  redirect(`/uitleenpunten?pc4=${parsed.data.postcode}#dichtbij`);
}
