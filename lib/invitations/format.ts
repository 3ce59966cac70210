/**
 * Shaping an invitation code for people, without node:crypto: client components import this (a crypto import would pull
 * a large eval-using polyfill into the browser, which the Content-Security-Policy blocks).
 */

/** What people type or paste: lower case, spaces and dashes are fine. */
export function normaliseInvitationCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

/** "KX7M-2QPD-B8RT-9HWC" */
export function formatInvitationCode(code: string): string {
  return normaliseInvitationCode(code).replace(/(.{4})(?=.)/g, "$1-");
}
