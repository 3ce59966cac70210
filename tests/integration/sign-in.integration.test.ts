/**
 * Signing in (lib/auth/sign-in.ts) against PostgreSQL: a burst of wrong passwords locks the account (the right one
 * is refused too) until the window ends, growing pauses, the per-client limit, the same hashing work for unknown
 * accounts, re-hashing of old hashes, lastSignInAt, and an audit line for every sign-in, failure and refusal.
 */
import { scryptSync } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DUMMY_HASH, SCRYPT_PARAMS } from "@/lib/auth/password";
import * as password from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { resetWithDemoData } from "./helpers";

vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
const EMAIL = "consulent@denhaag.demo";
const RIGHT = "Demo-wachtwoord-2026";

/** the window ends: every bucket expires (as 15 minutes later) */
const endWindow = () => db.$executeRaw`UPDATE rate_limit_buckets SET expire = 1`;

beforeAll(async () => {
  db = await resetWithDemoData();
});

beforeEach(async () => {
  await db.$executeRaw`DELETE FROM rate_limit_buckets`;
  await db.auditEvent.deleteMany({ where: { action: { startsWith: "auth." } } });
  vi.mocked(password.verifyPassword).mockClear();
});

describe("signInWithPassword", () => {
  it("locks the account after a burst of 150 wrong passwords, checks at most 10, and lets the holder in after the window", async () => {
    const client = "203.0.113.50";
    const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => signInWithPassword({ email: EMAIL, password: `fout-${i}` }, client)));
    expect(burst.every((r) => !r.ok)).toBe(true);
    expect(vi.mocked(password.verifyPassword).mock.calls.length).toBeLessThanOrEqual(10);
    expect(burst.filter((r) => !r.ok && r.refusal === "locked").length).toBeGreaterThanOrEqual(140);

    const right = await signInWithPassword({ email: EMAIL, password: RIGHT }, client);
    expect(right.ok).toBe(false);
    expect(!right.ok && ["locked", "wait"].includes(right.refusal)).toBe(true);
    expect(!right.ok && right.retryAfterSeconds).toBeGreaterThan(0);

    const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } });
    const events = await db.auditEvent.findMany({ where: { action: { startsWith: "auth." } } });
    expect(events.filter((e) => e.action === "auth.sign_in_failed")).toHaveLength(10);
    expect(events.filter((e) => e.action === "auth.lockout").length).toBeGreaterThanOrEqual(141);
    expect(events.every((e) => e.actorId === user.id && e.ip === client && e.municipalityId === user.municipalityId)).toBe(true);

    await endWindow();
    const later = await signInWithPassword({ email: EMAIL, password: RIGHT }, client);
    expect(later.ok).toBe(true);
  });

  it("makes the holder wait a growing pause from the third failure on", async () => {
    const client = "203.0.113.51";
    const first = await signInWithPassword({ email: EMAIL, password: "fout-1" }, client);
    const second = await signInWithPassword({ email: EMAIL, password: "fout-2" }, client);
    const third = await signInWithPassword({ email: EMAIL, password: "fout-3" }, client);
    expect([first, second, third].map((r) => !r.ok && r.refusal)).toEqual(["invalid", "invalid", "invalid"]);
    const fourth = await signInWithPassword({ email: EMAIL, password: RIGHT }, client);
    expect(fourth).toMatchObject({ ok: false, refusal: "wait" });
    expect(vi.mocked(password.verifyPassword)).toHaveBeenCalledTimes(3);
  });

  it("limits failures per client over all accounts", async () => {
    const client = "203.0.113.52";
    const limits = { perAccount: 10, perClient: 4 };
    for (let i = 0; i < 4; i++) {
      const r = await signInWithPassword({ email: `iemand${i}@example.nl`, password: "fout" }, client, limits);
      expect(r).toMatchObject({ ok: false, refusal: "invalid" });
    }
    const refused = await signInWithPassword({ email: EMAIL, password: RIGHT }, client, limits);
    expect(refused).toMatchObject({ ok: false, refusal: "client_locked" });
    // another client is not affected
    expect((await signInWithPassword({ email: EMAIL, password: RIGHT }, "203.0.113.53", limits)).ok).toBe(true);
  });

  it("does the same hashing work for an unknown e-mail address as for a known one", async () => {
    const r = await signInWithPassword({ email: "niemand@example.nl", password: "iets" }, "203.0.113.54");
    expect(r).toMatchObject({ ok: false, refusal: "invalid" });
    expect(vi.mocked(password.verifyPassword)).toHaveBeenCalledWith("iets", DUMMY_HASH);
    expect(DUMMY_HASH.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_failed" } });
    expect(event).toMatchObject({ actorId: null, entityId: "onbekend", ip: "203.0.113.54" });
    expect(event.details).toMatchObject({ reason: "unknown_account" });
  });

  it("signs in, sets lastSignInAt, re-hashes an old N=2^14 hash and writes the audit line", async () => {
    const salt = Buffer.from("0123456789abcdef");
    const old = `scrypt$16384$8$1$${salt.toString("base64")}$${scryptSync(RIGHT, salt, 32, { N: 16384, r: 8, p: 1 }).toString("base64")}`;
    await db.user.update({ where: { email: EMAIL }, data: { passwordHash: old, lastSignInAt: null } });
    const r = await signInWithPassword({ email: ` ${EMAIL.toUpperCase()} `, password: RIGHT }, "203.0.113.55");
    expect(r.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(user.passwordHash.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(await password.verifyPassword(RIGHT, user.passwordHash)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" } });
    expect(event).toMatchObject({ actorId: user.id, entityType: "User", entityId: user.id, ip: "203.0.113.55", municipalityId: user.municipalityId });
  });
});
