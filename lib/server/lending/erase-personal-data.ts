import "server-only";
import type { SystemActor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { erasePersonalDataNow } from "@/lib/server/privacy/run-retention";

/**
 * Keeps the promise of the consent text: a resident's name, phone number and e-mail address are erased once
 * eraseAfter has passed, and messages older than the retention period are deleted. Never while the data is still
 * needed: an open reservation, an active loan (or one returned less than the municipality's retention period ago),
 * or a waiting-list entry that is still WAITING or OFFERED. The records themselves stay (without personal data) for
 * the stock history and the numbers. Runs in the lending sweep; the rules and queries are the retention path's own
 * (lib/server/privacy/run-retention.ts, erasePersonalDataNow), so there is one way personal data is erased.
 */
export async function erasePersonalData({ actor, now = new Date() }: { actor: SystemActor; now?: Date }): Promise<{ reservations: number; waitlist: number; messages: number }> {
  const messagesBefore = new Date(now.getTime() - env().RETENTION_DAYS * 86_400_000);
  return erasePersonalDataNow({ actor, now, messagesBefore });
}
