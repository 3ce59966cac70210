/**
 * The first platform administrator of a fresh database, from the command line (scripts/create-admin.ts): whoever
 * runs it already holds the database, so there is no actor. Refuses an address that has an active account.
 * Never a default password: the person chooses one at /uitnodiging with the code printed once.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { issueInvitation, type IssuedInvitation } from "./issue";

export class CreateAdminError extends Error {}

export async function createPlatformAdminInvitation(client: PrismaClient, input: { email: string; name: string; appUrl: string; now?: Date }): Promise<IssuedInvitation> {
  return client.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { active: true } });
    if (existing?.active) throw new CreateAdminError(`Er is al een actief account met het e-mailadres ${input.email}.`);
    const issued = await issueInvitation(tx, { email: input.email, name: input.name, role: "PLATFORM_ADMIN", municipalityId: null, centreIds: [], invitedBy: null, appUrl: input.appUrl, now: input.now });
    await tx.auditEvent.create({
      data: { actorId: null, action: "invitation.create", entityType: "Invitation", entityId: issued.invitationId, municipalityId: null, details: { role: "PLATFORM_ADMIN", via: "command line" } },
    });
    return issued;
  });
}
