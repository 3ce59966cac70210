import type { ProductPreview } from "@/lib/catalogue/preview";
import type { FieldErrors, FormValues } from "@/lib/catalogue/product-form";

/** What the editor's form shows after each submit: the values as typed, errors, the preview and the outcome. */
export interface EditorState {
  /** changes with every submit, so the form is drawn again from `values` */
  seq: number;
  values: FormValues;
  why: string;
  errors?: FieldErrors;
  message?: string;
  ok?: string;
  preview?: ProductPreview | null;
  /** the draft version the edit went into */
  savedIn?: number;
  /** the slug of a product that was added as new */
  created?: string;
}

/** What the editor form is for: changing a product of the catalogue, adding a new one, or completing a supplier's submission. */
export type EditorMode = "edit" | "new" | "submission";
