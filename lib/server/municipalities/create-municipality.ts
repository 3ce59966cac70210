import { appUrl } from "@/lib/server/app-url";
import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { issueInvitation } from "@/lib/invitations/issue";
import type { CreateMunicipalityInput } from "@/lib/schemas/municipality";

/**
 * Onboards a municipality (platform administrators only): name, slug, served postcode areas, Wmo desk, and an
 * invitation for its first administrator, all in one transaction. Returns the one-time code ONCE.
 */
export async function createMunicipality({ actor, input, now = new Date() }: { actor: Actor | null; input: CreateMunicipalityInput; now?: Date }) {
  const scope = adminScope(actor, "municipality:manage");
  if (scope.actor.role !== "PLATFORM_ADMIN") throw adminNotFound();
  return db.$transaction(async (tx) => {
    if (await tx.municipality.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw appError("INVALID", "staff.slugTaken", { fieldMessage: { field: "slug", key: "staff.slugTakenField" } });
    }
    const existing = await tx.user.findUnique({ where: { email: input.beheerderEmail }, select: { active: true } });
    if (existing?.active) {
      throw appError("INVALID", "staff.emailTaken", { fieldMessage: { field: "beheerderEmail", key: "staff.emailTakenField" } });
    }
    const municipality = await tx.municipality.create({
      data: {
        name: input.naam,
        slug: input.slug,
        postcodeAreas: input.postcodegebieden,
        wmoDeskPhone: input.wmoTelefoon,
        wmoDeskUrl: input.wmoWebsite,
        wmoDeskHours: input.wmoOpeningstijden,
      },
    });
    const issued = await issueInvitation(tx, {
      email: input.beheerderEmail,
      name: input.beheerderNaam,
      role: "MUNICIPALITY_ADMIN",
      municipalityId: municipality.id,
      centreIds: [],
      invitedBy: { userId: scope.actor.userId, name: scope.actor.name },
      appUrl: await appUrl(),
      now,
    });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.create", entityType: "Municipality", entityId: municipality.id, municipalityId: municipality.id, details: { slug: municipality.slug } }, tx);
    await recordAuditEvent({ actor: scope.actor, action: "invitation.create", entityType: "Invitation", entityId: issued.invitationId, municipalityId: municipality.id, details: { role: "MUNICIPALITY_ADMIN" } }, tx);
    return { municipalityId: municipality.id, name: municipality.name, ...issued, email: input.beheerderEmail };
  });
}
