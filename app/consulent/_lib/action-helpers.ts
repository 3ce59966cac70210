import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { CaseFormState } from "@/components/consultant/form-state";

/** The signed-in consultant for a server action; signed out -> the sign-in page. (Data access checks the role.) */
export async function actionActor(): Promise<Actor> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  return actor;
}

/** Turns a coded error from data access into the form's Dutch message; anything else is a real error. */
export function toFormState(error: unknown): CaseFormState {
  if (error instanceof AppError) {
    if (error.code === "NOT_FOUND") return { message: error.message };
    return { message: error.message, errors: error.fields };
  }
  throw error;
}

export const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The typed values of some fields, to give back with an error so nothing typed is lost. */
export function keep(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, text(formData, n)]));
}

/** An error state that also gives back what was typed. */
export function failWith(error: unknown, formData: FormData, names: string[]): CaseFormState {
  return { ...toFormState(error), values: keep(formData, names) };
}
