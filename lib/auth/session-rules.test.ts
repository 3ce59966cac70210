import { describe, expect, it } from "vitest";
import { parseEnv, servedOverHttps } from "@/lib/env";
import { authCookies, sessionCookieWithoutExpiry } from "./cookies";
import { sessionIsLive } from "./session-rules";

const now = new Date("2026-12-03T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const row = (lastSeen: number, extra: Partial<{ revokedAt: Date | null; expiresAt: Date }> = {}) => ({
  revokedAt: null,
  expiresAt: new Date(now.getTime() + 3600_000),
  lastSeenAt: minutesAgo(lastSeen),
  ...extra,
});

describe("sessionIsLive", () => {
  it.each<[string, ReturnType<typeof row>, boolean]>([
    ["used a minute ago", row(1), true],
    ["used 29 minutes ago", row(29), true],
    ["idle 30 minutes", row(30), false],
    ["idle two hours, still within the working day", row(120), false],
    ["past its absolute end", row(1, { expiresAt: minutesAgo(1) }), false],
    ["revoked", row(1, { revokedAt: minutesAgo(5) }), false],
  ])("%s", (_name, session, live) => {
    expect(sessionIsLive(session, now, 30)).toBe(live);
  });

  it("idle limit is configurable (SESSION_IDLE_MINUTES, default 30)", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }).SESSION_IDLE_MINUTES).toBe(30);
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db", SESSION_IDLE_MINUTES: "5" }).SESSION_IDLE_MINUTES).toBe(5);
    expect(sessionIsLive(row(6), now, 5)).toBe(false);
  });
});

describe("cookies", () => {
  it.each([
    [{ APP_URL: "https://ttv.example.nl" }, true],
    [{ APP_URL: "http://localhost:3000", NEXTAUTH_URL: "https://ttv.example.nl" }, true],
    [{ APP_URL: "http://localhost:3000" }, false],
  ])("%o served over https: %s", (urls, https) => {
    expect(servedOverHttps(urls)).toBe(https);
  });

  it("over https: every cookie __Host- (Secure, Path=/, no Domain)", () => {
    for (const cookie of Object.values(authCookies(true))) {
      expect(cookie?.name.startsWith("__Host-")).toBe(true);
      expect(cookie?.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
      expect(cookie?.options).not.toHaveProperty("domain");
    }
  });

  it("over http: no prefix, not Secure", () => {
    expect(authCookies(false).sessionToken).toEqual({ name: "ttv.session", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
  });

  it.each([
    ["the session cookie loses Expires and Max-Age", "__Host-ttv.session=abc; Path=/; Expires=Wed, 03 Dec 2026 20:00:00 GMT; Max-Age=36000; HttpOnly; Secure; SameSite=Lax", "__Host-ttv.session=abc; Path=/; HttpOnly; Secure; SameSite=Lax"],
    ["a chunk of it too", "__Host-ttv.session.0=abc; Expires=Wed, 03 Dec 2026 20:00:00 GMT; Path=/", "__Host-ttv.session.0=abc; Path=/"],
    ["deleting it keeps Max-Age=0", "__Host-ttv.session=; Path=/; Max-Age=0", "__Host-ttv.session=; Path=/; Max-Age=0"],
    ["other cookies stay as they are", "__Host-ttv.csrf=x; Path=/; Max-Age=100", "__Host-ttv.csrf=x; Path=/; Max-Age=100"],
  ])("%s", (_name, input, output) => {
    expect(sessionCookieWithoutExpiry(input, "__Host-ttv.session")).toBe(output);
  });
});
