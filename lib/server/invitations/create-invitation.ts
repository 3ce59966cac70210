import { appUrl } from "@/lib/server/app-url";
import "server-only";
import { db } from "@/lib/db";
import { appError, type ErrorKey } from "@/lib/errors";
import { PLATFORM_ROLES, rolesAssignableBy, type Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { issueInvitation, type IssuedInvitation } from "@/lib/invitations/issue";
import type { InviteInput } from "@/lib/schemas/people";

export const CENTRE_NOT_FOUND: ErrorKey = "staff.centreNotFoundInThisMunicipality";

/**
 * Invites a person (validated input from inviteSchema). A municipality administrator invites consultants, staff and
 * administrators of their own municipality, with that municipality's open centres only; a platform administrator
 * also invites platform administrators and catalogue editors (no municipality) and works in any municipality. Nobody hands out a role above their own.
 * An address that already has an active account is refused. Returns the one-time code ONCE.
 */
export async function createInvitation({ actor, input, now = new Date() }: { actor: Actor | null; input: InviteInput; now?: Date }): Promise<IssuedInvitation & { email: string }> {
  // platform roles (platform administrator, catalogue editor) belong to no municipality
  const platformRole = PLATFORM_ROLES.includes(input.rol);
  const scope = adminScope(actor, "people:manage", platformRole ? null : input.gemeente);
  if (!rolesAssignableBy(scope.actor).includes(input.rol)) {
    throw appError("INVALID", "staff.cannotGiveRole", { fieldMessage: { field: "rol", key: "staff.cannotGiveRoleField" } });
  }
  const municipalityId = platformRole ? null : scope.municipalityId;
  if (!platformRole && !municipalityId) {
    throw appError("INVALID", "staff.chooseMunicipalityForInvite", { fieldMessage: { field: "gemeente", key: "staff.chooseMunicipalityForInviteField" } });
  }

  return db.$transaction(async (tx) => {
    let centreIds: string[] = [];
    if (municipalityId) {
      const municipality = await tx.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } });
      if (!municipality) throw adminNotFound();
    }
    if (input.rol === "CENTRE_STAFF") {
      centreIds = [...new Set(input.uitleenpunten)];
      const found = await tx.lendingCentre.count({ where: { id: { in: centreIds }, municipalityId: municipalityId!, closedAt: null } });
      if (found !== centreIds.length) throw adminNotFound(CENTRE_NOT_FOUND);
    }
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { active: true } });
    if (existing?.active) {
      throw appError("INVALID", "staff.emailTaken", { fieldMessage: { field: "email", key: "staff.emailTakenField" } });
    }
    const issued = await issueInvitation(tx, {
      email: input.email,
      name: input.naam,
      role: input.rol,
      municipalityId,
      centreIds,
      invitedBy: { userId: scope.actor.userId, name: scope.actor.name },
      appUrl: await appUrl(),
      now,
    });
    await recordAuditEvent(
      { actor: scope.actor, action: "invitation.create", entityType: "Invitation", entityId: issued.invitationId, municipalityId, details: { role: input.rol, centreIds } },
      tx,
    );
    return { ...issued, email: input.email };
  });
}
