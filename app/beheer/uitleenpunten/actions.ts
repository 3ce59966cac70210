"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, recordIdSchema } from "@/lib/schemas/admin";
import { centreSchema, closedDaySchema, parseOpeningHours, SLOTS, WEEKDAYS } from "@/lib/schemas/centre";
import { addClosedDay, closeCentre, createCentre, removeClosedDay, updateCentre } from "@/lib/server/centres/manage-centre";

export interface CentreFormState {
  errors?: Record<string, string[]>;
  message?: string;
  ok?: string;
  values?: Record<string, string>;
}

const DETAIL_FIELDS = ["naam", "straat", "postcode", "plaats", "wijk", "telefoon", "email", "beschrijving"] as const;
const HOUR_FIELDS = WEEKDAYS.flatMap((d) => SLOTS.flatMap((s) => [`van-${d}-${s}`, `tot-${d}-${s}`]));

function read(formData: FormData) {
  const values = Object.fromEntries([...DETAIL_FIELDS, ...HOUR_FIELDS].map((f) => [f, String(formData.get(f) ?? "").slice(0, 1000)]));
  const details = centreSchema.safeParse(values);
  const hours = parseOpeningHours((name) => values[name] ?? "");
  const errors = { ...(details.success ? {} : fieldErrorsOf(details.error)), ...hours.errors };
  return { values, details, hours: hours.slots, errors };
}

const NOT_SAVED = "Het uitleenpunt is nog niet opgeslagen. Kijk hieronder wat er nog moet gebeuren.";

export async function saveCentreAction(centreId: string | null, municipalityId: string | null, _state: CentreFormState, formData: FormData): Promise<CentreFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const { values, details, hours, errors } = read(formData);
  if (!details.success || Object.keys(errors).length) return { errors, message: NOT_SAVED, values };
  let id: string;
  try {
    id = centreId
      ? (await updateCentre({ actor, centreId, input: details.data, hours })).centreId
      : (await createCentre({ actor, municipalityId, input: details.data, hours })).centreId;
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return { message: error.message, values };
    throw error;
  }
  revalidatePath("/beheer/uitleenpunten");
  if (!centreId) redirect(`/beheer/uitleenpunten/${id}?klaar=nieuw`);
  return { ok: "De gegevens en openingstijden zijn opgeslagen.", values };
}

export async function addClosedDayAction(centreId: string, _state: CentreFormState, formData: FormData): Promise<CentreFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = { datum: String(formData.get("datum") ?? "").slice(0, 20), reden: String(formData.get("reden") ?? "").slice(0, 300) };
  const parsed = closedDaySchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: "De dag is nog niet toegevoegd.", values };
  try {
    await addClosedDay({ actor, centreId, date: parsed.data.datum, reason: parsed.data.reden });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: error.message, values };
    throw error;
  }
  revalidatePath(`/beheer/uitleenpunten/${centreId}`);
  return { ok: "De dag is toegevoegd." };
}

export async function removeClosedDayAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const centre = recordIdSchema.safeParse(formData.get("uitleenpunt") ?? "");
  const day = recordIdSchema.safeParse(formData.get("dag") ?? "");
  if (!centre.success || !day.success) redirect("/beheer/uitleenpunten?klaar=niet-gevonden");
  try {
    await removeClosedDay({ actor, centreId: centre.data, closedDayId: day.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect("/beheer/uitleenpunten?klaar=niet-gevonden");
    throw error;
  }
  revalidatePath(`/beheer/uitleenpunten/${centre.data}`);
  redirect(`/beheer/uitleenpunten/${centre.data}?klaar=dag-weg`);
}

export async function closeCentreAction(centreId: string, _state: CentreFormState, formData: FormData): Promise<CentreFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  if (formData.get("bevestigd") !== "ja") return { errors: { bevestigd: ["Vink aan dat u het uitleenpunt wilt sluiten."] }, message: "Het uitleenpunt is nog open." };
  try {
    await closeCentre({ actor, centreId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: error.message };
    throw error;
  }
  revalidatePath("/beheer/uitleenpunten");
  redirect("/beheer/uitleenpunten?klaar=gesloten");
}
