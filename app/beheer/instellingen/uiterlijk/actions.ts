"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { saveLogo, saveTheme } from "@/lib/server/theme/manage-look";
import { LOGO_MAX_BYTES } from "@/lib/server/theme/logo-image";
import { FONT_KEYS, PRESETS, THEME_COLOR_KEYS, themeSchema, type Theme } from "@/lib/theme/theme";
import { parseColor, parseTokenFile, MAX_TOKEN_FILE_BYTES } from "@/lib/theme/tokens";

export interface LookFormState {
  errors?: Record<string, string[]>;
  message?: string;
  ok?: string;
  /** what was typed, given back after an error */
  values?: Record<string, string>;
}

const modeSchema = z.enum(["voorbeeld", "eigen", "tokens", "standaard"]);
const TEXT_FIELDS = [...THEME_COLOR_KEYS, "font", "radiusPx", "voorbeeld", "tokensTekst"] as const;

function fail(message: string, errors: Record<string, string[]>, values: Record<string, string>): LookFormState {
  return { message, errors, values };
}

/** One action for the theme forms: a preset, own colours, an uploaded token file, or back to the default. */
export async function saveThemeAction(municipalityId: string | null, _state: LookFormState, formData: FormData): Promise<LookFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, f === "tokensTekst" ? MAX_TOKEN_FILE_BYTES + 1 : 200)]));
  const mode = modeSchema.safeParse(formData.get("stap"));
  if (!mode.success) return fail("Er ging iets mis met het formulier. Probeer het opnieuw.", {}, values);

  let theme: Theme | null = null;
  if (mode.data === "voorbeeld") {
    const preset = PRESETS.find((p) => p.key === values.voorbeeld);
    if (!preset) return fail("Kies een voorbeeldthema.", { voorbeeld: ["Kies een voorbeeldthema."] }, values);
    theme = preset.theme;
  } else if (mode.data === "eigen") {
    const errors: Record<string, string[]> = {};
    const colors: Partial<Record<(typeof THEME_COLOR_KEYS)[number], string>> = {};
    for (const k of THEME_COLOR_KEYS) {
      const c = parseColor(values[k]);
      if (!c) errors[k] = ["Vul een kleur in als #rrggbb (bijvoorbeeld #0a564f) of rgb(10, 86, 79)."];
      else colors[k] = c;
    }
    if (!(FONT_KEYS as string[]).includes(values.font!)) errors.font = ["Kies een lettertype uit de lijst."];
    const radius = Number(values.radiusPx);
    if (!/^\d{1,2}$/.test(values.radiusPx!) || radius > 24) errors.radiusPx = ["Vul een heel getal in van 0 tot en met 24."];
    if (Object.keys(errors).length) return fail("Het thema is niet opgeslagen. Kijk hieronder wat er nog moet gebeuren.", errors, values);
    const parsed = themeSchema.safeParse({ version: 1, source: "eigen", colors, font: values.font, radiusPx: radius });
    if (!parsed.success) return fail("Het thema klopt niet.", {}, values);
    theme = parsed.data;
  } else if (mode.data === "tokens") {
    const file = formData.get("tokensBestand");
    let text = values.tokensTekst ?? "";
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_TOKEN_FILE_BYTES) return fail("Het bestand is te groot.", { tokensBestand: [`Het bestand is te groot: hoogstens ${MAX_TOKEN_FILE_BYTES / 1024} kB.`] }, values);
      text = await file.text();
    }
    if (!text.trim()) return fail("Kies een bestand met design tokens, of plak de tokens in het tekstvak.", { tokensBestand: ["Kies een JSON-bestand met design tokens."] }, values);
    const result = parseTokenFile(text);
    if (!result.ok) return fail("De design tokens zijn niet opgeslagen.", { tokensBestand: result.errors }, values);
    theme = result.theme;
  }

  try {
    const { changed } = await saveTheme({ actor, municipalityId, theme });
    revalidatePath("/beheer/instellingen/uiterlijk");
    return { ok: changed ? (theme ? "Opgeslagen. Inwoners zien het nieuwe uiterlijk meteen." : "Opgeslagen. Inwoners zien weer het standaard uiterlijk.") : "Er was niets veranderd." };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { message: error.message, errors: error.fields, values };
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: error.message, values };
    throw error;
  }
}

/** Saves the logo (file and/or alt text) or removes it. */
export async function saveLogoAction(municipalityId: string | null, _state: LookFormState, formData: FormData): Promise<LookFormState> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/inloggen");
  const alt = String(formData.get("alt") ?? "").slice(0, 500);
  const values = { alt };
  const remove = formData.get("stap") === "verwijderen";
  const file = formData.get("logo");
  if (file instanceof File && file.size > LOGO_MAX_BYTES) {
    return fail("Het logo is niet opgeslagen.", { logo: [`Het bestand is te groot: hoogstens ${LOGO_MAX_BYTES / 1024 / 1024} MB.`] }, values);
  }
  const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  try {
    const { changed } = await saveLogo({ actor, municipalityId, file: bytes, alt, remove });
    revalidatePath("/beheer/instellingen/uiterlijk");
    return { ok: changed ? (remove ? "Het logo is verwijderd." : "Het logo is opgeslagen.") : "Er was niets veranderd.", values: remove ? { alt: "" } : values };
  } catch (error) {
    if (error instanceof AppError && (error.code === "INVALID" || error.code === "NOT_FOUND")) return { message: error.message, errors: error.fields, values };
    throw error;
  }
}
