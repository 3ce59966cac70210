"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseStepForm } from "@/components/questionnaire/parse-step-form";
import type { CaseFormState } from "@/components/consultant/form-state";
import { directionOf, type StepFormState } from "@/components/questionnaire/form-state";
import { questionnaireSteps } from "@/components/questionnaire/steps";
import { AppError } from "@/lib/errors";
import { fieldErrors, updateCaseSchema } from "@/lib/schemas/case";
import { addCaseNote } from "@/lib/server/cases/add-case-note";
import { addCaseStep } from "@/lib/server/cases/add-case-step";
import { deleteCaseNote } from "@/lib/server/cases/delete-case-note";
import { getCase } from "@/lib/server/cases/get-case";
import { recordCaseOutcome } from "@/lib/server/cases/record-case-outcome";
import { recordMonitoringDecision } from "@/lib/server/cases/record-monitoring-decision";
import { joinWaitlistForCase } from "@/lib/server/cases/join-waitlist-for-case";
import { reserveForCase } from "@/lib/server/cases/reserve-for-case";
import { saveCaseAnswers } from "@/lib/server/cases/save-case-answers";
import { setCaseChoice } from "@/lib/server/cases/set-case-choice";
import { setCaseStepDone } from "@/lib/server/cases/set-case-step-done";
import { shareCaseReport } from "@/lib/server/cases/share-case-report";
import { updateCase } from "@/lib/server/cases/update-case";
import { actionActor, failWith, keep, text, toFormState } from "../_lib/action-helpers";

const refresh = (reference: string) => revalidatePath(`/consulent/${reference}`, "layout");

/** One screen of the questionnaire, filled in together: saved, then on to the next screen (or the advice). */
export async function saveCaseStep(reference: string, stepNumber: number, _state: StepFormState, formData: FormData): Promise<StepFormState> {
  const actor = await actionActor();
  const direction = directionOf(formData);
  let kase;
  try {
    kase = await getCase({ actor, reference, part: "vragen-opslaan" });
  } catch (error) {
    return toFormState(error);
  }
  const step = questionnaireSteps(kase.answers.difficulties)[stepNumber - 1];
  if (!step) return { message: "Deze vraag is er niet meer, omdat er iets anders is gekozen. Ga terug naar de eerste vraag." };

  const parsed = parseStepForm(step, formData, direction, kase.answers.difficulties);
  const hasErrors = Object.keys(parsed.errors).length > 0;
  if (hasErrors && direction !== "terug") return { errors: parsed.errors, message: "Er is iets niet goed ingevuld. Kijk hieronder.", values: parsed.values };

  let saved;
  try {
    saved = await saveCaseAnswers({ actor, reference: kase.reference, patch: hasErrors ? {} : parsed.patch });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { errors: error.fields, message: "Er is iets niet goed ingevuld. Kijk hieronder.", values: parsed.values };
    return toFormState(error);
  }
  refresh(kase.reference);
  if (direction === "terug") redirect(`/consulent/${kase.reference}/vragen/${Math.max(1, stepNumber - 1)}`);
  const next = questionnaireSteps(saved.answers.difficulties);
  if (stepNumber < next.length) redirect(`/consulent/${kase.reference}/vragen/${stepNumber + 1}`);
  redirect(`/consulent/${kase.reference}/advies`);
}

export async function addNote(reference: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await addCaseNote({ actor, reference, topic: text(formData, "topic"), text: text(formData, "text") });
  } catch (error) {
    return failWith(error, formData, ["topic", "text"]);
  }
  refresh(reference);
  return { ok: "De notitie is opgeslagen.", values: { topic: text(formData, "topic") } };
}

export async function removeNote(reference: string, noteId: string, _state: CaseFormState, _formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await deleteCaseNote({ actor, reference, noteId });
  } catch (error) {
    return toFormState(error);
  }
  refresh(reference);
  return { ok: "De notitie is weggehaald." };
}

