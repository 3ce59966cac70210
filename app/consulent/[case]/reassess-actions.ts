"use server";

import { redirect } from "next/navigation";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { startReassessmentForCase } from "@/lib/server/assessments/reassess";
import { actionActor } from "../_lib/action-helpers";

/** "Vragen opnieuw invullen" on the case: the answers so far are kept as a round; the questions start again. */
export async function reassessCaseAction(reference: string): Promise<void> {
  const actor = await actionActor();
  try {
    await startReassessmentForCase(actor, reference);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    // CONFLICT: nothing filled in yet; the questions are where to go anyway
    if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
  }
  redirect(`/consulent/${encodeURIComponent(reference)}/vragen/1`);
}
