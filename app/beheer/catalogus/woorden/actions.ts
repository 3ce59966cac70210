"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { removeUnknownPhrase } from "@/lib/server/words/unknown-phrases";

const idSchema = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/);

/** "Verwijderen": the phrase was added to the lexicon, or is of no use. */
export async function removePhraseAction(formData: FormData): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const id = idSchema.safeParse(formData.get("id") ?? "");
  let outcome = "verwijderd";
  if (!id.success) outcome = "niet-gevonden";
  else {
    try {
      await removeUnknownPhrase(actor, id.data);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") outcome = "niet-gevonden";
      else throw error;
    }
  }
  revalidatePath("/beheer/catalogus/woorden");
  redirect(`/beheer/catalogus/woorden?klaar=${outcome}#melding`);
}
