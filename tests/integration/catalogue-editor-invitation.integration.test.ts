/**
 * Issue 9: the platform administrator invites a catalogue editor (a platform role without a municipality); a
 * municipality administrator cannot, whatever municipality the form names. The accepted invitation gives an account
 * that edits the catalogue and nothing else.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { inviteSchema } from "@/lib/schemas/people";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { removePerson } from "@/lib/server/people/remove-person";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let admin: Actor;
let platform: Actor;

beforeAll(async () => {
  db = await resetWithDemoData();
  admin = await actorFor("beheer@denhaag.demo");
  platform = await actorFor("platform@ttv.demo");
});

describe("inviting a catalogue editor", () => {
  it("is refused to a municipality administrator, with nothing stored", async () => {
    const before = await db.invitation.count();
    for (const gemeente of [undefined, admin.municipalityId!]) {
      const error = await expectAppError(createInvitation({ actor: admin, input: inviteSchema.parse({ naam: "Redacteur", email: "redactie@gemeente.test", rol: "CATALOGUE_EDITOR", gemeente }) }), "INVALID");
      expect(error.fields?.rol?.[0]).toContain("U kunt alleen rollen geven die u zelf ook mag geven");
    }
    expect(await db.invitation.count()).toBe(before);
  });

  it("works for the platform administrator, without a municipality even when one is chosen, and gives only catalogue rights", async () => {
    const denHaag = await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } });
    const issued = await createInvitation({ actor: platform, input: inviteSchema.parse({ naam: "Nieuwe Redacteur", email: "redactie@ttv.test", rol: "CATALOGUE_EDITOR", gemeente: denHaag.id }) });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: issued.invitationId } })).toMatchObject({ role: "CATALOGUE_EDITOR", municipalityId: null, invitedById: platform.userId });
    expect(await db.auditEvent.count({ where: { action: "invitation.create", entityId: issued.invitationId, details: { path: ["role"], equals: "CATALOGUE_EDITOR" } } })).toBe(1);
    await acceptInvitation({ code: issued.code, password: "een lang genoeg wachtwoord" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "redactie@ttv.test" } });
    expect(user).toMatchObject({ role: "CATALOGUE_EDITOR", municipalityId: null });
    expect(can(user, "catalogue:manage")).toBe(true);
    expect(can(user, "people:manage")).toBe(false);
    // a municipality administrator cannot remove them either (reads as not found); the platform administrator can
    await expectAppError(removePerson({ actor: admin, userId: user.id }), "NOT_FOUND");
    await removePerson({ actor: platform, userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
  });
});
