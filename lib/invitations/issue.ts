/**
 * Issues one invitation inside the caller's transaction: stores only the hash of a fresh one-time code, puts an
 * invitation message in the outbox (with the link to /uitnodiging, never the code: the inviter passes the code on,
 * so a read outbox alone cannot take over an account) and returns the code once.
 * No "server-only" and no authorization here: callers are data access that already authorized the actor
 * (lib/server/invitations, lib/server/municipalities) and the command line (scripts/create-admin.ts).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { INVITATION_DAYS, hashInvitationCode, invitationLink, newInvitationCode } from "./code";

type Tx = Prisma.TransactionClient;

export interface IssueInvitationInput {
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  centreIds: string[];
  invitedBy: { userId: string; name: string } | null;
  appUrl: string;
  now?: Date;
}

export interface IssuedInvitation {
  invitationId: string;
  /** the one-time code, shown once; only its hash is stored */
  code: string;
  link: string;
  expiresAt: Date;
}

export const ROLE_NAMES: Record<Role, string> = {
  CONSULTANT: "Wmo-consulent",
  CENTRE_STAFF: "medewerker van een uitleenpunt",
  MUNICIPALITY_ADMIN: "beheerder van de gemeente",
  PLATFORM_ADMIN: "platformbeheerder",
  CATALOGUE_EDITOR: "redacteur van de catalogus",
};

export async function issueInvitation(tx: Tx, input: IssueInvitationInput): Promise<IssuedInvitation> {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  // an earlier open invitation for the same address in the same place stops working: only the newest code counts
  await tx.invitation.updateMany({
    where: { email: input.email, municipalityId: input.municipalityId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const code = newInvitationCode();
  const invitation = await tx.invitation.create({
    data: {
      tokenHash: hashInvitationCode(code),
      email: input.email,
      name: input.name,
      role: input.role,
      municipalityId: input.municipalityId,
      centreIds: input.role === "CENTRE_STAFF" ? input.centreIds : [],
      invitedById: input.invitedBy?.userId ?? null,
      expiresAt,
    },
  });
  const base = input.appUrl.replace(/\/$/, "");
  const from = input.invitedBy ? input.invitedBy.name : "de beheerder van Thuis Technologie Verkenner";
  await tx.outboxMessage.createMany({
    data: [
      {
        dedupeKey: `invitation:${invitation.id}`,
        centreId: null,
        kind: "invitation",
        toAddress: input.email,
        channel: "email",
        subject: "Uitnodiging voor Thuis Technologie Verkenner",
        body: [
          `Beste ${input.name},`,
          "",
          `U bent uitgenodigd als ${ROLE_NAMES[input.role]} in Thuis Technologie Verkenner.`,
          `Ga naar ${base}/uitnodiging en vul daar de code in die u van ${from} krijgt. Daarna kiest u zelf uw wachtwoord.`,
          `De uitnodiging werkt tot ${expiresAt.toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam", day: "numeric", month: "long", year: "numeric" })}.`,
          "",
          "Verwacht u deze uitnodiging niet? Dan kunt u dit bericht weggooien.",
        ].join("\n"),
      },
    ],
    skipDuplicates: true,
  });
  return { invitationId: invitation.id, code, link: invitationLink(base, code), expiresAt };
}
