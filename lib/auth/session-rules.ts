/**
 * Whether a session row still counts: not revoked, before its absolute end (one working day) and used within the
 * idle limit (SESSION_IDLE_MINUTES, default 30). Pure; unit-tested.
 */
export function sessionIsLive(row: { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date }, now: Date, idleMinutes: number): boolean {
  if (row.revokedAt) return false;
  if (row.expiresAt.getTime() <= now.getTime()) return false;
  return now.getTime() - row.lastSeenAt.getTime() < idleMinutes * 60_000;
}
