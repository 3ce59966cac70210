"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runRetentionNow } from "@/lib/server/privacy/run-retention-now";
import type { RetentionCounts } from "@/lib/server/privacy/retention-rules";

export interface RetentionFormState {
  message?: string;
  counts?: RetentionCounts;
  errors?: Record<string, string[]>;
}

/** "Nu opruimen": applies the retention rules now and reports what was removed. */
export async function runRetentionAction(_state: RetentionFormState, _formData: FormData): Promise<RetentionFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  try {
    const result = await runRetentionNow({ actor });
    revalidatePath("/beheer/opruimen");
    return { counts: { cases: result.cases, assessments: result.assessments, reservations: result.reservations, waitlistEntries: result.waitlistEntries } };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: "U mag deze gegevens niet opruimen." };
    throw error;
  }
}
