/**
 * Short codes residents can read aloud and type: no 0/O, 1/I/L, no vowels that spell words.
 * 8 characters from 28 symbols: about 3.8e11 combinations.
 */
const ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ";
/** the largest multiple of the alphabet's size below 256: bytes from here on are drawn again (no bias) */
const UNBIASED = 256 - (256 % ALPHABET.length);

/**
 * A random code from Web Crypto (globalThis.crypto, in Node and browsers alike): node:crypto here would pull a
 * crypto polyfill, which evaluates code with eval, into every client bundle that formats a code.
 */
export function shortCode(length = 8): string {
  let out = "";
  const byte = new Uint8Array(1);
  while (out.length < length) {
    globalThis.crypto.getRandomValues(byte);
    if (byte[0]! < UNBIASED) out += ALPHABET[byte[0]! % ALPHABET.length];
  }
  return out;
}

/** "KX7M-2QPD" style for display; stored without the dash. */
export function formatCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Accepts what people type: lower case, spaces, dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, "");
}
