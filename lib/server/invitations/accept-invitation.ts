import "server-only";
import { db } from "@/lib/db";
import { appError, type ErrorKey } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { hashInvitationCode } from "@/lib/invitations/code";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const INVITATION_UNUSABLE: ErrorKey = "staff.invitationUnusable";

/**
 * The invited person chooses their password (validated by acceptInvitationSchema): the account is created, or a
 * removed account with the same address is switched on again with the invitation's role. The code works once:
 * usedAt is set in the same transaction, with a condition, so two tabs cannot both use it. The password is hashed
 * like every password (lib/auth/password.ts). No actor: the code itself is the proof.
 */
export async function acceptInvitation({ code, password, now = new Date() }: { code: string; password: string; now?: Date }): Promise<{ email: string }> {
  const tokenHash = hashInvitationCode(code);
  const open = { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } };
  const invitation = await db.invitation.findFirst({ where: open });
  if (!invitation) throw appError("NOT_FOUND", INVITATION_UNUSABLE, { field: "code" });
  const passwordHash = await hashPassword(password);

  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, ...open }, data: { usedAt: now } });
    if (claimed.count !== 1) throw appError("NOT_FOUND", INVITATION_UNUSABLE, { field: "code" });

    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, active: true } });
    if (existing?.active) {
      throw appError("CONFLICT", "staff.emailTakenSignIn", { field: "code" });
    }
    // centres can have closed (or moved) since the invitation: keep only the open ones of the municipality
    const centreIds = invitation.municipalityId && invitation.centreIds.length
      ? (await tx.lendingCentre.findMany({ where: { id: { in: invitation.centreIds }, municipalityId: invitation.municipalityId, closedAt: null }, select: { id: true } })).map((c) => c.id)
      : [];
    const data = { name: invitation.name, role: invitation.role, municipalityId: invitation.municipalityId, passwordHash, active: true };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data })
      : await tx.user.create({ data: { ...data, email: invitation.email } });
    if (existing) {
      await tx.staffCentre.deleteMany({ where: { userId: user.id } });
      await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    }
    if (centreIds.length) await tx.staffCentre.createMany({ data: centreIds.map((centreId) => ({ userId: user.id, centreId })) });
    await recordAuditEvent(
      {
        actor: null,
        action: "invitation.accept",
        entityType: "User",
        entityId: user.id,
        municipalityId: invitation.municipalityId,
        details: { invitationId: invitation.id, role: invitation.role, reactivated: !!existing },
      },
      tx,
    );
    return { email: user.email };
  });
}
