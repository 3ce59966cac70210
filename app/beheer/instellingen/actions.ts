"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/schemas/admin";
import { municipalityTextsSchema } from "@/lib/schemas/municipality";
import { updateMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { SETTING_KEYS, settingsFormSchema } from "@/lib/settings/municipality-settings";

export interface SettingsFormState {
  errors?: Record<string, string[]>;
  message?: string;
  ok?: string;
  values?: Record<string, string>;
}

const TEXT_FIELDS = ["welkomsttekst", "wmoTelefoon", "wmoWebsite", "wmoOpeningstijden", "privacycontact"] as const;

export async function saveSettingsAction(municipalityId: string | null, _state: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = Object.fromEntries([...SETTING_KEYS, ...TEXT_FIELDS].map((f) => [f, String(formData.get(f) ?? "").slice(0, 2000)]));
  const numbers = settingsFormSchema.safeParse(values);
  const texts = municipalityTextsSchema.safeParse(values);
  if (!numbers.success || !texts.success) {
    const errors = { ...(numbers.success ? {} : fieldErrorsOf(numbers.error)), ...(texts.success ? {} : fieldErrorsOf(texts.error)) };
    return { errors, message: "Er is nog niets opgeslagen. Kijk hieronder wat er nog moet gebeuren.", values };
  }
  let changed: string[];
  try {
    ({ changed } = await updateMunicipalitySettings({ actor, municipalityId, numbers: numbers.data, texts: texts.data }));
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return { message: error.message, values };
    throw error;
  }
  revalidatePath("/beheer/instellingen");
  return { ok: changed.length ? `Opgeslagen. ${changed.length === 1 ? "1 instelling is" : `${changed.length} instellingen zijn`} veranderd.` : "Er was niets veranderd.", values };
}
