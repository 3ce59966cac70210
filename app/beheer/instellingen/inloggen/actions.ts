"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { saveOidcConfig } from "@/lib/server/oidc/config";

export interface OidcFormState {
  errors?: Record<string, string[]>;
  message?: string;
  ok?: string;
  values?: OidcFormValues;
}

export interface OidcFormValues {
  issuer: string;
  clientId: string;
  claimName: string;
  enabled: boolean;
  passwordSignInDisabled: boolean;
  mappings: { value: string; role: string; centreIds: string[] }[];
}

const MAPPING_ROWS_MAX = 50;

/** The form as values: mapping rows "koppeling.<i>.waarde/rol/uitleenpunt"; rows without a value are left out. */
function valuesOf(formData: FormData): OidcFormValues {
  const text = (k: string, max = 600) => String(formData.get(k) ?? "").slice(0, max);
  const mappings: OidcFormValues["mappings"] = [];
  for (let i = 0; i < MAPPING_ROWS_MAX; i++) {
    if (!formData.has(`koppeling.${i}.waarde`)) break;
    const value = text(`koppeling.${i}.waarde`, 300);
    if (!value.trim()) continue;
    mappings.push({ value, role: text(`koppeling.${i}.rol`, 40), centreIds: formData.getAll(`koppeling.${i}.uitleenpunt`).map((v) => String(v).slice(0, 40)).slice(0, 50) });
  }
  return { issuer: text("issuer"), clientId: text("clientId", 400), claimName: text("claimName", 200), enabled: formData.get("enabled") === "on", passwordSignInDisabled: formData.get("passwordSignInDisabled") === "on", mappings };
}

export async function saveOidcAction(municipalityId: string | null, _state: OidcFormState, formData: FormData): Promise<OidcFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = valuesOf(formData);
  const clientSecret = String(formData.get("clientSecret") ?? "").slice(0, 2000);
  let changed: string[];
  try {
    ({ changed } = await saveOidcConfig({
      actor,
      municipalityId,
      input: { issuer: values.issuer, clientId: values.clientId, clientSecret, claimName: values.claimName, enabled: values.enabled, passwordSignInDisabled: values.passwordSignInDisabled, roleMappings: values.mappings.map((m) => ({ value: m.value, role: m.role, centreIds: m.centreIds })) },
    }));
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) {
      // errors of mapping rows are keyed roleMappings.<i>.<field>: the form shows them at the row
      return { message: error.message, errors: error.fields, values };
    }
    throw error;
  }
  revalidatePath("/beheer/instellingen/inloggen");
  return { ok: changed.length ? "Opgeslagen." : "Er was niets veranderd.", values };
}
