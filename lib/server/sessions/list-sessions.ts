import "server-only";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { activeSessionWhere, sessionScope, usersInScope } from "./session-scope";

export interface ActiveSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** the session of the administrator who is looking */
  isCurrent: boolean;
}

export interface UserWithSessions {
  userId: string;
  name: string;
  role: Role;
  municipalityName: string | null;
  sessions: ActiveSession[];
}

/**
 * The active sign-in sessions, grouped per person: of the people in the administrator's municipality, or of
 * everyone for a platform administrator (optionally one municipality). Newest session first.
 */
export async function listSessions({ actor, municipalityId, now = new Date() }: { actor: Actor | null; municipalityId?: string | null; now?: Date }): Promise<UserWithSessions[]> {
  const scope = sessionScope(actor, municipalityId);
  const rows = await db.session.findMany({
    where: { ...activeSessionWhere(now), user: usersInScope(scope) },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, role: true, municipality: { select: { name: true } } } },
    },
    take: 1000,
  });
  const byUser = new Map<string, UserWithSessions>();
  for (const row of rows) {
    let entry = byUser.get(row.user.id);
    if (!entry) {
      entry = { userId: row.user.id, name: row.user.name, role: row.user.role, municipalityName: row.user.municipality?.name ?? null, sessions: [] };
      byUser.set(row.user.id, entry);
    }
    entry.sessions.push({ id: row.id, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt, isCurrent: row.id === scope.actor.sessionId });
  }
  return [...byUser.values()];
}
