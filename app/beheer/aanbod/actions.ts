"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, recordIdSchema } from "@/lib/schemas/admin";
import { localOfferFormSchema, notOfferedDisplaySchema } from "@/lib/offer/local-offer";
import { setNotOfferedDisplay, setProductOffered, updateOfferProduct } from "@/lib/server/offer/local-offer";

export interface OfferFormState {
  errors?: Record<string, string[]>;
  message?: string;
  ok?: string;
  values?: Record<string, string>;
}

const FIELDS = ["aangeboden", "financiering", "leverancier", "prijsafspraak", "notitie"] as const;

const listPath = (municipalityId: string | null) => (municipalityId ? `/beheer/aanbod?gemeente=${encodeURIComponent(municipalityId)}` : "/beheer/aanbod");

/** Saves the local offer of one product (offered or not, local information). */
export async function saveOfferAction(municipalityId: string | null, productId: string, _state: OfferFormState, formData: FormData): Promise<OfferFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, 2000)]));
  const parsed = localOfferFormSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: "Er is nog niets opgeslagen. Kijk hieronder wat er nog moet gebeuren.", values };
  let changed: boolean;
  try {
    ({ changed } = await updateOfferProduct({ actor, municipalityId, productId, form: parsed.data }));
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return { message: error.message, values };
    throw error;
  }
  revalidatePath("/beheer/aanbod");
  return { ok: changed ? "Opgeslagen." : "Er was niets veranderd.", values };
}

/** The toggle in the list (a plain form: works without JavaScript). */
export async function toggleOfferAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const productId = recordIdSchema.safeParse(formData.get("product"));
  const municipality = recordIdSchema.safeParse(formData.get("gemeente") ?? "");
  const municipalityId = municipality.success ? municipality.data : null;
  const offered = formData.get("aanbieden") === "ja";
  if (productId.success) {
    try {
      await setProductOffered({ actor, municipalityId, productId: productId.data, offered });
    } catch (error) {
      if (!(error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID"))) throw error;
    }
  }
  revalidatePath("/beheer/aanbod");
  redirect(`${listPath(municipalityId)}#rij-${productId.success ? productId.data : ""}`);
}

export interface DisplayFormState {
  error?: string;
  ok?: string;
}

/** Hide or label the products the municipality does not offer. */
export async function saveDisplayAction(municipalityId: string | null, _state: DisplayFormState, formData: FormData): Promise<DisplayFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const parsed = notOfferedDisplaySchema.safeParse(formData.get("tonen"));
  if (!parsed.success) return { error: "Kies wat inwoners zien." };
  try {
    const { changed } = await setNotOfferedDisplay({ actor, municipalityId, display: parsed.data });
    revalidatePath("/beheer/aanbod");
    return { ok: changed ? "Opgeslagen." : "Er was niets veranderd." };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return { error: error.message };
    throw error;
  }
}

