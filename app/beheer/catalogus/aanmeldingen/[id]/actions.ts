"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { rejectSubmission } from "@/lib/server/catalogue/submissions";

export interface RejectState {
  reason?: string;
  error?: string;
  message?: string;
}

/** "Afwijzen": the submission is rejected with a reason; the supplier gets it by e-mail (outbox). */
export async function rejectSubmissionAction(_previous: RejectState, formData: FormData): Promise<RejectState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const id = String(formData.get("id") ?? "");
  const reason = String(formData.get("reason") ?? "").slice(0, 5000);
  try {
    await rejectSubmission(actor, id, reason);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { reason, error: error.fields?.reason?.join(" ") ?? error.message };
    if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND")) return { reason, message: error.message };
    throw error;
  }
  revalidatePath("/beheer/catalogus/aanmeldingen");
  redirect("/beheer/catalogus/aanmeldingen?klaar=afgewezen#melding");
}
