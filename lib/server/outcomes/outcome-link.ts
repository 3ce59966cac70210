import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * The resident's "how did it go?" link: /uitkomst/<token>. The token is 128 random bits (base64url, 22 characters),
 * carries no personal data, and only its SHA-256 is stored (Loan.outcomeTokenHash), like invitation codes.
 */
export const OUTCOME_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newOutcomeToken(): { token: string; hash: string } {
  const token = randomBytes(16).toString("base64url");
  return { token, hash: hashOutcomeToken(token) };
}

export function hashOutcomeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const outcomePath = (token: string): string => `/uitkomst/${token}`;
