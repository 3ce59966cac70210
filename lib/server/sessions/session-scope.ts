import "server-only";
import type { ErrorKey } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminScope, type AdminScope } from "@/lib/server/admin/admin-scope";

export const SESSION_NOT_FOUND: ErrorKey = "staff.sessionNotFound";
export const USER_NOT_FOUND: ErrorKey = "staff.userNotFound";

/** Sessions this administrator may see and end: of the people of their municipality, or of everyone (platform). */
export function sessionScope(actor: Actor | null | undefined, municipalityId?: string | null): AdminScope {
  return adminScope(actor, "session:revoke", municipalityId);
}

/** The users whose sessions are in scope, as a Prisma filter. */
export function usersInScope(scope: AdminScope): Prisma.UserWhereInput {
  return scope.municipalityId ? { municipalityId: scope.municipalityId } : {};
}

/** A session counts as active while it is not revoked, not expired and not idle: the same test lib/auth/session.ts makes. */
export function activeSessionWhere(now: Date): Prisma.SessionWhereInput {
  return { revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - env().SESSION_IDLE_MINUTES * 60_000) } };
}
