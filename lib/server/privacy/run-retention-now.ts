import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope, type AdminScope } from "@/lib/server/admin/admin-scope";
import { runRetention, type RetentionResult } from "./run-retention";

/**
 * Who may start the clean-up by hand: a municipality administrator for their own municipality, a platform
 * administrator for every municipality (like the daily job). Anyone else: NOT_FOUND.
 */
export function retentionScope(actor: Actor | null | undefined): AdminScope {
  if (actor?.role === "PLATFORM_ADMIN") return adminScope(actor, "municipality:manage");
  if (actor?.role === "MUNICIPALITY_ADMIN") return adminScope(actor, "case:erase");
  throw adminNotFound();
}

/** The "Nu opruimen" button: runs the retention rules now, within the actor's scope; audited per municipality. */
export async function runRetentionNow({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<RetentionResult> {
  const scope = retentionScope(actor);
  return runRetention({ now, municipalityId: scope.municipalityId ?? undefined, actor: scope.actor });
}
