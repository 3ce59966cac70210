/**
 * Sign-in through the municipality's own identity provider, end to end against a REAL OpenID Provider
 * (oidc-provider on loopback ports, tests/support/oidc-provider.ts): the flow of lib/server/oidc/flow.ts is driven
 * over HTTP with fetch and cookies, the provider's login pages are completed like a browser would.
 */
process.env.OIDC_SECRET_KEY ??= Buffer.alloc(32, 9).toString("base64");

import { testActor } from "@/tests/support/actors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/permissions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { getCase } from "@/lib/server/cases/get-case";
import { listCases } from "@/lib/server/cases/list-cases";
import { grantRights } from "@/lib/server/people/grant-rights";
import { listPeople } from "@/lib/server/people/list-people";
import { getOidcConfigView, listOidcMunicipalities, saveOidcConfig } from "@/lib/server/oidc/config";
import { beginOidcSignIn, completeOidcSignIn, oidcRedirectUri } from "@/lib/server/oidc/flow";
import { nextAuthSessionCookie } from "@/lib/server/oidc/session-cookie";
import { signInAtProvider, startOidcProvider, type RunningProvider } from "../support/oidc-provider";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let providerA: RunningProvider;
let providerB: RunningProvider;
let admin: Actor;
let platform: Actor;
let denHaagId: string;
let rijswijkId: string;

const BASE = "http://127.0.0.1:3999";
const accounts = {
  alice: { email: "alice@idp-a.test", name: "Alice Consulent", groups: ["wmo-consulenten"] },
  bob: { email: "bob@idp-a.test", name: "Bob Zonderrol", groups: ["iedereen"] },
  carol: { email: "carol@idp-a.test", name: "Carol Balie", groups: ["balie-leyweg"] },
  dave: { email: "dave@idp-a.test", name: "Dave Nieuw", groups: ["nog-niet-gekoppeld"] },
};

const mappings = (centreId: string) => [
  { value: "wmo-consulenten", role: "CONSULTANT", centreIds: [] },
  { value: "balie-leyweg", role: "CENTRE_STAFF", centreIds: [centreId] },
];

/** The whole flow for one municipality: start, the provider's login as `account`, and the callback. */
async function signIn(slug: string, account: string, options: { callbackSlug?: string; cookieFrom?: string } = {}) {
  const begun = await beginOidcSignIn({ slug, baseUrl: BASE });
  if (!begun) throw new Error("no configuration");
  const callback = await signInAtProvider(begun.url, account, `${BASE}/api/oidc/`);
  const callbackSlug = options.callbackSlug ?? slug;
  const flowCookie = options.cookieFrom ? (await beginOidcSignIn({ slug: options.cookieFrom, baseUrl: BASE }))?.flowCookie : begun.flowCookie;
  return completeOidcSignIn({ slug: callbackSlug, baseUrl: BASE, search: callback.search, flowCookie, client: "127.0.0.1" });
}

async function actorOfSession(sessionId: string): Promise<Actor> {
  const s = await db.session.findUniqueOrThrow({ where: { id: sessionId }, include: { user: { include: { centres: true } } } });
  return testActor({ userId: s.user.id, sessionId: s.id, name: s.user.name, email: s.user.email, role: s.user.role, municipalityId: s.user.municipalityId, centreIds: s.user.centres.map((c) => c.centreId) });
}

