import "server-only";
/**
 * A municipality's sign-in through its own identity provider (OpenID Connect): the administrators' view and save
 * (settings:manage, scoped to their own municipality: another municipality's configuration reads as not found), and
 * the public list for the sign-in page. The client secret is write-only: stored encrypted, shown as "ingesteld",
 * never returned, logged or written to the history.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { encryptOidcSecret } from "@/lib/auth/oidc-secret";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appError } from "@/lib/errors";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { oidcConfigInputSchema, readRoleMappings, type OidcConfigInput, type RoleMapping } from "@/lib/schemas/oidc";

export interface OidcConfigView {
  municipality: { id: string; name: string; slug: string };
  centres: { id: string; name: string }[];
  config: {
    issuer: string;
    clientId: string;
    secretSet: boolean;
    claimName: string;
    roleMappings: RoleMapping[];
    enabled: boolean;
    passwordSignInDisabled: boolean;
  } | null;
}

function municipalityOf(actor: Actor | null, municipalityId?: string | null) {
  const scope = adminScope(actor, "settings:manage", municipalityId);
  if (!scope.municipalityId) throw appError("INVALID", "staff.chooseMunicipalityFirst");
  return { scope, id: scope.municipalityId };
}

export async function getOidcConfigView({ actor, municipalityId }: { actor: Actor | null; municipalityId?: string | null }): Promise<OidcConfigView> {
  const { id } = municipalityOf(actor, municipalityId);
  const m = await db.municipality.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, oidcConfig: true, centres: { where: { closedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
  if (!m) throw adminNotFound();
  const c = m.oidcConfig;
  return {
    municipality: { id: m.id, name: m.name, slug: m.slug },
    centres: m.centres,
    config: c
      ? { issuer: c.issuer, clientId: c.clientId, secretSet: c.clientSecretEncrypted !== "", claimName: c.claimName, roleMappings: readRoleMappings(c.roleMappings), enabled: c.enabled, passwordSignInDisabled: c.passwordSignInDisabled }
      : null,
  };
}

type Comparable = Omit<OidcConfigInput, "clientSecret">;
const KEYS: (keyof Comparable)[] = ["issuer", "clientId", "claimName", "roleMappings", "enabled", "passwordSignInDisabled"];

/**
 * Saves the form. A new configuration needs a client secret; an empty secret keeps the stored one. Centres in the
 * mappings must be this municipality's own. Every change gets a SettingChange row ("oidc.<key>", before/after; the
 * secret as "ingesteld"/"gewijzigd" only) and one audit line naming the keys, in one transaction.
 */
export async function saveOidcConfig({ actor, municipalityId, input, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; input: unknown; now?: Date }): Promise<{ changed: string[] }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  const parsed = oidcConfigInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "form"] ??= []).push(issue.message);
    throw appError("INVALID", "staff.notAllFilledInSeeFields", { fields });
  }
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Municipality" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw adminNotFound();
    const centreIds = [...new Set(data.roleMappings.flatMap((m) => m.centreIds))];
    if (centreIds.length > 0) {
      const own = await tx.lendingCentre.count({ where: { id: { in: centreIds }, municipalityId: id } });
      if (own !== centreIds.length) throw appError("INVALID", "staff.chooseOwnCentres", { field: "roleMappings" });
    }
    const existing = await tx.oidcConfig.findUnique({ where: { municipalityId: id } });
    const secret = data.clientSecret.trim();
    if (!existing && !secret) throw appError("INVALID", "staff.fillInClientSecret", { field: "clientSecret" });
    const before: Partial<Comparable> = existing
      ? { issuer: existing.issuer, clientId: existing.clientId, claimName: existing.claimName, roleMappings: readRoleMappings(existing.roleMappings), enabled: existing.enabled, passwordSignInDisabled: existing.passwordSignInDisabled }
      : {};
    const changes: { key: string; before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }[] = [];
    for (const key of KEYS) {
      const b = before[key] ?? null;
      const a = data[key];
      if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ key: `oidc.${key}`, before: b as Prisma.InputJsonValue | null, after: a as Prisma.InputJsonValue });
    }
    if (secret) changes.push({ key: "oidc.clientSecret", before: existing ? "ingesteld" : null, after: existing ? "gewijzigd" : "ingesteld" });
    if (changes.length === 0) return { changed: [] };
    const row = {
      issuer: data.issuer,
      clientId: data.clientId,
      claimName: data.claimName,
      roleMappings: data.roleMappings as unknown as Prisma.InputJsonValue,
      enabled: data.enabled,
      passwordSignInDisabled: data.passwordSignInDisabled,
      ...(secret ? { clientSecretEncrypted: encryptOidcSecret(secret, id) } : {}),
    };
    if (existing) await tx.oidcConfig.update({ where: { municipalityId: id }, data: row });
    else await tx.oidcConfig.create({ data: { ...row, municipalityId: id, clientSecretEncrypted: row.clientSecretEncrypted ?? "" } });
    await tx.settingChange.createMany({
      data: changes.map((c) => ({ municipalityId: id, actorId: scope.actor.userId, key: c.key, before: c.before ?? undefined, after: c.after ?? undefined, at: now })),
    });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.oidc_settings", entityType: "Municipality", entityId: id, municipalityId: id, details: { keys: changes.map((c) => c.key) } }, tx);
    return { changed: changes.map((c) => c.key) };
  });
}

/** For the sign-in page: the active municipalities whose sign-in through their own identity provider is switched on. No secrets. */
export async function listOidcMunicipalities(): Promise<{ slug: string; name: string }[]> {
  return db.municipality.findMany({
    where: { status: "active", oidcConfig: { is: { enabled: true } } },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
}
