/**
 * Password hashing with Node's built-in scrypt (a memory-hard KDF; no native add-on needed on these machines).
 * Format: scrypt$N$r$p$salt(base64)$hash(base64): the parameters travel with each hash, so older hashes still
 * verify and are replaced by a hash with today's parameters at the next successful sign-in ({@link needsRehash}).
 *
 * Today's parameters follow OWASP's minimum for scrypt: N=2^17, r=8, p=1 (128 MiB of memory per hash, so Node's
 * default maxmem of 32 MiB is raised per call).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
/** stored hashes with parameters above these are refused instead of tying up the server */
const MAX_N = 2 ** 20;
const MAX_R = 16;
const MAX_P = 4;

/** memory scrypt needs for these parameters (128 * N * r * p bytes), with room to spare */
const maxmemFor = (o: { N: number; r: number; p: number }) => 128 * o.N * o.r * o.p + 32 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, options: ScryptOptions & { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, KEY_LENGTH, { ...options, maxmem: maxmemFor(options) }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): Parsed | null {
  const [kind, n, r, p, salt, hash] = stored.split("$");
  if (kind !== "scrypt" || !n || !r || !p || !salt || !hash) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const ok =
    Number.isInteger(params.N) && params.N > 1 && (params.N & (params.N - 1)) === 0 && params.N <= MAX_N &&
    Number.isInteger(params.r) && params.r >= 1 && params.r <= MAX_R &&
    Number.isInteger(params.p) && params.p >= 1 && params.p <= MAX_P;
  return ok ? { ...params, salt: Buffer.from(salt, "base64"), hash: Buffer.from(hash, "base64") } : null;
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMS;
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p });
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** True when `stored` was made with other parameters than today's: hash the password again after signing in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N !== SCRYPT_PARAMS.N || parsed.r !== SCRYPT_PARAMS.r || parsed.p !== SCRYPT_PARAMS.p || parsed.hash.length !== KEY_LENGTH;
}

/**
 * A hash of no one's password with today's parameters: verifying against it costs the same as a real account, so
 * an unknown e-mail address takes as long as a known one (no account discovery by timing).
 */
export const DUMMY_HASH = `scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$dHR2LWR1bW15LXNhbHQ=$${Buffer.alloc(KEY_LENGTH, 7).toString("base64")}`;
