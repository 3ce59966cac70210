"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { DeskActionState } from "@/components/desk/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import {
  centreSlugSchema,
  checkinChecklistSchema,
  checkoutChecklistSchema,
  confirmSchema,
  fieldErrors,
  recordIdSchema,
  sendToRepairSchema,
} from "@/lib/schemas/desk";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { confirmAtDesk } from "@/lib/server/desk/confirm-at-desk";
import { createUnit } from "@/lib/server/desk/create-unit";
import { extendAtDesk } from "@/lib/server/desk/extend-at-desk";
import { finishCleaning } from "@/lib/server/desk/finish-cleaning";
import { finishRepair } from "@/lib/server/desk/finish-repair";
import { handOver } from "@/lib/server/desk/hand-over";
import { retireUnit } from "@/lib/server/desk/retire-unit";
import { sendToRepair } from "@/lib/server/desk/send-to-repair";
import { takeBack } from "@/lib/server/desk/take-back";
import { updateUnit } from "@/lib/server/desk/update-unit";

/*
 * Server actions of the lending-centre desk. Each one treats its input as coming from anyone: it checks the
 * signed-in person, validates with zod, lets lib/server/desk authorize and scope (another centre's record: not
 * found), and answers with Dutch messages for the form. Unexpected errors become a calm message, never a 500.
 */

const SIGNED_OUT: DeskActionState = { message: "U bent niet (meer) ingelogd als medewerker van een uitleenpunt. Log opnieuw in." };
const GENERIC = "Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Laad de pagina opnieuw.";

async function staffActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user && user.role === "CENTRE_STAFF" ? user : null;
}

function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  }
  return out;
}

function failure(error: unknown, values: Record<string, string>): DeskActionState {
  if (error instanceof AppError) return { message: error.message, errors: error.fields, values };
  // no personal data in logs: only the kind of error
  console.error("[balie] actie mislukt:", error instanceof Error ? error.name : typeof error, (error as { code?: unknown })?.code ?? "");
  return { message: GENERIC, values };
}

function invalid(error: z.ZodError, values: Record<string, string>, message = "Controleer de gegevens."): DeskActionState {
  return { message, errors: fieldErrors(error), values };
}

const unitRef = z.object({ centreSlug: centreSlugSchema, unitId: recordIdSchema });

const unitPath = (centreSlug: string, unitId: string, done: string) => `/balie/${centreSlug}/voorraad/${unitId}?gedaan=${done}`;
const reservationPath = (centreSlug: string, reservationId: string, done: string) => `/balie/${centreSlug}/reserveringen/${reservationId}?gedaan=${done}`;

export async function handOverAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const ref = z.object({ centreSlug: centreSlugSchema, reservationId: recordIdSchema }).safeParse(values);
  if (!ref.success) return invalid(ref.error, values);
  const checklist = z.object({ checklist: checkoutChecklistSchema }).safeParse({ checklist: values });
  if (!checklist.success) return invalid(checklist.error, values, "Vink alle punten van de checklist aan voordat u het hulpmiddel meegeeft.");
  try {
    await handOver({ actor, reservationId: ref.data.reservationId, checklist: checklist.data.checklist });
  } catch (error) {
    return failure(error, values);
  }
  redirect(reservationPath(ref.data.centreSlug, ref.data.reservationId, "meegegeven"));
}

export async function takeBackAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const ref = z.object({ centreSlug: centreSlugSchema, loanId: recordIdSchema }).safeParse(values);
  if (!ref.success) return invalid(ref.error, values);
  const checklist = z.object({ checklist: checkinChecklistSchema }).safeParse({ checklist: values });
  if (!checklist.success) return invalid(checklist.error, values);
  let result;
  try {
    result = await takeBack({ actor, loanId: ref.data.loanId, checklist: checklist.data.checklist });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(ref.data.centreSlug, result.unitId, result.status === "REPAIR" ? "terug-schade" : "teruggenomen"));
}

export async function finishCleaningAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const ref = unitRef.safeParse(values);
  if (!ref.success) return invalid(ref.error, values);
  try {
    await finishCleaning({ actor, unitId: ref.data.unitId });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(ref.data.centreSlug, ref.data.unitId, "schoon"));
}

export async function finishRepairAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = unitRef.extend({ note: z.string().trim().max(500, { error: "Gebruik hoogstens 500 tekens." }).optional() }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await finishRepair({ actor, unitId: parsed.data.unitId, note: parsed.data.note });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(parsed.data.centreSlug, parsed.data.unitId, "gerepareerd"));
}

export async function sendToRepairAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = sendToRepairSchema.extend({ centreSlug: centreSlugSchema, unitId: recordIdSchema }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await sendToRepair({ actor, unitId: parsed.data.unitId, note: parsed.data.note, until: parsed.data.until });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(parsed.data.centreSlug, parsed.data.unitId, "reparatie"));
}

export async function retireUnitAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = unitRef
    .extend({ note: z.string().trim().max(500, { error: "Gebruik hoogstens 500 tekens." }).optional(), confirm: confirmSchema })
    .safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await retireUnit({ actor, unitId: parsed.data.unitId, note: parsed.data.note });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(parsed.data.centreSlug, parsed.data.unitId, "afgeschreven"));
}

export async function createUnitAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const centre = centreSlugSchema.safeParse(values.centreSlug);
  if (!centre.success) return invalid(centre.error, values);
  let result;
  try {
    result = await createUnit({ actor, centreSlug: centre.data, productId: values.productId ?? "", code: values.code ?? "", notes: values.notes });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(centre.data, result.unitId, "toegevoegd"));
}

export async function updateUnitAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const ref = unitRef.safeParse(values);
  if (!ref.success) return invalid(ref.error, values);
  try {
    await updateUnit({ actor, unitId: ref.data.unitId, code: values.code ?? "", notes: values.notes });
  } catch (error) {
    return failure(error, values);
  }
  redirect(unitPath(ref.data.centreSlug, ref.data.unitId, "aangepast"));
}

const reservationRef = z.object({ centreSlug: centreSlugSchema, reservationId: recordIdSchema });

export async function confirmReservationAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const ref = reservationRef.safeParse(values);
  if (!ref.success) return invalid(ref.error, values);
  try {
    await confirmAtDesk({ actor, reservationId: ref.data.reservationId });
  } catch (error) {
    return failure(error, values);
  }
  redirect(reservationPath(ref.data.centreSlug, ref.data.reservationId, "bevestigd"));
}

export async function cancelReservationAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = reservationRef.extend({ confirm: confirmSchema }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await cancelReservation({ actor, reservationId: parsed.data.reservationId });
  } catch (error) {
    return failure(error, values);
  }
  redirect(reservationPath(parsed.data.centreSlug, parsed.data.reservationId, "geannuleerd"));
}

export async function extendLoanAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = reservationRef.extend({ loanId: recordIdSchema }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await extendAtDesk({ actor, loanId: parsed.data.loanId });
  } catch (error) {
    return failure(error, values);
  }
  redirect(reservationPath(parsed.data.centreSlug, parsed.data.reservationId, "verlengd"));
}
