import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { retentionScope, runRetention, type RetentionResult } from "./run-retention";

export { retentionScope };

/** The "Nu opruimen" button: runs the retention rules now, within the actor's scope (runRetention checks it); audited per municipality. */
export async function runRetentionNow({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<RetentionResult> {
  return runRetention({ actor, now });
}
