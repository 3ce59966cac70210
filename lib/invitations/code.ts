/**
 * One-time invitation codes: 16 characters from the read-aloud alphabet (no 0/O, 1/I/L, no vowels), about 2^77
 * combinations, shown as "KX7M-2QPD-B8RT-9HWC". Only the SHA-256 hash is stored: the code is long and random, so a
 * fast hash is enough (a slow password hash protects guessable secrets, not 77 random bits). Pure: unit-tested.
 */
import { createHash, randomInt } from "node:crypto";
import { formatInvitationCode, normaliseInvitationCode } from "./format";

const ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ";
export const INVITATION_CODE_LENGTH = 16;
/** How long an invitation can be used. */
export const INVITATION_DAYS = 7;

export function newInvitationCode(): string {
  let out = "";
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export { formatInvitationCode, normaliseInvitationCode } from "./format";

export function isWellFormedInvitationCode(code: string): boolean {
  return code.length === INVITATION_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

export function hashInvitationCode(code: string): string {
  return createHash("sha256").update(`ttv-invitation:${normaliseInvitationCode(code)}`).digest("hex");
}


/** The link in the invitation; the code is in the query string so the page can fill it in (it is single-use and expires). */
export function invitationLink(appUrl: string, code: string): string {
  return `${appUrl.replace(/\/$/, "")}/uitnodiging?code=${formatInvitationCode(code)}`;
}
