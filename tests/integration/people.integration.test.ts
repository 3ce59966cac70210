import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { inviteSchema } from "@/lib/schemas/people";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { listPeople } from "@/lib/server/people/list-people";
import { removePerson } from "@/lib/server/people/remove-person";
import { revokeInvitation } from "@/lib/server/people/revoke-invitation";
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

describe("listPeople", () => {
  it("shows a municipality administrator only their own municipality's accounts and invitations, with the last sign-in", async () => {
    await db.user.update({ where: { email: "consulent@denhaag.demo" }, data: { lastSignInAt: new Date("2026-12-01T09:00:00Z") } });
    await createInvitation({ actor: platform, input: inviteSchema.parse({ naam: "R", email: "r@rijswijk.example", rol: "CONSULTANT", gemeente: (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id }) });
    const { people, invitations } = await listPeople({ actor: admin });
    const emails = people.map((p) => p.email);
    expect(emails).toContain("consulent@denhaag.demo");
    expect(emails).not.toContain("consulent@rijswijk.demo");
    expect(emails).not.toContain("platform@ttv.demo");
    expect(people.find((p) => p.email === "consulent@denhaag.demo")?.lastSignInAt?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(people.find((p) => p.email === "beheer@denhaag.demo")?.isSelf).toBe(true);
    expect(invitations.map((i) => i.email)).not.toContain("r@rijswijk.example");
    // asking for another municipality reads as not found
    const rijswijk = await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } });
    await expectAppError(listPeople({ actor: admin, municipalityId: rijswijk.id }), "NOT_FOUND");
  });
});

describe("removePerson", () => {
  it("switches the account off and ends its sessions at once", async () => {
    const staff = await actorFor("medewerker@centrum.demo");
    const result = await removePerson({ actor: admin, userId: staff.userId });
    expect(result.sessionsEnded).toBeGreaterThanOrEqual(1);
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.userId } });
    expect(user.active).toBe(false);
    expect(await db.session.count({ where: { userId: staff.userId, revokedAt: null } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "user.remove", entityId: staff.userId } })).toBe(1);
  });

  it("reads another municipality's person (and a platform administrator) as not found and changes nothing", async () => {
    const rw = await actorFor("consulent@rijswijk.demo");
    await expectAppError(removePerson({ actor: admin, userId: rw.userId }), "NOT_FOUND");
    await expectAppError(removePerson({ actor: admin, userId: platform.userId }), "NOT_FOUND");
    expect((await db.user.findUniqueOrThrow({ where: { id: rw.userId } })).active).toBe(true);
    expect(await db.session.count({ where: { id: rw.sessionId, revokedAt: null } })).toBe(1);
  });

  it("does not let the last administrator remove themself, but does once there is a second one", async () => {
    const error = await expectAppError(removePerson({ actor: admin, userId: admin.userId }), "CONFLICT");
    expect(error.message).toMatch(/laatste beheerder/);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);

    const issued = await createInvitation({ actor: admin, input: inviteSchema.parse({ naam: "Tweede Beheerder", email: "tweede@denhaag.example", rol: "MUNICIPALITY_ADMIN" }) });
    await acceptInvitation({ code: issued.code, password: "tweede beheerder wachtwoord" });
    await removePerson({ actor: admin, userId: admin.userId });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(false);
  });

  it("lets a removed person come back only through a new invitation", async () => {
    const admin2 = await actorFor("tweede@denhaag.example");
    const issued = await createInvitation({ actor: admin2, input: inviteSchema.parse({ naam: "Anouk Visser", email: "medewerker@centrum.demo", rol: "CONSULTANT" }) });
    await acceptInvitation({ code: issued.code, password: "terug als consulent 2026" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "medewerker@centrum.demo" }, include: { centres: true } });
    expect(user).toMatchObject({ active: true, role: "CONSULTANT" });
    expect(user.centres).toEqual([]);
  });
});

describe("revokeInvitation", () => {
  it("stops the code; another municipality's invitation reads as not found", async () => {
    const admin2 = await actorFor("tweede@denhaag.example");
    const own = await createInvitation({ actor: admin2, input: inviteSchema.parse({ naam: "S", email: "s@denhaag.example", rol: "CONSULTANT" }) });
    const rijswijk = await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } });
    const foreign = await createInvitation({ actor: platform, input: inviteSchema.parse({ naam: "T", email: "t@rijswijk.example", rol: "CONSULTANT", gemeente: rijswijk.id }) });
    await expectAppError(revokeInvitation({ actor: admin2, invitationId: foreign.invitationId }), "NOT_FOUND");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: foreign.invitationId } })).revokedAt).toBeNull();
    await revokeInvitation({ actor: admin2, invitationId: own.invitationId });
    await expectAppError(acceptInvitation({ code: own.code, password: "twaalf tekens of meer" }), "NOT_FOUND");
  });
});
