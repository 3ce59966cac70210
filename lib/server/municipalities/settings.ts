import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appError } from "@/lib/errors";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { MunicipalityTextsInput } from "@/lib/schemas/municipality";
import { SETTING_KEYS, defaultsFromEnv, getMunicipalitySettings, readOverrides, type MunicipalitySettings, type SettingKey, type SettingsOverrides } from "@/lib/settings/municipality-settings";

type Client = Prisma.TransactionClient | typeof db;

/** The deployment's defaults (environment). */
export function deploymentDefaults(): MunicipalitySettings {
  return defaultsFromEnv(env());
}

/**
 * The settings that apply to one municipality (its overrides on the environment's defaults). For data access that
 * already scoped its record to that municipality; an unknown id gives the defaults.
 */
export async function loadMunicipalitySettings(municipalityId: string, client: Client = db): Promise<MunicipalitySettings> {
  const row = await client.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } });
  return getMunicipalitySettings(row?.settings ?? {}, deploymentDefaults());
}

/** The same, for data access that knows the municipality by its slug (a resident's assessment). */
export async function loadMunicipalitySettingsBySlug(slug: string, client: Client = db): Promise<MunicipalitySettings> {
  const row = await client.municipality.findUnique({ where: { slug }, select: { settings: true } });
  return getMunicipalitySettings(row?.settings ?? {}, deploymentDefaults());
}

export const TEXT_KEYS = { welkomsttekst: "welcomeText", wmoTelefoon: "wmoDeskPhone", wmoWebsite: "wmoDeskUrl", wmoOpeningstijden: "wmoDeskHours", privacycontact: "privacyContact" } as const;
type TextColumn = (typeof TEXT_KEYS)[keyof typeof TEXT_KEYS];

export interface SettingsView {
  municipality: { id: string; name: string };
  defaults: MunicipalitySettings;
  overrides: SettingsOverrides;
  effective: MunicipalitySettings;
  texts: Record<TextColumn, string>;
}

function municipalityOf(actor: Actor | null, municipalityId?: string | null) {
  const scope = adminScope(actor, "settings:manage", municipalityId);
  if (!scope.municipalityId) throw appError("INVALID", "staff.chooseMunicipalityFirst");
  return { scope, id: scope.municipalityId };
}

export async function getSettingsView({ actor, municipalityId }: { actor: Actor | null; municipalityId?: string | null }): Promise<SettingsView> {
  const { id } = municipalityOf(actor, municipalityId);
  const m = await db.municipality.findUnique({ where: { id }, select: { id: true, name: true, settings: true, welcomeText: true, wmoDeskPhone: true, wmoDeskUrl: true, wmoDeskHours: true, privacyContact: true } });
  if (!m) throw adminNotFound();
  const defaults = deploymentDefaults();
  return {
    municipality: { id: m.id, name: m.name },
    defaults,
    overrides: readOverrides(m.settings),
    effective: getMunicipalitySettings(m.settings, defaults),
    texts: { welcomeText: m.welcomeText, wmoDeskPhone: m.wmoDeskPhone, wmoDeskUrl: m.wmoDeskUrl, wmoDeskHours: m.wmoDeskHours, privacyContact: m.privacyContact },
  };
}

/**
 * Saves the settings form: each number is an override (null: back to the default) and each text replaces the
 * stored one. Every change gets a SettingChange row (who, when, before, after) in the same transaction, plus one
 * audit line naming the keys. Returns the keys that changed.
 */
export async function updateMunicipalitySettings({ actor, municipalityId, numbers, texts, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; numbers: Record<SettingKey, number | null>; texts: MunicipalityTextsInput; now?: Date }): Promise<{ changed: string[] }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Municipality" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw adminNotFound();
    const m = await tx.municipality.findUniqueOrThrow({ where: { id } });
    const before = readOverrides(m.settings);
    const after: SettingsOverrides = {};
    const changes: { key: string; before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }[] = [];
    for (const key of SETTING_KEYS) {
      const value = numbers[key];
      if (value !== null) after[key] = value;
      if ((before[key] ?? null) !== value) changes.push({ key, before: before[key] ?? null, after: value });
    }
    const textData: Partial<Record<TextColumn, string>> = {};
    for (const [field, column] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, TextColumn][]) {
      if (m[column] !== texts[field]) {
        textData[column] = texts[field];
        changes.push({ key: column, before: m[column], after: texts[field] });
      }
    }
    if (changes.length === 0) return { changed: [] };
    // keep stored keys this form does not know (nothing else writes them today, but never drop data silently)
    const stored = m.settings && typeof m.settings === "object" && !Array.isArray(m.settings) ? (m.settings as Record<string, unknown>) : {};
    const kept = Object.fromEntries(Object.entries(stored).filter(([k]) => !(SETTING_KEYS as readonly string[]).includes(k)));
    await tx.municipality.update({ where: { id }, data: { settings: { ...kept, ...after } as Prisma.InputJsonValue, ...textData } });
    await tx.settingChange.createMany({
      data: changes.map((c) => ({ municipalityId: id, actorId: scope.actor.userId, key: c.key, before: c.before ?? undefined, after: c.after ?? undefined, at: now })),
    });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.settings", entityType: "Municipality", entityId: id, municipalityId: id, details: { keys: changes.map((c) => c.key) } }, tx);
    return { changed: changes.map((c) => c.key) };
  });
}

export interface SettingChangeRow {
  id: string;
  key: string;
  before: unknown;
  after: unknown;
  at: Date;
  actorName: string | null;
}

/** The history of the settings of one municipality (optionally one key), newest first. */
export async function listSettingHistory({ actor, municipalityId, key, take = 200 }: { actor: Actor | null; municipalityId?: string | null; key?: string; take?: number }): Promise<SettingChangeRow[]> {
  const { id } = municipalityOf(actor, municipalityId);
  const rows = await db.settingChange.findMany({
    where: { municipalityId: id, ...(key ? { key } : {}) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, key: true, before: true, after: true, at: true, actor: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, key: r.key, before: r.before, after: r.after, at: r.at, actorName: r.actor?.name ?? null }));
}

/** The settings of a lending centre's municipality (resident and desk pages name its periods); unknown centre: defaults. */
export async function loadMunicipalitySettingsForCentre(centreSlug: string): Promise<MunicipalitySettings> {
  const row = await db.lendingCentre.findUnique({ where: { slug: centreSlug }, select: { municipality: { select: { settings: true } } } });
  return getMunicipalitySettings(row?.municipality.settings ?? {}, deploymentDefaults());
}
