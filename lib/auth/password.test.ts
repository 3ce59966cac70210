import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from "./password";

// each hash costs 128 MiB and a noticeable moment of CPU by design; on a busy machine a few take longer than 5 s
describe("password hashing", { timeout: 60_000 }, () => {
  it("uses OWASP's scrypt minimum (N=2^17, r=8, p=1) and stores the parameters in the hash", async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hashPassword("Geheim-1234");
    expect(hash.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);
    expect(await verifyPassword("Geheim-1234", hash)).toBe(true);
    expect(await verifyPassword("geheim-1234", hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verifies an old N=2^14 hash and asks for a new one", async () => {
    // made with the earlier parameters: scrypt$16384$8$1$...
    const { scryptSync, randomBytes } = await import("node:crypto");
    const salt = randomBytes(16);
    const old = `scrypt$16384$8$1$${salt.toString("base64")}$${scryptSync("Oud-wachtwoord", salt, 32, { N: 16384, r: 8, p: 1 }).toString("base64")}`;
    expect(await verifyPassword("Oud-wachtwoord", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it.each([
    ["not scrypt", "bcrypt$2b$10$abc"],
    ["absurd N", `scrypt$${2 ** 30}$8$1$c2FsdA==$aGFzaA==`],
    ["N not a power of two", "scrypt$1000$8$1$c2FsdA==$aGFzaA=="],
    ["empty", ""],
  ])("refuses a stored value that is %s", async (_name, stored) => {
    expect(await verifyPassword("x", stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it("has a dummy hash with today's parameters that matches no password", async () => {
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
  });
});
