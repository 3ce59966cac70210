import "server-only";
import type { ErrorKey } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const INVITATION_NOT_FOUND: ErrorKey = "staff.invitationNotFound";

/** Withdraws an open invitation: its code stops working. Another municipality's invitation reads as not found. */
export async function revokeInvitation({ actor, invitationId, now = new Date() }: { actor: Actor | null; invitationId: string; now?: Date }): Promise<{ invitationId: string }> {
  const scope = adminScope(actor, "people:manage");
  if (!invitationId || invitationId.length > 64) throw adminNotFound(INVITATION_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const where = { id: invitationId, usedAt: null, revokedAt: null, ...(scope.municipalityId ? { municipalityId: scope.municipalityId } : {}) };
    const invitation = await tx.invitation.findFirst({ where, select: { id: true, role: true, municipalityId: true } });
    // a municipality administrator never sees platform invitations (no municipality): the filter above already says so
    if (!invitation) throw adminNotFound(INVITATION_NOT_FOUND);
    const updated = await tx.invitation.updateMany({ where, data: { revokedAt: now } });
    if (updated.count !== 1) throw adminNotFound(INVITATION_NOT_FOUND);
    await recordAuditEvent({ actor: scope.actor, action: "invitation.revoke", entityType: "Invitation", entityId: invitation.id, municipalityId: invitation.municipalityId, details: { role: invitation.role } }, tx);
    return { invitationId: invitation.id };
  });
}
