import { env } from "@/lib/env";

/** The moment an assessment may be erased: RETENTION_DAYS after its last change. */
export function eraseAfterFrom(now: Date = new Date()): Date {
  return new Date(now.getTime() + env().RETENTION_DAYS * 86_400_000);
}
