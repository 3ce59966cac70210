import { testActor } from "@/tests/support/actors";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { revokeSession } from "@/lib/server/sessions/revoke-session";
import { revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;

const HOUR = 3_600_000;

async function signInAs(email: string, expiresInMs = 10 * HOUR) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
  const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + expiresInMs) } });
  const actor: Actor = testActor({ userId: user.id, sessionId: session.id, name: user.name, email: user.email, role: user.role, municipalityId: user.municipalityId, centreIds: user.centres.map((c) => c.centreId) });
  return { user, session, actor };
}

/** The same question lib/auth/session.ts asks on every request. */
async function sessionStillValid(id: string): Promise<boolean> {
  const row = await db.session.findFirst({ where: { id, revokedAt: null, expiresAt: { gt: new Date() } } });
  return row !== null;
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
}

let denHaagId: string;
let rijswijkId: string;
let admin: Actor;
let platform: Actor;

beforeAll(async () => {
  db = await resetWithDemoData();
  const municipalities = await db.municipality.findMany();
  denHaagId = municipalities.find((m) => m.slug === "den-haag")!.id;
  rijswijkId = municipalities.find((m) => m.slug === "rijswijk")!.id;
  admin = (await signInAs("beheer@denhaag.demo")).actor;
  platform = (await signInAs("platform@ttv.demo")).actor;
});

describe("listSessions", () => {
  it("shows a municipality administrator only the active sessions of their own municipality", async () => {
    const dhConsultant = await signInAs("consulent@denhaag.demo");
    const dhStaff = await signInAs("medewerker@centrum.demo");
    const rwConsultant = await signInAs("consulent@rijswijk.demo");
    const expired = await signInAs("medewerker@leyweg.demo", -HOUR);
    const revoked = await signInAs("medewerker@leyweg.demo");
    await db.session.update({ where: { id: revoked.session.id }, data: { revokedAt: new Date() } });

    const users = await listSessions({ actor: admin });
    const sessionIds = users.flatMap((u) => u.sessions.map((s) => s.id));
    expect(sessionIds).toEqual(expect.arrayContaining([dhConsultant.session.id, dhStaff.session.id, admin.sessionId]));
    expect(sessionIds).not.toContain(rwConsultant.session.id);
    expect(sessionIds).not.toContain(platform.sessionId);
    expect(sessionIds).not.toContain(expired.session.id);
    expect(sessionIds).not.toContain(revoked.session.id);
    expect(users.every((u) => u.municipalityName === "Den Haag")).toBe(true);
    // the administrator's own session is marked, so the page can say so
    const own = users.find((u) => u.userId === admin.userId)?.sessions.find((s) => s.id === admin.sessionId);
    expect(own?.isCurrent).toBe(true);
  });

  it("shows a platform administrator everyone, or one municipality on request", async () => {
    const rw = await signInAs("medewerker@rijswijk.demo");
    const all = (await listSessions({ actor: platform })).flatMap((u) => u.sessions.map((s) => s.id));
    expect(all).toEqual(expect.arrayContaining([rw.session.id, admin.sessionId, platform.sessionId]));
    const onlyRijswijk = await listSessions({ actor: platform, municipalityId: rijswijkId });
    expect(onlyRijswijk.every((u) => u.municipalityName === "Rijswijk")).toBe(true);
    expect(onlyRijswijk.flatMap((u) => u.sessions.map((s) => s.id))).toContain(rw.session.id);
  });

  it("is not for consultants or staff, and a municipality administrator cannot ask for another municipality", async () => {
    const consultant = await signInAs("consulent@denhaag.demo");
    const staff = await signInAs("medewerker@leyweg.demo");
    await expectNotFound(listSessions({ actor: consultant.actor }));
    await expectNotFound(listSessions({ actor: staff.actor }));
    await expectNotFound(listSessions({ actor: null }));
    await expectNotFound(listSessions({ actor: admin, municipalityId: rijswijkId }));
  });
});

describe("revokeSession", () => {
  it("makes the session invalid at once and writes an audit line", async () => {
    const target = await signInAs("consulent@denhaag.demo");
    expect(await sessionStillValid(target.session.id)).toBe(true);

    const result = await revokeSession({ actor: admin, sessionId: target.session.id });
    expect(result).toEqual({ sessionId: target.session.id, userId: target.user.id });
    expect(await sessionStillValid(target.session.id)).toBe(false);
    // other sessions stay
    expect(await sessionStillValid(admin.sessionId)).toBe(true);

    const events = await db.auditEvent.findMany({ where: { action: "session.revoke", entityId: target.session.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Session", actorId: admin.userId, municipalityId: denHaagId });

    // ending it again: it no longer exists as an active session
    await expectNotFound(revokeSession({ actor: admin, sessionId: target.session.id }));
  });

  it("gives NOT_FOUND for a session of another municipality, and leaves it alone", async () => {
    const rw = await signInAs("consulent@rijswijk.demo");
    await expectNotFound(revokeSession({ actor: admin, sessionId: rw.session.id }));
    expect(await sessionStillValid(rw.session.id)).toBe(true);
    // a platform administrator's session is not the municipality's either
    await expectNotFound(revokeSession({ actor: admin, sessionId: platform.sessionId }));
    expect(await sessionStillValid(platform.sessionId)).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: { in: [rw.session.id, platform.sessionId] } } })).toBe(0);
  });

  it("gives NOT_FOUND to consultants and staff", async () => {
    const target = await signInAs("medewerker@centrum.demo");
    const consultant = await signInAs("consulent@denhaag.demo");
    await expectNotFound(revokeSession({ actor: consultant.actor, sessionId: target.session.id }));
    expect(await sessionStillValid(target.session.id)).toBe(true);
  });

  it("lets a platform administrator end a session in any municipality", async () => {
    const rw = await signInAs("medewerker@rijswijk.demo");
    await revokeSession({ actor: platform, sessionId: rw.session.id });
    expect(await sessionStillValid(rw.session.id)).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "session.revoke", entityId: rw.session.id } });
    expect(event.municipalityId).toBe(rijswijkId);
  });
});

describe("revokeUserSessions", () => {
  it("ends every active session of one person, with one audit line holding the count", async () => {
    const first = await signInAs("medewerker@leyweg.demo");
    const second = await signInAs("medewerker@leyweg.demo");
    const other = await signInAs("medewerker@centrum.demo");
    const before = await db.session.count({ where: { userId: first.user.id, revokedAt: null, expiresAt: { gt: new Date() } } });
    expect(before).toBeGreaterThanOrEqual(2);

    const result = await revokeUserSessions({ actor: admin, userId: first.user.id });
    expect(result.count).toBe(before);
    expect(await sessionStillValid(first.session.id)).toBe(false);
    expect(await sessionStillValid(second.session.id)).toBe(false);
    expect(await sessionStillValid(other.session.id)).toBe(true);

    const events = await db.auditEvent.findMany({ where: { action: "session.revoke_all", entityId: first.user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ counts: { sessions: before } });
  });

  it("gives NOT_FOUND for a person of another municipality", async () => {
    const rw = await signInAs("consulent@rijswijk.demo");
    await expectNotFound(revokeUserSessions({ actor: admin, userId: rw.user.id }));
    expect(await sessionStillValid(rw.session.id)).toBe(true);
  });
});