export async function markChoice(reference: string, productSlug: string, wantsToTry: boolean, _state: CaseFormState, _formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await setCaseChoice({ actor, reference, productSlug, wantsToTry });
  } catch (error) {
    return toFormState(error);
  }
  refresh(reference);
  return { ok: wantsToTry ? "Opgeslagen: de inwoner wil dit proberen." : "Opgeslagen: de inwoner wil dit niet proberen." };
}

export async function decideMonitoring(reference: string, productSlug: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  const decision = text(formData, "beslissing");
  if (decision !== "agreed" && decision !== "declined") return { message: "Kies of de inwoner het goed vindt of niet." };
  try {
    await recordMonitoringDecision({ actor, reference, productSlug, decision });
  } catch (error) {
    return toFormState(error);
  }
  refresh(reference);
  redirect(`/consulent/${reference}/advies#keuze-${productSlug}`);
}

export async function reserve(reference: string, productSlug: string, centreSlug: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  let created;
  try {
    created = await reserveForCase({
      actor,
      reference,
      productSlug,
      centreSlug,
      pickupDate: text(formData, "pickupDate"),
      phone: text(formData, "phone"),
      email: text(formData, "email"),
      consent: formData.get("consent") === "on",
    });
  } catch (error) {
    return failWith(error, formData, ["pickupDate", "phone", "email"]);
  }
  refresh(reference);
  redirect(`/consulent/${reference}/advies?gereserveerd=${created.reference}#keuze-${productSlug}`);
}

/** The resident goes on a centre's waiting list for the product, on their behalf (nothing free there now). */
export async function joinWaitlistFromCase(reference: string, productSlug: string, centreSlug: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  let joined;
  try {
    joined = await joinWaitlistForCase({
      actor,
      reference,
      productSlug,
      centreSlug,
      phone: text(formData, "phone"),
      email: text(formData, "email"),
      consent: formData.get("consent") === "on",
    });
  } catch (error) {
    return failWith(error, formData, ["phone", "email"]);
  }
  refresh(reference);
  redirect(`/consulent/${reference}/advies?wachtlijst=${joined.reference}#keuze-${productSlug}`);
}

export async function addStep(reference: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await addCaseStep({ actor, reference, text: text(formData, "text"), who: text(formData, "who"), dueDate: text(formData, "dueDate") || null });
  } catch (error) {
    return failWith(error, formData, ["text", "who", "dueDate"]);
  }
  refresh(reference);
  return { ok: "De afspraak is opgeslagen." };
}

export async function toggleStep(reference: string, stepId: string, done: boolean, _state: CaseFormState, _formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await setCaseStepDone({ actor, reference, stepId, done });
  } catch (error) {
    return toFormState(error);
  }
  refresh(reference);
  return { ok: done ? "Afgevinkt." : "Weer open gezet." };
}

export async function saveCaseDetails(reference: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  const parsed = updateCaseSchema.safeParse({
    residentName: text(formData, "residentName"),
    residentContact: text(formData, "residentContact"),
    status: text(formData, "status"),
    followUpDue: text(formData, "followUpDue"),
    hasApplication: formData.get("hasApplication") === "on",
  });
  const typed = keep(formData, ["residentName", "residentContact", "status", "followUpDue"]);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: typed };
  try {
    await updateCase({ actor, reference, changes: parsed.data });
  } catch (error) {
    return { ...toFormState(error), values: typed };
  }
  refresh(reference);
  return { ok: "De gegevens zijn opgeslagen." };
}

export async function saveOutcome(reference: string, _state: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await recordCaseOutcome({
      actor,
      reference,
      productSlug: text(formData, "productSlug"),
      helped: text(formData, "helped"),
      result: text(formData, "result"),
      why: text(formData, "why"),
    });
  } catch (error) {
    return failWith(error, formData, ["productSlug", "helped", "result", "why"]);
  }
  refresh(reference);
  return { ok: "Opgeslagen. Dank u wel." };
}

export async function shareReport(reference: string, _state: CaseFormState, _formData: FormData): Promise<CaseFormState> {
  const actor = await actionActor();
  try {
    await shareCaseReport({ actor, reference });
  } catch (error) {
    return toFormState(error);
  }
  refresh(reference);
  return { ok: "De code voor de inwoner is klaar." };
}
