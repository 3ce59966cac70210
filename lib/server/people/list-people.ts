import "server-only";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { adminScope } from "@/lib/server/admin/admin-scope";

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  municipalityName: string | null;
  municipalityId: string | null;
  centres: string[];
  lastSignInAt: Date | null;
  activeSessions: number;
  isSelf: boolean;
  /** made at a sign-in through the municipality's identity provider without a mapped role: no rights yet */
  awaitingRights: boolean;
}

export interface OpenInvitationRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  municipalityName: string | null;
  expiresAt: Date;
}

/**
 * The active accounts and open invitations an administrator manages: of their own municipality, or (platform) of
 * one municipality, or everyone. Newest sign-in first is not useful for finding people: sorted by name.
 */
export async function listPeople({ actor, municipalityId, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; now?: Date }): Promise<{ people: PersonRow[]; invitations: OpenInvitationRow[] }> {
  const scope = adminScope(actor, "people:manage", municipalityId);
  const inScope = scope.municipalityId ? { municipalityId: scope.municipalityId } : {};
  const [users, invitations] = await Promise.all([
    db.user.findMany({
      where: { ...inScope, active: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        lastSignInAt: true,
        awaitingRights: true,
        municipalityId: true,
        municipality: { select: { name: true } },
        centres: { select: { centre: { select: { name: true } } } },
        _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: now } } } } },
      },
    }),
    db.invitation.findMany({
      where: { ...inScope, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, name: true, email: true, role: true, expiresAt: true, municipality: { select: { name: true } } },
    }),
  ]);
  return {
    people: users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      municipalityName: u.municipality?.name ?? null,
      municipalityId: u.municipalityId,
      centres: u.centres.map((c) => c.centre.name).sort(),
      lastSignInAt: u.lastSignInAt,
      activeSessions: u._count.sessions,
      isSelf: u.id === scope.actor.userId,
      awaitingRights: u.awaitingRights,
    })),
    invitations: invitations.map((i) => ({ id: i.id, name: i.name, email: i.email, role: i.role, municipalityName: i.municipality?.name ?? null, expiresAt: i.expiresAt })),
  };
}