beforeAll(async () => {
  db = await resetWithDemoData();
  admin = await actorFor("beheer@denhaag.demo");
  platform = await actorFor("platform@ttv.demo");
  denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  rijswijkId = (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id;
  const redirectUris = [oidcRedirectUri(BASE, "den-haag"), oidcRedirectUri(BASE, "rijswijk")];
  providerA = await startOidcProvider({
    clients: [
      { clientId: "ttv-den-haag", clientSecret: "geheim-den-haag-0123456789", redirectUris },
      { clientId: "ttv-rijswijk", clientSecret: "geheim-rijswijk-0123456789", redirectUris },
    ],
    accounts,
  });
  providerB = await startOidcProvider({ clients: [{ clientId: "ttv-den-haag", clientSecret: "geheim-den-haag-0123456789", redirectUris }], accounts });
  const leyweg = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" } });
  await saveOidcConfig({
    actor: admin,
    input: { issuer: providerA.issuer, clientId: "ttv-den-haag", clientSecret: "geheim-den-haag-0123456789", claimName: "groups", roleMappings: mappings(leyweg.id), enabled: true, passwordSignInDisabled: false },
  });
  await saveOidcConfig({
    actor: platform,
    municipalityId: rijswijkId,
    input: { issuer: providerA.issuer, clientId: "ttv-rijswijk", clientSecret: "geheim-rijswijk-0123456789", claimName: "groups", roleMappings: [{ value: "wmo-consulenten", role: "CONSULTANT", centreIds: [] }], enabled: true, passwordSignInDisabled: false },
  });
}, 60_000);

afterAll(async () => {
  await providerA?.close();
  await providerB?.close();
});

describe("configuration", () => {
  it("keeps the secret write-only, encrypted, and out of the history and audit log", async () => {
    const view = await getOidcConfigView({ actor: admin });
    expect(view.config).toMatchObject({ issuer: providerA.issuer, clientId: "ttv-den-haag", secretSet: true });
    expect(JSON.stringify(view)).not.toContain("geheim-den-haag");
    const row = await db.oidcConfig.findUniqueOrThrow({ where: { municipalityId: denHaagId } });
    expect(row.clientSecretEncrypted).toMatch(/^v1:/);
    expect(row.clientSecretEncrypted).not.toContain("geheim");
    const history = await db.settingChange.findMany({ where: { municipalityId: denHaagId, key: { startsWith: "oidc." } } });
    expect(history.map((h) => h.key)).toEqual(expect.arrayContaining(["oidc.issuer", "oidc.clientId", "oidc.roleMappings", "oidc.clientSecret"]));
    const audit = await db.auditEvent.findMany({ where: { action: "municipality.oidc_settings" } });
    expect(JSON.stringify([history, audit])).not.toContain("geheim");
  });

  it("reads another municipality's configuration as not found, refuses bad input in Dutch and never maps platform administrators", async () => {
    await expectAppError(getOidcConfigView({ actor: admin, municipalityId: rijswijkId }), "NOT_FOUND");
    await expectAppError(getOidcConfigView({ actor: await actorFor("consulent@denhaag.demo") }), "NOT_FOUND");
    const bad = await expectAppError(saveOidcConfig({ actor: admin, input: { issuer: "geen adres", clientId: "", clientSecret: "", claimName: "groups", roleMappings: [{ value: "x", role: "PLATFORM_ADMIN" }], enabled: true, passwordSignInDisabled: false } }), "INVALID");
    expect(Object.keys(bad.fields ?? {})).toEqual(expect.arrayContaining(["issuer", "clientId", "roleMappings.0.role"]));
    const foreignCentre = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "uitleenpunt-rijswijk" } });
    await expectAppError(saveOidcConfig({ actor: admin, input: { issuer: providerA.issuer, clientId: "ttv-den-haag", clientSecret: "", claimName: "groups", roleMappings: mappings(foreignCentre.id), enabled: true, passwordSignInDisabled: false } }), "INVALID");
    expect(await listOidcMunicipalities()).toEqual([{ slug: "den-haag", name: expect.any(String) }, { slug: "rijswijk", name: expect.any(String) }]);
  });
});

