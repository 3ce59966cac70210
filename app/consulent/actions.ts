"use server";

import { redirect } from "next/navigation";
import type { CaseFormState } from "@/components/consultant/form-state";
import { createCase } from "@/lib/server/cases/create-case";
import { listCases, type CaseListItem } from "@/lib/server/cases/list-cases";
import { caseSearchSchema, fieldErrors, startCaseSchema } from "@/lib/schemas/case";
import { actionActor, keep, text, toFormState } from "./_lib/action-helpers";

/** The resident gave consent: store the case and go to the questionnaire. */
export async function startCase(_state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  const parsed = startCaseSchema.safeParse({
    residentName: text(formData, "residentName"),
    residentContact: text(formData, "residentContact"),
    consentVersion: text(formData, "consentVersion"),
  });
  const typed = keep(formData, ["residentName", "residentContact"]);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: typed };
  let reference: string;
  try {
    ({ reference } = await createCase({
      actor,
      residentName: parsed.data.residentName,
      residentContact: parsed.data.residentContact,
      consent: { given: true, textVersion: parsed.data.consentVersion },
    }));
  } catch (error) {
    return { ...toFormState(error), values: typed };
  }
  redirect(`/consulent/${reference}/vragen/1`);
}

export interface SearchState {
  query: string;
  rows: CaseListItem[] | null;
  message?: string;
}

/** Searching by name happens in a POST, so a resident's name never ends up in an address or a log. */
export async function searchCases(state: SearchState, formData: FormData): Promise<SearchState> {
  const actor = await actionActor();
  const parsed = caseSearchSchema.safeParse({ query: text(formData, "zoek"), status: text(formData, "status") || undefined });
  if (!parsed.success) return { ...state, message: fieldErrors(parsed.error).query?.[0] ?? "Zoeken lukt niet." };
  const everyone = text(formData, "wie") === "iedereen";
  try {
    const rows = await listCases({ actor, query: parsed.data.query, status: parsed.data.status, everyone });
    return { query: parsed.data.query ?? "", rows };
  } catch (error) {
    return { ...state, message: toFormState(error).message };
  }
}
