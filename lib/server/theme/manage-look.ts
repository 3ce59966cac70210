import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { appError } from "@/lib/errors";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { checkContrast, contrastFailureText, readTheme, themeSchema, type Theme } from "@/lib/theme/theme";
import { processLogo } from "./logo-image";

/**
 * A municipality's look, managed by its administrator (or a platform administrator): the theme (one JSON value,
 * Municipality.theme) and the logo (MunicipalityLogo). Every change is a SettingChange row (keys "theme" and "logo":
 * who, when, before, after) plus an audit line, in one transaction. Another municipality reads as not found.
 */

export const LOGO_ALT_MAX = 150;

function municipalityOf(actor: Actor | null, municipalityId?: string | null) {
  const scope = adminScope(actor, "settings:manage", municipalityId);
  if (!scope.municipalityId) throw appError("INVALID", "staff.chooseMunicipalityFirst");
  return { scope, id: scope.municipalityId };
}

export interface LookView {
  municipality: { id: string; name: string; slug: string };
  /** null: the default look */
  theme: Theme | null;
  logo: { alt: string; width: number; height: number; sha256: string; src: string } | null;
}

export async function getLookView({ actor, municipalityId }: { actor: Actor | null; municipalityId?: string | null }): Promise<LookView> {
  const { id } = municipalityOf(actor, municipalityId);
  const m = await db.municipality.findUnique({ where: { id }, select: { id: true, name: true, slug: true, theme: true, logo: { select: { alt: true, width: true, height: true, sha256: true } } } });
  if (!m) throw adminNotFound();
  return {
    municipality: { id: m.id, name: m.name, slug: m.slug },
    theme: m.theme === null ? null : readTheme(m.theme),
    logo: m.logo ? { ...m.logo, src: logoSrc(m.slug, m.logo.sha256) } : null,
  };
}

/** The logo's public address; the hash makes every new logo a new address, so it may be cached for a year. */
export function logoSrc(slug: string, sha256: string): string {
  return `/${slug}/logo?v=${sha256.slice(0, 16)}`;
}

async function lock(tx: Prisma.TransactionClient, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Municipality" WHERE "id" = ${id} FOR UPDATE`;
  if (locked.length === 0) throw adminNotFound();
}

/**
 * Saves a theme (null: back to the default look). Refused with INVALID when it is not a valid theme or when a pair
 * of colours fails WCAG AA; `fields.contrast` then lists every failing pair in Dutch with its ratio.
 */
export async function saveTheme({ actor, municipalityId, theme, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; theme: unknown; now?: Date }): Promise<{ changed: boolean }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  let next: Theme | null = null;
  if (theme !== null) {
    const parsed = themeSchema.safeParse(theme);
    if (!parsed.success) throw appError("INVALID", "staff.themeInvalid", { field: "theme" });
    const failing = checkContrast(parsed.data).filter((c) => !c.ok);
    if (failing.length) throw appError("INVALID", "staff.themeLowContrast", { fields: { contrast: failing.map(contrastFailureText) } });
    next = parsed.data;
  }
  return db.$transaction(async (tx) => {
    await lock(tx, id);
    const m = await tx.municipality.findUniqueOrThrow({ where: { id }, select: { theme: true } });
    const before = m.theme === null ? null : readTheme(m.theme);
    if (JSON.stringify(before) === JSON.stringify(next)) return { changed: false };
    await tx.municipality.update({ where: { id }, data: { theme: next === null ? Prisma.DbNull : (next as Prisma.InputJsonValue) } });
    await tx.settingChange.create({ data: { municipalityId: id, actorId: scope.actor.userId, key: "theme", before: (before ?? undefined) as Prisma.InputJsonValue | undefined, after: (next ?? undefined) as Prisma.InputJsonValue | undefined, at: now } });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.theme", entityType: "Municipality", entityId: id, municipalityId: id, details: { source: next?.source ?? "standaard" } }, tx);
    return { changed: true };
  });
}

const logoSummary = (l: { alt: string; width: number; height: number; sha256: string } | null) => (l ? { alt: l.alt, width: l.width, height: l.height, sha256: l.sha256 } : null);

/**
 * Sets the logo (a new file, a new alt text, or both) or removes it (remove: true). The alt text is required:
 * without it a screen-reader user would not know whose logo it is.
 */
export async function saveLogo({ actor, municipalityId, file, alt, remove = false, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; file?: Uint8Array | null; alt?: string; remove?: boolean; now?: Date }): Promise<{ changed: boolean }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  const altText = (alt ?? "").trim();
  if (!remove) {
    if (altText.length < 2) throw appError("INVALID", "staff.logoAltMissing", { fieldMessage: { field: "alt", key: "staff.logoAltMissingField" } });
    if (altText.length > LOGO_ALT_MAX) throw appError("INVALID", "staff.logoAltTooLong", { fieldMessage: { field: "alt", key: "staff.useAtMostChars", params: { max: LOGO_ALT_MAX } } });
  }
  const processed = !remove && file && file.byteLength > 0 ? await processLogo(file) : null;
  return db.$transaction(async (tx) => {
    await lock(tx, id);
    const current = await tx.municipalityLogo.findUnique({ where: { municipalityId: id }, select: { alt: true, width: true, height: true, sha256: true } });
    let after: ReturnType<typeof logoSummary>;
    if (remove) {
      if (!current) return { changed: false };
      await tx.municipalityLogo.delete({ where: { municipalityId: id } });
      after = null;
    } else if (processed) {
      const data = { mimeType: processed.mimeType, data: new Uint8Array(processed.data), width: processed.width, height: processed.height, sha256: processed.sha256, alt: altText };
      await tx.municipalityLogo.upsert({ where: { municipalityId: id }, create: { municipalityId: id, ...data }, update: data });
      after = logoSummary({ ...processed, alt: altText });
    } else {
      if (!current) throw appError("INVALID", "staff.chooseLogoFile", { field: "logo" });
      if (current.alt === altText) return { changed: false };
      await tx.municipalityLogo.update({ where: { municipalityId: id }, data: { alt: altText } });
      after = logoSummary({ ...current, alt: altText });
    }
    const before = logoSummary(current);
    if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false };
    await tx.settingChange.create({ data: { municipalityId: id, actorId: scope.actor.userId, key: "logo", before: before ?? undefined, after: after ?? undefined, at: now } });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.logo", entityType: "Municipality", entityId: id, municipalityId: id, details: { removed: remove, newFile: Boolean(processed) } }, tx);
    return { changed: true };
  });
}