describe("sign-in through the municipality's identity provider", () => {
  it("creates a consultant bound to den-haag who sees only den-haag's cases, with next-auth's own session cookie", async () => {
    const result = await signIn("den-haag", "alice");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toMatchObject({ email: "alice@idp-a.test", role: "CONSULTANT", municipalityId: denHaagId, oidcIssuer: providerA.issuer, oidcSubject: "alice", awaitingRights: false });
    const actor = await actorOfSession(result.sessionId);
    const cases = await listCases({ actor, everyone: true });
    const foreign = await db.case.findFirst({ where: { municipalityId: rijswijkId } });
    const own = await db.case.count({ where: { municipalityId: denHaagId } });
    expect(cases.length).toBe(Math.min(own, 200));
    if (foreign) await expectAppError(getCase({ actor, reference: foreign.reference }), "NOT_FOUND");
    const ids = new Set((await db.case.findMany({ where: { municipalityId: denHaagId }, select: { reference: true } })).map((c) => c.reference));
    for (const c of cases) expect(ids.has(c.reference)).toBe(true);
    // the cookie is next-auth's JWT carrying the session row's id, as the password sign-in makes it
    const cookie = await nextAuthSessionCookie(result.user, result.sessionId);
    expect(cookie.name).toBe("ttv.session");
    expect(cookie.options.httpOnly).toBe(true);
    const decoded = await decode({ token: cookie.value, secret: env().AUTH_SECRET });
    expect(decoded?.sid).toBe(result.sessionId);
    const audit = await db.auditEvent.findFirst({ where: { action: "auth.oidc_sign_in", actorId: result.user.id } });
    expect(audit?.municipalityId).toBe(denHaagId);
    // a second sign-in finds the same account
    const again = await signIn("den-haag", "alice");
    expect(again.ok && again.user.id).toBe(result.user.id);
  });

  it("gives centre staff the mapped centres", async () => {
    const result = await signIn("den-haag", "carol");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const actor = await actorOfSession(result.sessionId);
    const leyweg = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" } });
    expect(actor).toMatchObject({ role: "CENTRE_STAFF", centreIds: [leyweg.id], municipalityId: denHaagId });
  });

  it("gives an account without a mapped role no rights and no session", async () => {
    const result = await signIn("den-haag", "bob");
    expect(result).toMatchObject({ ok: false, refusal: "no_rights" });
    const bob = await db.user.findUniqueOrThrow({ where: { email: "bob@idp-a.test" }, include: { sessions: true } });
    expect(bob.awaitingRights).toBe(true);
    expect(bob.sessions).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { action: "auth.oidc_sign_in_failed", actorId: bob.id } })).toBe(1);
    // the administrators see the account as waiting for rights
    const { people } = await listPeople({ actor: admin });
    expect(people.find((p) => p.id === bob.id)?.awaitingRights).toBe(true);
    // once the administrator maps bob's group, his next sign-in gets the role
    const view = await getOidcConfigView({ actor: admin });
    if (!view.config) throw new Error("no configuration");
    await saveOidcConfig({ actor: admin, input: { ...view.config, clientSecret: "", roleMappings: [...view.config.roleMappings, { value: "iedereen", role: "CONSULTANT", centreIds: [] }] } });
    const later = await signIn("den-haag", "bob");
    expect(later.ok && later.user).toMatchObject({ id: bob.id, role: "CONSULTANT", awaitingRights: false });
    await saveOidcConfig({ actor: admin, input: { ...view.config, clientSecret: "" } });
    // and losing the group again ends the rights and the open session at the next sign-in
    expect(await signIn("den-haag", "bob")).toMatchObject({ ok: false, refusal: "no_rights" });
    expect(await db.session.count({ where: { userId: bob.id, revokedAt: null } })).toBe(0);
  });

  it("lets the municipality's administrator give an account waiting for rights a role by hand; nobody gives more than they have", async () => {
    expect(await signIn("den-haag", "dave")).toMatchObject({ ok: false, refusal: "no_rights" });
    const dave = await db.user.findUniqueOrThrow({ where: { email: "dave@idp-a.test" } });
    expect(dave.awaitingRights).toBe(true);
    const leyweg = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" } });
    const foreignCentre = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "uitleenpunt-rijswijk" } });
    await db.user.create({ data: { email: "beheer@rijswijk.oidc.test", name: "Beheer Rijswijk", passwordHash: "x", role: "MUNICIPALITY_ADMIN", municipalityId: rijswijkId } });
    const rijswijkAdmin = await actorFor("beheer@rijswijk.oidc.test");
    const consultant = await actorFor("consulent@denhaag.demo");
    const staff = { gebruiker: dave.id, rol: "CENTRE_STAFF" as const, uitleenpunten: [leyweg.id] };
    await expectAppError(grantRights({ actor: rijswijkAdmin, input: staff }), "NOT_FOUND");
    await expectAppError(grantRights({ actor: consultant, input: staff }), "NOT_FOUND");
    await expectAppError(grantRights({ actor: admin, input: { ...staff, rol: "PLATFORM_ADMIN" as unknown as "CONSULTANT" } }), "INVALID");
    await expectAppError(grantRights({ actor: admin, input: { ...staff, uitleenpunten: [foreignCentre.id] } }), "NOT_FOUND");
    await expectAppError(grantRights({ actor: admin, input: { ...staff, gebruiker: consultant.userId } }), "NOT_FOUND");
    expect(await db.user.findUniqueOrThrow({ where: { id: dave.id } })).toMatchObject({ awaitingRights: true, role: dave.role });
    expect(await db.auditEvent.count({ where: { action: "user.grant_rights" } })).toBe(0);

    await grantRights({ actor: admin, input: staff });
    expect(await db.auditEvent.findFirst({ where: { action: "user.grant_rights", entityId: dave.id } })).toMatchObject({ actorId: admin.userId, municipalityId: denHaagId, details: { role: "CENTRE_STAFF", centreIds: [leyweg.id] } });
    const { people } = await listPeople({ actor: admin });
    expect(people.find((p) => p.id === dave.id)).toMatchObject({ awaitingRights: false, role: "CENTRE_STAFF" });
    // given once: a second time there is nobody waiting
    await expectAppError(grantRights({ actor: admin, input: staff }), "NOT_FOUND");
    // the next sign-in works with the role given by hand, and keeps it while no group is mapped
    for (let i = 0; i < 2; i++) {
      const result = await signIn("den-haag", "dave");
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(await actorOfSession(result.sessionId)).toMatchObject({ role: "CENTRE_STAFF", centreIds: [leyweg.id], municipalityId: denHaagId });
    }
  });

  it("refuses an id token of another provider (issuer mismatch)", async () => {
    // a flow started for den-haag (configured with provider A) gets its code from provider B
    const begun = await beginOidcSignIn({ slug: "den-haag", baseUrl: BASE });
    if (!begun) throw new Error("no configuration");
    const atA = new URL(begun.url);
    const atB = new URL(atA.pathname + atA.search, providerB.issuer);
    const callback = await signInAtProvider(atB.href, "alice", `${BASE}/api/oidc/`);
    const result = await completeOidcSignIn({ slug: "den-haag", baseUrl: BASE, search: callback.search, flowCookie: begun.flowCookie, client: "127.0.0.1" });
    expect(result).toMatchObject({ ok: false, refusal: "token" });
    // the same when the configuration itself points at another issuer than the one that signs the tokens
    await db.oidcConfig.update({ where: { municipalityId: denHaagId }, data: { issuer: providerB.issuer } });
    try {
      const begunB = await beginOidcSignIn({ slug: "den-haag", baseUrl: BASE });
      if (!begunB) throw new Error("no configuration");
      const toB = new URL(begunB.url);
      // the same request (state, nonce, PKCE of this flow) answered by provider A
      const fromA = await signInAtProvider(new URL(toB.pathname + toB.search, providerA.issuer).href, "alice", `${BASE}/api/oidc/`);
      const mixed = await completeOidcSignIn({ slug: "den-haag", baseUrl: BASE, search: fromA.search, flowCookie: begunB.flowCookie, client: "127.0.0.1" });
      expect(mixed.ok).toBe(false);
    } finally {
      await db.oidcConfig.update({ where: { municipalityId: denHaagId }, data: { issuer: providerA.issuer } });
    }
    expect(await db.auditEvent.count({ where: { action: "auth.oidc_sign_in_failed", municipalityId: denHaagId, details: { path: ["reason"], equals: "token" } } })).toBeGreaterThanOrEqual(2);
  });

  it("never lets a den-haag sign-in act in rijswijk", async () => {
    // rijswijk's own flow (state, nonce, PKCE valid) whose authorization request was switched to den-haag's client:
    // the code belongs to another client (aud), so rijswijk's token exchange is refused
    const begun = await beginOidcSignIn({ slug: "rijswijk", baseUrl: BASE });
    if (!begun) throw new Error("no configuration");
    const switched = new URL(begun.url);
    expect(switched.searchParams.get("client_id")).toBe("ttv-rijswijk");
    switched.searchParams.set("client_id", "ttv-den-haag");
    const cb = await signInAtProvider(switched.href, "alice", `${BASE}/api/oidc/`);
    const crossed = await completeOidcSignIn({ slug: "rijswijk", baseUrl: BASE, search: cb.search, flowCookie: begun.flowCookie, client: "127.0.0.1" });
    expect(crossed).toMatchObject({ ok: false, refusal: "token" });
    // den-haag's flow cookie at rijswijk's callback: refused before any token is asked for
    const wrongFlow = await signIn("den-haag", "alice", { callbackSlug: "rijswijk" });
    expect(wrongFlow).toMatchObject({ ok: false, refusal: "flow" });
    // alice's den-haag account exists with the same e-mail address: signing in through rijswijk's own configuration is refused
    const viaRijswijk = await signIn("rijswijk", "alice");
    expect(viaRijswijk).toMatchObject({ ok: false, refusal: "account_conflict" });
    const alice = await db.user.findMany({ where: { oidcSubject: "alice" } });
    expect(alice.map((u) => u.municipalityId)).toEqual([denHaagId]);
    expect(await db.session.count({ where: { user: { municipalityId: rijswijkId, oidcSubject: { not: null } } } })).toBe(0);
  });

  it("refuses a callback without the flow cookie or with a changed state", async () => {
    const begun = await beginOidcSignIn({ slug: "den-haag", baseUrl: BASE });
    if (!begun) throw new Error("no configuration");
    const callback = await signInAtProvider(begun.url, "alice", `${BASE}/api/oidc/`);
    expect(await completeOidcSignIn({ slug: "den-haag", baseUrl: BASE, search: callback.search, flowCookie: undefined, client: "127.0.0.1" })).toMatchObject({ ok: false, refusal: "flow" });
    const tampered = new URLSearchParams(callback.search);
    tampered.set("state", "ander");
    expect(await completeOidcSignIn({ slug: "den-haag", baseUrl: BASE, search: `?${tampered}`, flowCookie: begun.flowCookie, client: "127.0.0.1" })).toMatchObject({ ok: false, refusal: "token" });
  });
});

