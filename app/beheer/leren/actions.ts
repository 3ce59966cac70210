"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/schemas/admin";
import { setLearningEnabled } from "@/lib/server/outcomes/learning-settings";

export interface LearningSwitchState {
  message?: string;
  ok?: string;
}

const switchSchema = z.object({ enabled: z.enum(["aan", "uit"], { error: "Kies aan of uit." }) });

/** Switches learning on or off for the administrator's municipality (a platform administrator: the chosen one). */
export async function setLearningAction(municipalityId: string | null, _state: LearningSwitchState, formData: FormData): Promise<LearningSwitchState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const parsed = switchSchema.safeParse({ enabled: formData.get("enabled") });
  if (!parsed.success) return { message: "Kies aan of uit." };
  const id = municipalityId === null ? null : recordIdSchema.safeParse(municipalityId).success ? municipalityId : null;
  let changed: boolean;
  try {
    ({ changed } = await setLearningEnabled({ actor, municipalityId: id, enabled: parsed.data.enabled === "aan" }));
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return { message: error.message };
    throw error;
  }
  revalidatePath("/beheer/leren");
  const now = parsed.data.enabled === "aan" ? "Leren staat nu aan." : "Leren staat nu uit. Het advies is weer precies dat van de regels.";
  return { ok: changed ? now : "Er was niets veranderd." };
}
