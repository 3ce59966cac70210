import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { hashInvitationCode } from "@/lib/invitations/code";
import { createPlatformAdminInvitation } from "@/lib/invitations/create-platform-admin";
import { inviteSchema } from "@/lib/schemas/people";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let admin: Actor;
let rijswijkCentreId: string;
let leywegId: string;

const invite = (input: Record<string, unknown>) => inviteSchema.parse(input);

beforeAll(async () => {
  db = await resetWithDemoData();
  admin = await actorFor("beheer@denhaag.demo");
  rijswijkCentreId = (await db.lendingCentre.findFirstOrThrow({ where: { municipality: { slug: "rijswijk" } } })).id;
  leywegId = (await db.lendingCentre.findFirstOrThrow({ where: { name: { contains: "Leyweg" } } })).id;
});

describe("createInvitation", () => {
  it("stores only the hash of the code, puts a message without the code in the outbox, and audits it", async () => {
    const issued = await createInvitation({ actor: admin, input: invite({ naam: "Sanne de Vries", email: "Sanne@Example.nl", rol: "CONSULTANT" }) });
    expect(issued.code).toMatch(/^[2-9B-Z]{16}$/);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: issued.invitationId } });
    expect(row.tokenHash).toBe(hashInvitationCode(issued.code));
    expect(JSON.stringify(row)).not.toContain(issued.code);
    expect(row).toMatchObject({ email: "sanne@example.nl", role: "CONSULTANT", municipalityId: admin.municipalityId, invitedById: admin.userId, usedAt: null });
    const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `invitation:${issued.invitationId}` } });
    expect(message).toMatchObject({ kind: "invitation", toAddress: "sanne@example.nl", centreId: null });
    expect(message.body).toContain("/uitnodiging");
    expect(message.body).not.toContain(issued.code);
    expect(await db.auditEvent.count({ where: { action: "invitation.create", entityId: issued.invitationId } })).toBe(1);
  });

  it("refuses a platform administrator from a municipality administrator (no rights above one's own)", async () => {
    const error = await expectAppError(createInvitation({ actor: admin, input: invite({ naam: "X", email: "x@example.nl", rol: "PLATFORM_ADMIN" }) }), "INVALID");
    expect(error.fields?.rol?.[0]).toMatch(/rollen/);
    expect(await db.invitation.count({ where: { email: "x@example.nl" } })).toBe(0);
  });

  it("reads another municipality's centre as not found and stores nothing", async () => {
    await expectAppError(createInvitation({ actor: admin, input: invite({ naam: "Y", email: "y@example.nl", rol: "CENTRE_STAFF", uitleenpunten: [rijswijkCentreId] }) }), "NOT_FOUND");
    await expectAppError(createInvitation({ actor: admin, input: invite({ naam: "Y", email: "y@example.nl", rol: "CONSULTANT", gemeente: rijswijkCentreId }) }), "NOT_FOUND");
    expect(await db.invitation.count({ where: { email: "y@example.nl" } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { toAddress: "y@example.nl" } })).toBe(0);
  });

  it("refuses an address that already has an active account", async () => {
    const error = await expectAppError(createInvitation({ actor: admin, input: invite({ naam: "Z", email: "consulent@denhaag.demo", rol: "CONSULTANT" }) }), "INVALID");
    expect(error.fields?.email).toBeDefined();
  });

  it("is not for consultants or staff", async () => {
    const consultant = await actorFor("consulent@denhaag.demo");
    await expectAppError(createInvitation({ actor: consultant, input: invite({ naam: "Q", email: "q@example.nl", rol: "CONSULTANT" }) }), "NOT_FOUND");
  });
});

describe("acceptInvitation", () => {
  it("creates the staff account with the chosen password and centres, once", async () => {
    const issued = await createInvitation({ actor: admin, input: invite({ naam: "Bram Bakker", email: "bram@example.nl", rol: "CENTRE_STAFF", uitleenpunten: [leywegId] }) });
    const { email } = await acceptInvitation({ code: issued.code.toLowerCase(), password: "een lange zin als wachtwoord" });
    expect(email).toBe("bram@example.nl");
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
    expect(user).toMatchObject({ role: "CENTRE_STAFF", municipalityId: admin.municipalityId, active: true, name: "Bram Bakker" });
    expect(user.centres.map((c) => c.centreId)).toEqual([leywegId]);
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword("een lange zin als wachtwoord", user.passwordHash)).toBe(true);
    // the code works only once
    await expectAppError(acceptInvitation({ code: issued.code, password: "nog een ander wachtwoord" }), "NOT_FOUND");
    expect(await verifyPassword("een lange zin als wachtwoord", (await db.user.findUniqueOrThrow({ where: { email } })).passwordHash)).toBe(true);
  });

  it("does not accept an expired code, a replaced code or a made-up code", async () => {
    const first = await createInvitation({ actor: admin, input: invite({ naam: "Eva", email: "eva@example.nl", rol: "CONSULTANT" }) });
    const second = await createInvitation({ actor: admin, input: invite({ naam: "Eva", email: "eva@example.nl", rol: "CONSULTANT" }) });
    await expectAppError(acceptInvitation({ code: first.code, password: "twaalf tekens of meer" }), "NOT_FOUND");
    await db.invitation.update({ where: { id: second.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(acceptInvitation({ code: second.code, password: "twaalf tekens of meer" }), "NOT_FOUND");
    await expectAppError(acceptInvitation({ code: "BBBBBBBBBBBBBBBB", password: "twaalf tekens of meer" }), "NOT_FOUND");
    expect(await db.user.count({ where: { email: "eva@example.nl" } })).toBe(0);
  });
});

describe("createPlatformAdminInvitation (npm run admin:create)", () => {
  it("invites a platform administrator who then chooses a password; never a default one", async () => {
    const issued = await createPlatformAdminInvitation(db, { email: "nieuw-platform@example.nl", name: "Platformbeheerder", appUrl: "https://ttv.example.nl" });
    expect(issued.link).toMatch(/^https:\/\/ttv\.example\.nl\/uitnodiging\?code=/);
    expect(await db.user.count({ where: { email: "nieuw-platform@example.nl" } })).toBe(0);
    await acceptInvitation({ code: issued.code, password: "mijn eigen platformwachtwoord" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "nieuw-platform@example.nl" } });
    expect(user).toMatchObject({ role: "PLATFORM_ADMIN", municipalityId: null, active: true });
    await expect(createPlatformAdminInvitation(db, { email: "nieuw-platform@example.nl", name: "X", appUrl: "https://ttv.example.nl" })).rejects.toThrow(/al een actief account/);
  });
});
