import "server-only";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getCase, type CaseDetail } from "@/lib/server/cases/get-case";

/** Every consultant page: not signed in -> /inloggen; any other role -> not found. */
export function requireConsultant(): Promise<Actor> {
  return requireRole("CONSULTANT");
}

/** Loads a case for a page; a case of another municipality (or none) shows the not-found page. */
export async function loadCase(reference: string, part: string): Promise<{ actor: Actor; kase: CaseDetail }> {
  const actor = await requireConsultant();
  try {
    return { actor, kase: await getCase({ actor, reference, part }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
