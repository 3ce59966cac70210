import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authOptions } from "./options";
import { actorFromSession } from "./actor";
import { homeFor, type Actor, type Role } from "./permissions";
import { sessionIsLive } from "./session-rules";

/** "last seen" is written at most once a minute; the idle limit is therefore exact to about a minute */
const LAST_SEEN_EVERY_MS = 60_000;

/**
 * The signed-in person for this request, or null. Checks the database session row every time,
 * so a revoked, expired or idle session signs the user out at once.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  const sid = session?.sid;
  if (!sid) return null;
  const now = new Date();
  const row = await db.session.findFirst({
    where: { id: sid, revokedAt: null, expiresAt: { gt: now } },
    include: { user: { include: { centres: true, municipality: { select: { status: true } } } } },
  });
  // a paused municipality signs its people out on their next request
  // an account made through the municipality's identity provider without a mapped role has no rights at all
  if (!row || !row.user.active || row.user.awaitingRights || row.user.municipality?.status === "paused") return null;
  if (!sessionIsLive(row, now, env().SESSION_IDLE_MINUTES)) {
    // idle too long: end the row too, so the administrators' list shows it as ended
    await db.session.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } });
    return null;
  }
  // "last seen" for the idle limit and the administrators' session list
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return actorFromSession({
    userId: row.user.id,
    sessionId: row.id,
    name: row.user.name,
    email: row.user.email,
    role: row.user.role,
    municipalityId: row.user.municipalityId,
    centreIds: row.user.centres.map((c) => c.centreId),
  });
});

/** For pages: sends people who are not signed in to the sign-in page; the wrong role gets "not found". */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen");
  if (!roles.includes(user.role)) notFound();
  return user;
}

export { homeFor };
