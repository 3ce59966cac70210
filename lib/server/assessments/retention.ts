import { env } from "@/lib/env";

/**
 * The moment an assessment may be erased: the retention period after its last change. Pass the municipality's
 * retentionDays (lib/server/municipalities/settings.ts); without it the deployment's RETENTION_DAYS applies.
 */
export function eraseAfterFrom(now: Date = new Date(), retentionDays: number = env().RETENTION_DAYS): Date {
  return new Date(now.getTime() + retentionDays * 86_400_000);
}
