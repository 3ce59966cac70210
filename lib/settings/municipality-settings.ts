/**
 * Per-municipality settings: the deployment's environment gives the defaults (lib/env.ts), a municipality may
 * override each one (Municipality.settings, JSON). Pure: the zod schema, the labels, and the merge
 * (getMunicipalitySettings). Unit-tested beside this file.
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";

export const SETTING_KEYS = ["retentionDays", "reservationHoldHours", "waitlistOfferHours", "cleaningDays", "maxExtensions", "followUpDays"] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export type MunicipalitySettings = Record<SettingKey, number>;

export interface SettingInfo {
  label: string;
  hint: string;
  unit: string;
  min: number;
  max: number;
}

/** Dutch labels, units and limits (the limits are the same as lib/env.ts allows for the defaults). */
export const SETTING_INFO: Record<SettingKey, SettingInfo> = {
  retentionDays: { label: "Bewaartermijn", unit: "dagen", min: 1, max: 3650, hint: "Na hoeveel dagen zonder contact wij antwoorden, gesprekken zonder aanvraag en afgeronde reserveringen wissen." },
  reservationHoldHours: { label: "Reservering vasthouden", unit: "uur", min: 1, max: 336, hint: "Hoe lang een hulpmiddel na de ophaaldag nog klaarligt voordat de reservering vervalt." },
  waitlistOfferHours: { label: "Bedenktijd wachtlijst", unit: "uur", min: 1, max: 336, hint: "Hoe lang iemand van de wachtlijst heeft om ja te zeggen als er een hulpmiddel vrijkomt." },
  cleaningDays: { label: "Schoonmaken", unit: "dagen", min: 0, max: 30, hint: "Hoeveel dagen een teruggebracht hulpmiddel wordt schoongemaakt voordat het weer uit kan." },
  maxExtensions: { label: "Verlengen", unit: "keer", min: 0, max: 10, hint: "Hoe vaak een inwoner een lening hoogstens mag verlengen (nooit vaker dan het hulpmiddel zelf toestaat)." },
  followUpDays: { label: "Nazorg", unit: "dagen", min: 1, max: 365, hint: "Na hoeveel dagen de consulent nog eens belt als een gesprek in nazorg gaat en er geen datum is gekozen." },
};

/** The stored overrides: every key optional, each a whole number within its limits. */
export const settingsOverridesSchema = z.object(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, z.number().int().min(SETTING_INFO[k].min).max(SETTING_INFO[k].max).optional()])) as Record<SettingKey, z.ZodOptional<z.ZodNumber>>,
);
export type SettingsOverrides = Partial<MunicipalitySettings>;

/** The deployment's defaults from the (already validated) environment. */
export function defaultsFromEnv(env: { RETENTION_DAYS: number; RESERVATION_HOLD_HOURS: number; WAITLIST_OFFER_HOURS: number; CLEANING_DAYS: number; MAX_EXTENSIONS: number; FOLLOW_UP_DAYS: number }): MunicipalitySettings {
  return {
    retentionDays: env.RETENTION_DAYS,
    reservationHoldHours: env.RESERVATION_HOLD_HOURS,
    waitlistOfferHours: env.WAITLIST_OFFER_HOURS,
    cleaningDays: env.CLEANING_DAYS,
    maxExtensions: env.MAX_EXTENSIONS,
    followUpDays: env.FOLLOW_UP_DAYS,
  };
}

/** Only the valid overrides of what is stored (a wrong or unknown value falls back to the default, never breaks). */
export function readOverrides(stored: unknown): SettingsOverrides {
  const out: SettingsOverrides = {};
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return out;
  for (const key of SETTING_KEYS) {
    const parsed = settingsOverridesSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
}

/** The settings that apply to a municipality: its valid overrides on top of the deployment's defaults. */
export function getMunicipalitySettings(stored: unknown, defaults: MunicipalitySettings): MunicipalitySettings {
  return { ...defaults, ...readOverrides(stored) };
}

/**
 * The settings form: one field per setting; empty means "use the default". Dutch message per field.
 */
export const settingsFormSchema = z.object(
  Object.fromEntries(
    SETTING_KEYS.map((k) => {
      const info = SETTING_INFO[k];
      const message = `Vul een heel getal in van ${info.min} tot en met ${info.max}, of laat het leeg voor de standaard.`;
      return [
        k,
        z
          .string()
          .trim()
          .max(10, { error: message })
          .transform((v, ctx) => {
            if (v === "") return null;
            const n = Number(v);
            if (!/^\d+$/.test(v) || n < info.min || n > info.max) {
              ctx.addIssue({ code: "custom", message });
              return z.NEVER;
            }
            return n;
          }),
      ];
    }),
  ) as unknown as Record<SettingKey, z.ZodType<number | null, string>>,
);
