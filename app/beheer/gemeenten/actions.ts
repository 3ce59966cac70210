"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, recordIdSchema } from "@/lib/schemas/admin";
import { createMunicipalitySchema } from "@/lib/schemas/municipality";
import { createMunicipality } from "@/lib/server/municipalities/create-municipality";
import { setMunicipalityStatus } from "@/lib/server/municipalities/set-municipality-status";
import { formatMoment } from "@/lib/util/dates";

export interface CreateMunicipalityState {
  errors?: Record<string, string[]>;
  message?: string;
  values?: Record<string, string>;
  created?: { name: string; adminName: string; email: string; code: string; link: string; expiresAt: string };
}

const FIELDS = ["naam", "slug", "postcodegebieden", "wmoTelefoon", "wmoWebsite", "wmoOpeningstijden", "beheerderNaam", "beheerderEmail"] as const;

export async function createMunicipalityAction(_state: CreateMunicipalityState, formData: FormData): Promise<CreateMunicipalityState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, 2000)]));
  const parsed = createMunicipalitySchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: "De gemeente is nog niet gemaakt. Kijk hieronder wat er nog moet gebeuren.", values };
  try {
    const created = await createMunicipality({ actor, input: parsed.data });
    revalidatePath("/beheer/gemeenten");
    return { created: { name: created.name, adminName: parsed.data.beheerderNaam, email: created.email, code: created.code, link: created.link, expiresAt: formatMoment(created.expiresAt) } };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { errors: error.fields, message: error.message, values };
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: error.message, values };
    throw error;
  }
}

const statusSchema = z.object({ gemeente: recordIdSchema, status: z.enum(["active", "paused"]) });

export async function setMunicipalityStatusAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const parsed = statusSchema.safeParse({ gemeente: formData.get("gemeente") ?? "", status: formData.get("status") ?? "" });
  if (!parsed.success) redirect("/beheer/gemeenten?klaar=niet-gevonden");
  try {
    await setMunicipalityStatus({ actor, municipalityId: parsed.data.gemeente, status: parsed.data.status });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect("/beheer/gemeenten?klaar=niet-gevonden");
    throw error;
  }
  revalidatePath("/beheer/gemeenten");
  redirect(`/beheer/gemeenten?klaar=${parsed.data.status === "paused" ? "gepauzeerd" : "hervat"}`);
}
