import "server-only";
import { db } from "@/lib/db";
import { appError, type ErrorKey } from "@/lib/errors";
import { rolesAssignableBy, type Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const PERSON_NOT_FOUND: ErrorKey = "staff.personNotFound";
export const LAST_ADMIN: ErrorKey = "staff.lastAdmin";

/**
 * Removes a person's access: the account is switched off (kept for the history of what they did) and every active
 * session ends at once. Another municipality's person reads as not found. Nobody removes a role they could not
 * hand out, and the last administrator cannot remove themself.
 */
export async function removePerson({ actor, userId, now = new Date() }: { actor: Actor | null; userId: string; now?: Date }): Promise<{ userId: string; sessionsEnded: number }> {
  const scope = adminScope(actor, "people:manage");
  if (!userId || userId.length > 64) throw adminNotFound(PERSON_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, active: true, ...(scope.municipalityId ? { municipalityId: scope.municipalityId } : {}) },
      select: { id: true, role: true, municipalityId: true },
    });
    if (!user) throw adminNotFound(PERSON_NOT_FOUND);
    if (user.municipalityId) assertAdministers(scope, user.municipalityId, PERSON_NOT_FOUND);
    if (!rolesAssignableBy(scope.actor).includes(user.role)) throw adminNotFound(PERSON_NOT_FOUND);

    if (user.id === scope.actor.userId && (user.role === "MUNICIPALITY_ADMIN" || user.role === "PLATFORM_ADMIN")) {
      // lock the administrators of the same place, so two last admins cannot remove each other at the same moment
      const others = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "User"
         WHERE "active" = true AND "awaitingRights" = false AND "role" = ${user.role}::"Role" AND "id" <> ${user.id}
           AND "municipalityId" IS NOT DISTINCT FROM ${user.municipalityId}
         FOR UPDATE`;
      if (others.length === 0) throw appError("CONFLICT", LAST_ADMIN);
    }

    await tx.user.update({ where: { id: user.id }, data: { active: false } });
    const ended = await tx.session.updateMany({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
    await recordAuditEvent(
      { actor: scope.actor, action: "user.remove", entityType: "User", entityId: user.id, municipalityId: user.municipalityId, details: { role: user.role, counts: { sessions: ended.count } } },
      tx,
    );
    return { userId: user.id, sessionsEnded: ended.count };
  });
}
