"use server";

import { redirect } from "next/navigation";
import { lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { startReassessment } from "@/lib/server/assessments/reassess";

/** "Vragen opnieuw invullen": the answers so far become a kept round; the questions start again at screen 1. */
export async function reassessAction(code: string): Promise<void> {
  let target = `/advies/${code}/stap/1`;
  try {
    const started = await lookupByCode(() => startReassessment({ code }), { mode: "page" });
    target = `/advies/${started.code}/stap/1`;
  } catch (error) {
    // not filled in yet (CONFLICT): just go to the questions; an unknown code: the questions page shows not found
    if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND"))) throw error;
  }
  redirect(target);
}
