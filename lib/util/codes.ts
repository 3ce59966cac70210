/**
 * Short codes residents can read aloud and type: no 0/O, 1/I/L, no vowels that spell words.
 * 8 characters from 28 symbols: about 3.8e11 combinations.
 */
import { randomInt } from "node:crypto";

const ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ";

export function shortCode(length = 8): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
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
