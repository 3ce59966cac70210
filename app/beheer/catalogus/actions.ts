"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { versionNumberSchema } from "@/lib/schemas/catalogue";
import { publishCatalogueDraft, rollbackCatalogue } from "@/lib/server/catalogue/manage-catalogue";

/** Back to the list with a short outcome code and the version it concerns (no personal data in the address). */
function back(outcome: string, versie?: number): never {
  revalidatePath("/beheer/catalogus");
  const params = new URLSearchParams({ klaar: outcome, ...(versie ? { versie: String(versie) } : {}) });
  redirect(`/beheer/catalogus?${params.toString()}#melding`);
}

async function run(formData: FormData, work: (actor: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>, n: number) => Promise<{ number: number }>, outcome: string) {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const n = versionNumberSchema.safeParse(formData.get("versie") ?? "");
  if (!n.success) back("niet-gevonden");
  let result: { number: number };
  try {
    result = await work(actor, n.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") back("niet-gevonden");
    if (error instanceof AppError && error.code === "CONFLICT") back("kan-niet", n.data);
    throw error;
  }
  back(outcome, result.number);
}

/** "Publiceren": this draft becomes the catalogue residents get advice from. */
export async function publishVersionAction(formData: FormData): Promise<void> {
  await run(formData, (actor, n) => publishCatalogueDraft(actor, n), "gepubliceerd");
}

/** "Terugzetten": publish a new version equal to this earlier one. */
export async function rollbackVersionAction(formData: FormData): Promise<void> {
  await run(formData, (actor, n) => rollbackCatalogue(actor, n), "teruggezet");
}
