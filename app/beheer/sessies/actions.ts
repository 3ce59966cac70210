"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/schemas/admin";
import { revokeSession } from "@/lib/server/sessions/revoke-session";
import { revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";

/** Where to go back to: the list, with a short outcome code (no personal data) for the message at the top. */
function back(outcome: string, extra: Record<string, string> = {}): never {
  revalidatePath("/beheer/sessies");
  redirect(`/beheer/sessies?${new URLSearchParams({ klaar: outcome, ...extra }).toString()}`);
}

/** "Sessie beëindigen": the person is signed out on their next request. */
export async function revokeSessionAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const id = recordIdSchema.safeParse(formData.get("sessie") ?? "");
  if (!id.success) back("niet-gevonden");
  try {
    await revokeSession({ actor, sessionId: id.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") back("niet-gevonden");
    throw error;
  }
  back("sessie");
}

/** "Alle sessies van deze gebruiker beëindigen". */
export async function revokeUserSessionsAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const id = recordIdSchema.safeParse(formData.get("gebruiker") ?? "");
  if (!id.success) back("niet-gevonden");
  let count: number;
  try {
    ({ count } = await revokeUserSessions({ actor, userId: id.data }));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") back("niet-gevonden");
    throw error;
  }
  back("alle", { aantal: String(count) });
}
