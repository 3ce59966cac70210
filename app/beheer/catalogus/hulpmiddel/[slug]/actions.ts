"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { applyRowAction, formDataToValues, parseProductForm, parseRowAction } from "@/lib/catalogue/product-form";
import { archiveProductInDraft, createProductInDraft, previewProductEdit, saveProductEdit, uploadProductImage } from "@/lib/server/catalogue/edit-product";
import { ImageError } from "@/lib/server/images/process-image";
import { completeSubmission } from "@/lib/server/catalogue/submissions";
import type { EditorMode, EditorState } from "./state";

const FIELD_LABELS: Record<string, string> = {
  name: "naam",
  shortDescription: "beschrijving",
  iso9999Code: "ISO 9999-code",
  "rules.addresses": "waar het bij helpt",
  "rules.prerequisites": "wat er nodig is",
  "rules.contraindications": "wanneer niet of pas na een oplossing",
  "rules.contextFit": "past beter of slechter",
  "rules.notes": "opmerkingen bij het advies",
  fundingRoutes: "manieren van betalen",
  checklist: "controlelijst",
};

/**
 * One action for every button of the editor: add or remove a rule row, show the effect (preview), or save into the
 * draft. Whatever happens, the values come back as typed.
 */
export async function editProductAction(previous: EditorState, formData: FormData): Promise<EditorState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const intent = String(formData.get("intent") ?? "preview");
  const modeField = formData.get("mode");
  const mode: EditorMode = modeField === "new" || modeField === "submission" ? modeField : "edit";
  const submissionId = String(formData.get("submission") ?? "");
  const why = String(formData.get("why") ?? "").slice(0, 2000);
  const values = formDataToValues(formData, ["intent", "why", "mode", "imageFile", "submission"]);
  const seq = previous.seq + 1;
  let completedIn = 0;

  // a new image: checked, cleaned and stored first; its address becomes the product's image
  const file = formData.get("imageFile");
  if (file instanceof File && file.size > 0) {
    try {
      const image = await uploadProductImage(actor, new Uint8Array(await file.arrayBuffer()));
      values.imagePath = image.path;
    } catch (error) {
      if (error instanceof ImageError) return { seq, values, why, errors: { imageFile: [error.message] }, message: "De afbeelding kan niet gebruikt worden. Kijk bij de rode melding.", preview: null };
      throw error;
    }
  }

  const rowAction = parseRowAction(intent);
  if (rowAction) return { seq, values: applyRowAction(values, rowAction), why, preview: null };
  if (intent !== "preview" && intent !== "save") return { seq, values, why, message: "Dat kan niet. Kies een knop in het formulier." };

  const parsed = parseProductForm(values);
  if (!parsed.ok) {
    return { seq, values, why, errors: parsed.errors, message: "Er is iets niet goed ingevuld. Kijk bij de rode meldingen in het formulier.", preview: null };
  }
  try {
    const preview = await previewProductEdit(actor, parsed.product);
    if (intent === "preview") return { seq, values, why, preview, ok: "Hieronder ziet u wat deze wijziging doet met het advies. Er is nog niets opgeslagen." };
    if (mode === "submission") {
      // The submission leaves the status "nieuw", so its review page no longer shows this form (and the state returned
      // here would be lost with it): go back to that page, which tells where the product went and links to publishing.
      const created = await completeSubmission(actor, submissionId, parsed.product, why);
      revalidatePath("/beheer/catalogus/aanmeldingen");
      revalidatePath("/beheer/catalogus");
      completedIn = created.number;
    } else if (mode === "new") {
      const created = await createProductInDraft(actor, parsed.product, why);
      revalidatePath("/beheer/catalogus");
      return {
        seq,
        values,
        why: "",
        preview,
        savedIn: created.number,
        created: created.slug,
        ok: `${parsed.product.name} staat nu in concept versie ${created.number}. Inwoners krijgen het pas na publiceren.`,
      };
    } else {
      const saved = await saveProductEdit(actor, parsed.product, why);
      revalidatePath("/beheer/catalogus");
      const what = saved.changedFields.length ? `Gewijzigd: ${saved.changedFields.map((f) => FIELD_LABELS[f] ?? f).join(", ")}.` : "Er was niets veranderd.";
      return {
        seq,
        values,
        why: "",
        preview,
        savedIn: saved.number,
        ok: `Opgeslagen in concept versie ${saved.number}. ${what} Inwoners merken dit pas na publiceren.`,
      };
    }
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { seq, values, why, errors: error.fields ?? {}, message: error.message };
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) return { seq, values, why, message: error.message };
    throw error;
  }
  // only reached after completing a submission (redirect throws, so it stays outside the try)
  redirect(`/beheer/catalogus/aanmeldingen/${encodeURIComponent(submissionId)}?klaar=concept&versie=${completedIn}#melding`);
}

export interface ArchiveState {
  message?: string;
  errors?: Record<string, string[]>;
  why?: string;
}

/** "Uit de catalogus halen": the product leaves the draft; publishing makes it final, a rollback brings it back. */
export async function archiveProductAction(_previous: ArchiveState, formData: FormData): Promise<ArchiveState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const slug = String(formData.get("slug") ?? "");
  const why = String(formData.get("why") ?? "").slice(0, 2000);
  let number: number;
  try {
    ({ number } = await archiveProductInDraft(actor, slug, why));
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { why, errors: error.fields ?? {}, message: error.message };
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) return { why, message: error.message };
    throw error;
  }
  revalidatePath("/beheer/catalogus");
  redirect(`/beheer/catalogus?klaar=gearchiveerd&versie=${number}#melding`);
}
