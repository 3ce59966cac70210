import { describe, expect, it } from "vitest";
import { appUrlWarning, parseEnv } from "./env";

const DB = "postgresql://u:p@127.0.0.1:5432/ttv";
const GOOD_SECRET = "k3Jd9s8fH2mQ0pLx7vN4bT6yR1wZ5cE8";

describe("parseEnv", () => {
  it.each([
    { name: "production without a secret", env: { NODE_ENV: "production", DATABASE_URL: DB }, error: /AUTH_SECRET ontbreekt/ },
    { name: "production with a short secret", env: { NODE_ENV: "production", DATABASE_URL: DB, AUTH_SECRET: "kort" }, error: /te kort/ },
    { name: "production with a placeholder", env: { NODE_ENV: "production", DATABASE_URL: DB, AUTH_SECRET: "changeme" }, error: /voorbeeldwaarde/ },
    { name: "no database url", env: { NODE_ENV: "development" }, error: /DATABASE_URL ontbreekt/ },
    { name: "a mysql url", env: { NODE_ENV: "development", DATABASE_URL: "mysql://u@h/db" }, error: /postgresql:\/\// },
    { name: "retention days out of range", env: { DATABASE_URL: DB, RETENTION_DAYS: "0" }, error: /RETENTION_DAYS/ },
  ])("refuses $name with a clear message", ({ env, error }) => {
    expect(() => parseEnv(env)).toThrow(error);
  });

  it("accepts production with a real secret", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: DB, AUTH_SECRET: GOOD_SECRET });
    expect(env.AUTH_SECRET).toBe(GOOD_SECRET);
    expect(env.RETENTION_DAYS).toBe(90);
  });

  it("has database timeouts and a pool size by default, and refuses a pool of 0", () => {
    const env = parseEnv({ DATABASE_URL: DB });
    expect(env).toMatchObject({ DB_POOL_SIZE: 10, DB_CONNECT_TIMEOUT_MS: 5000, DB_STATEMENT_TIMEOUT_MS: 15000 });
    expect(parseEnv({ DATABASE_URL: DB, DB_POOL_SIZE: "25" }).DB_POOL_SIZE).toBe(25);
    expect(() => parseEnv({ DATABASE_URL: DB, DB_POOL_SIZE: "0" })).toThrow(/DB_POOL_SIZE/);
  });

  it("generates one stable secret in development", () => {
    const a = parseEnv({ NODE_ENV: "development", DATABASE_URL: DB });
    const b = parseEnv({ NODE_ENV: "development", DATABASE_URL: DB });
    expect(a.AUTH_SECRET).toHaveLength(64);
    expect(b.AUTH_SECRET).toBe(a.AUTH_SECRET);
  });
});

describe("APP_URL", () => {
  it("has no localhost default: unset means 'take the request's host'", () => {
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: DB, AUTH_SECRET: GOOD_SECRET }).APP_URL).toBeUndefined();
  });

  it.each([
    ["production without APP_URL", { NODE_ENV: "production" }, true],
    ["production with APP_URL", { NODE_ENV: "production", APP_URL: "https://ttv.denhaag.nl" }, false],
    ["development without APP_URL", { NODE_ENV: "development" }, false],
    ["tests without APP_URL", { NODE_ENV: "test" }, false],
  ])("warns at start for %s: %s", (_n, e, warns) => {
    const warning = appUrlWarning(e);
    expect(warning !== null).toBe(warns);
    if (warning) expect(warning).toMatch(/APP_URL ontbreekt/);
  });
});
