import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { SESSION_NOT_FOUND, activeSessionWhere, sessionScope, usersInScope } from "./session-scope";

/**
 * Ends one active session at once: sets revokedAt, so lib/auth/session.ts no longer accepts it and the person is
 * signed out on their next request. Audited ("session.revoke"). A session of another municipality's user, or one
 * that already ended, is NOT_FOUND.
 */
export async function revokeSession({ actor, sessionId, now = new Date() }: { actor: Actor | null; sessionId: string; now?: Date }): Promise<{ sessionId: string; userId: string }> {
  const scope = sessionScope(actor);
  if (!sessionId || sessionId.length > 64) throw adminNotFound(SESSION_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: sessionId, ...activeSessionWhere(now), user: usersInScope(scope) },
      select: { id: true, userId: true, user: { select: { role: true, municipalityId: true } } },
    });
    if (!session) throw adminNotFound(SESSION_NOT_FOUND);
    assertAdministers(scope, session.user.municipalityId, SESSION_NOT_FOUND);

    // the condition on revokedAt makes a second click (or a second administrator) a no-op instead of a new date
    const updated = await tx.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) throw adminNotFound(SESSION_NOT_FOUND);
    await recordAuditEvent(
      {
        actor: scope.actor,
        action: "session.revoke",
        entityType: "Session",
        entityId: session.id,
        municipalityId: session.user.municipalityId,
        details: { userId: session.userId, role: session.user.role },
      },
      tx,
    );
    return { sessionId: session.id, userId: session.userId };
  });
}
