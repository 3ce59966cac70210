"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/schemas/admin";
import { importMunicipalityConfiguration, MAX_CONFIG_FILE_BYTES } from "@/lib/server/config-transfer";
import type { ImportPlan } from "@/lib/server/config-transfer/core";
import type { ConfigProblem } from "@/lib/server/config-transfer/schema";
import { formatMoment } from "@/lib/util/dates";

export interface ImportState {
  message?: string;
  problems?: ConfigProblem[];
  /** the dry run: shown before anything is saved */
  plan?: ImportPlan;
  /** the checked file, sent again with "Opslaan" (what is saved is exactly what was shown) */
  text?: string;
  fileName?: string;
  applied?: { municipalityId: string; invitations: { name: string; email: string; code: string; link: string; expiresAt: string }[] };
}

async function readUpload(formData: FormData): Promise<{ text: string; fileName: string } | { error: string }> {
  const kept = formData.get("bestand-tekst");
  if (typeof kept === "string" && kept) return { text: kept.slice(0, MAX_CONFIG_FILE_BYTES + 1), fileName: String(formData.get("bestand-naam") ?? "").slice(0, 200) };
  const file = formData.get("bestand");
  if (!(file instanceof File) || file.size === 0) return { error: "Kies eerst een bestand (.json) uit de export." };
  if (file.size > MAX_CONFIG_FILE_BYTES) return { error: "Dit bestand is te groot (meer dan 900 kB). Gebruik het bestand zoals het uit de export kwam." };
  return { text: await file.text(), fileName: file.name.slice(0, 200) };
}

export async function importConfigurationAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const rawTarget = String(formData.get("gemeente") ?? "");
  const target = rawTarget ? recordIdSchema.safeParse(rawTarget) : null;
  if (target && !target.success) return { message: "Deze gemeente bestaat niet (meer), of hoort niet bij u." };
  const upload = await readUpload(formData);
  if ("error" in upload) return { message: upload.error };
  const apply = formData.get("stap") === "opslaan";
  try {
    const outcome = await importMunicipalityConfiguration({ actor, municipalityId: target?.data ?? null, text: upload.text, apply });
    if (!outcome.ok) return { message: "Dit bestand kan niet worden ingelezen. Er is niets veranderd. Los de fouten hieronder op en probeer het opnieuw.", problems: outcome.problems, plan: outcome.plan, fileName: upload.fileName };
    if (!outcome.applied) return { plan: outcome.plan, text: upload.text, fileName: upload.fileName };
    revalidatePath("/beheer", "layout");
    return {
      plan: outcome.plan,
      applied: { municipalityId: outcome.result.municipalityId, invitations: outcome.result.invitations.map((i) => ({ name: i.name, email: i.email, code: i.code, link: i.link, expiresAt: formatMoment(i.expiresAt) })) },
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: error.message };
    throw error;
  }
}