describe("password sign-in switched off", () => {
  it("refuses the right password of that municipality's people, and only theirs", async () => {
    // the seed's password for demo accounts
    const { DEMO_PASSWORD } = await import("../../prisma/seed/places");
    const before = await signInWithPassword({ email: "consulent@denhaag.demo", password: DEMO_PASSWORD }, "10.9.9.1");
    expect(before.ok).toBe(true);
    const view = await getOidcConfigView({ actor: admin });
    await saveOidcConfig({ actor: admin, input: { ...view.config, clientSecret: "", passwordSignInDisabled: true } });
    const after = await signInWithPassword({ email: "consulent@denhaag.demo", password: DEMO_PASSWORD }, "10.9.9.2");
    expect(after).toMatchObject({ ok: false, refusal: "use_municipality_account" });
    const wrong = await signInWithPassword({ email: "consulent@denhaag.demo", password: "fout-wachtwoord" }, "10.9.9.3");
    expect(wrong).toMatchObject({ ok: false, refusal: "invalid" });
    const other = await signInWithPassword({ email: "consulent@rijswijk.demo", password: DEMO_PASSWORD }, "10.9.9.4");
    expect(other.ok).toBe(true);
    // the municipality account still works
    expect((await signIn("den-haag", "alice")).ok).toBe(true);
  });
});
