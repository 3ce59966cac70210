import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export type MunicipalityStatus = "active" | "paused";

/**
 * Pauses or resumes a municipality (platform administrators only). Paused: residents see a message instead of the
 * questionnaire and the reservation forms, and its staff cannot sign in (lib/auth/options.ts) and are signed out on
 * their next request (lib/auth/session.ts). Existing loans and data stay.
 */
export async function setMunicipalityStatus({ actor, municipalityId, status }: { actor: Actor | null; municipalityId: string; status: MunicipalityStatus }) {
  const scope = adminScope(actor, "municipality:manage", municipalityId);
  if (scope.actor.role !== "PLATFORM_ADMIN") throw adminNotFound();
  return db.$transaction(async (tx) => {
    const current = await tx.municipality.findUnique({ where: { id: municipalityId }, select: { id: true, status: true } });
    if (!current) throw adminNotFound();
    if (current.status !== status) {
      await tx.municipality.update({ where: { id: current.id }, data: { status } });
      await recordAuditEvent(
        { actor: scope.actor, action: status === "paused" ? "municipality.pause" : "municipality.resume", entityType: "Municipality", entityId: current.id, municipalityId: current.id, details: { before: current.status, after: status } },
        tx,
      );
    }
    return { municipalityId: current.id, status };
  });
}
