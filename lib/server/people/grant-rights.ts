import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { rolesAssignableBy, type Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { CENTRE_NOT_FOUND } from "@/lib/server/invitations/create-invitation";
import type { GrantRightsInput } from "@/lib/schemas/people";
import { PERSON_NOT_FOUND } from "./remove-person";

/**
 * Gives a role by hand to an account made at a first sign-in through the municipality's identity provider that got
 * no rights (no mapped group). Only such accounts, only of the administrator's own municipality (another one reads
 * as not found), only roles the administrator may hand out, and for centre staff only the municipality's open
 * centres. The role holds at later sign-ins while no group is mapped (User.rightsGivenByHand); the person can work
 * at their next sign-in (their earlier attempt left no session). Audited with the role and centres.
 */
export async function grantRights({ actor, input }: { actor: Actor | null; input: GrantRightsInput }): Promise<{ userId: string }> {
  const scope = adminScope(actor, "people:manage");
  if (!rolesAssignableBy(scope.actor).includes(input.rol)) {
    throw appError("INVALID", "staff.cannotGiveRole", { fieldMessage: { field: "rol", key: "staff.cannotGiveRoleField" } });
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.gebruiker, active: true, awaitingRights: true, municipalityId: scope.municipalityId ?? { not: null } },
      select: { id: true, municipalityId: true },
    });
    if (!user || !user.municipalityId) throw adminNotFound(PERSON_NOT_FOUND);
    assertAdministers(scope, user.municipalityId, PERSON_NOT_FOUND);
    if (input.uitleenpunten.length) {
      const own = await tx.lendingCentre.count({ where: { id: { in: input.uitleenpunten }, municipalityId: user.municipalityId, closedAt: null } });
      if (own !== input.uitleenpunten.length) throw adminNotFound(CENTRE_NOT_FOUND);
    }
    // conditional: two administrators at the same moment give rights once
    const updated = await tx.user.updateMany({ where: { id: user.id, awaitingRights: true }, data: { role: input.rol, awaitingRights: false, rightsGivenByHand: true } });
    if (updated.count !== 1) throw adminNotFound(PERSON_NOT_FOUND);
    await tx.staffCentre.deleteMany({ where: { userId: user.id } });
    if (input.uitleenpunten.length) await tx.staffCentre.createMany({ data: input.uitleenpunten.map((centreId) => ({ userId: user.id, centreId })) });
    await recordAuditEvent({ actor: scope.actor, action: "user.grant_rights", entityType: "User", entityId: user.id, municipalityId: user.municipalityId, details: { role: input.rol, centreIds: input.uitleenpunten } }, tx);
    return { userId: user.id };
  });
}
