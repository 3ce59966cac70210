import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { USER_NOT_FOUND, activeSessionWhere, sessionScope, usersInScope } from "./session-scope";

/**
 * Ends every active session of one person ("Alle sessies van deze gebruiker beëindigen"), in one transaction with
 * one audit line "session.revoke_all" holding the count. A person of another municipality is NOT_FOUND.
 */
export async function revokeUserSessions({ actor, userId, now = new Date() }: { actor: Actor | null; userId: string; now?: Date }): Promise<{ userId: string; count: number }> {
  const scope = sessionScope(actor);
  if (!userId || userId.length > 64) throw adminNotFound(USER_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, ...usersInScope(scope) }, select: { id: true, role: true, municipalityId: true } });
    if (!user) throw adminNotFound(USER_NOT_FOUND);
    assertAdministers(scope, user.municipalityId, USER_NOT_FOUND);

    const updated = await tx.session.updateMany({ where: { userId: user.id, ...activeSessionWhere(now) }, data: { revokedAt: now } });
    await recordAuditEvent(
      {
        actor: scope.actor,
        action: "session.revoke_all",
        entityType: "User",
        entityId: user.id,
        municipalityId: user.municipalityId,
        details: { role: user.role, counts: { sessions: updated.count } },
      },
      tx,
    );
    return { userId: user.id, count: updated.count };
  });
}
