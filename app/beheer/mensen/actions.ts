"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, recordIdSchema } from "@/lib/schemas/admin";
import { grantRightsSchema, inviteSchema } from "@/lib/schemas/people";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { grantRights } from "@/lib/server/people/grant-rights";
import { removePerson } from "@/lib/server/people/remove-person";
import { revokeInvitation } from "@/lib/server/people/revoke-invitation";
import { revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";
import { formatMoment } from "@/lib/util/dates";

export interface InviteState {
  errors?: Record<string, string[]>;
  message?: string;
  values?: { naam: string; email: string; rol: string; uitleenpunten: string[] };
  invited?: { name: string; email: string; code: string; link: string; expiresAt: string };
}

export async function inviteAction(_state: InviteState, formData: FormData): Promise<InviteState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = {
    naam: String(formData.get("naam") ?? "").slice(0, 200),
    email: String(formData.get("email") ?? "").slice(0, 300),
    rol: String(formData.get("rol") ?? ""),
    uitleenpunten: formData.getAll("uitleenpunten").map(String).slice(0, 60),
  };
  const parsed = inviteSchema.safeParse({ ...values, gemeente: String(formData.get("gemeente") ?? "") });
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: "Er is nog niemand uitgenodigd. Kijk hieronder wat er nog moet gebeuren.", values };
  try {
    const issued = await createInvitation({ actor, input: parsed.data });
    revalidatePath("/beheer/mensen");
    return { invited: { name: parsed.data.naam, email: issued.email, code: issued.code, link: issued.link, expiresAt: formatMoment(issued.expiresAt) } };
  } catch (error) {
    if (error instanceof AppError && (error.code === "INVALID" || error.code === "NOT_FOUND")) return { errors: error.fields, message: error.message, values };
    throw error;
  }
}

function back(formData: FormData, klaar: string): never {
  const gemeente = recordIdSchema.safeParse(formData.get("terug-gemeente") ?? "");
  redirect(`/beheer/mensen?klaar=${klaar}${gemeente.success ? `&gemeente=${gemeente.data}` : ""}`);
}

async function run(formData: FormData, field: string, work: (id: string) => Promise<unknown>, done: string): Promise<never> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const id = recordIdSchema.safeParse(formData.get(field) ?? "");
  if (!id.success) back(formData, "niet-gevonden");
  try {
    await work(id.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") back(formData, "niet-gevonden");
    if (error instanceof AppError && error.code === "CONFLICT") back(formData, "laatste-beheerder");
    throw error;
  }
  revalidatePath("/beheer/mensen");
  back(formData, done);
}

export async function removePersonAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  await run(formData, "gebruiker", (userId) => removePerson({ actor, userId }), "verwijderd");
}

export async function endSessionsAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  await run(formData, "gebruiker", (userId) => revokeUserSessions({ actor, userId }), "uitgelogd");
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  await run(formData, "uitnodiging", (invitationId) => revokeInvitation({ actor, invitationId }), "ingetrokken");
}

export interface GrantState {
  errors?: Record<string, string[]>;
  message?: string;
  values?: { rol: string; uitleenpunten: string[] };
  done?: string;
}

export async function grantRightsAction(_state: GrantState, formData: FormData): Promise<GrantState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = { rol: String(formData.get("rol") ?? ""), uitleenpunten: formData.getAll("uitleenpunten").map(String).slice(0, 60) };
  const parsed = grantRightsSchema.safeParse({ ...values, gebruiker: String(formData.get("gebruiker") ?? "") });
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: "Er zijn nog geen rechten gegeven. Kijk hieronder wat er nog moet gebeuren.", values };
  try {
    await grantRights({ actor, input: parsed.data });
  } catch (error) {
    if (error instanceof AppError && (error.code === "INVALID" || error.code === "NOT_FOUND")) return { errors: error.fields, message: error.message, values };
    throw error;
  }
  revalidatePath("/beheer/mensen");
  // the person leaves "Wachten op rechten" (and this form with them): say it at the top of the page instead
  back(formData, "rechten-gegeven");
}
