import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { normaliseCode } from "@/lib/util/codes";
import { countsFromDetails } from "./retention-rules";

export const ERASURE_ACTIONS = ["case.erase", "reservation.erase", "waitlist.erase"] as const;

export interface ErasureRecord {
  action: (typeof ERASURE_ACTIONS)[number];
  reference: string;
  at: Date;
  byName: string | null;
  counts: Record<string, number>;
}

/**
 * The proof of an erasure, from the audit log: when it happened, by whom, and how much was removed. Lets the
 * administrator tell the resident it is done. Another municipality's erasure is NOT_FOUND.
 */
export async function getErasureRecord({ actor, reference }: { actor: Actor | null; reference: string }): Promise<ErasureRecord> {
  const scope = adminScope(actor, "case:erase");
  const ref = normaliseCode(reference ?? "");
  if (!ref || ref.length > 20) throw adminNotFound();
  const event = await db.auditEvent.findFirst({
    where: {
      action: { in: [...ERASURE_ACTIONS] },
      details: { path: ["reference"], equals: ref },
      ...(scope.municipalityId ? { municipalityId: scope.municipalityId } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { action: true, at: true, details: true, actor: { select: { name: true } } },
  });
  if (!event) throw adminNotFound();
  return { action: event.action as ErasureRecord["action"], reference: ref, at: event.at, byName: event.actor?.name ?? null, counts: countsFromDetails(event.details) ?? {} };
}
