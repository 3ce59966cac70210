/**
 * The consultant works on a tablet with the resident across the table: bigger text and buttons than elsewhere.
 * Built on the shared class names (components/ui/styles.ts).
 */
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

export const bigButton = `${buttonPrimary} min-h-14 px-6 text-lg`;
export const bigButtonSecondary = `${buttonSecondary} min-h-14 px-6 text-lg`;
export const tableText = "text-lg sm:text-xl";
export const pageHeading = "text-3xl font-bold leading-tight sm:text-4xl";
export const sectionHeading = "text-2xl font-bold";
export const badge = "inline-flex items-center rounded-md px-2.5 py-1 text-base font-semibold";
export const okBox = "rounded-lg border-2 border-good-700 bg-good-50 p-4 text-lg";
export const warnBox = "rounded-lg border-l-4 border-warn-700 bg-warn-50 p-4";
