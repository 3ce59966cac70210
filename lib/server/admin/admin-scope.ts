import "server-only";
import { can, canAdministerMunicipality, type Actor, type Permission } from "@/lib/auth/permissions";
import { appError, type ErrorKey } from "@/lib/errors";

export const ADMIN_NOT_FOUND: ErrorKey = "staff.adminNotFound";

export const adminNotFound = (key: ErrorKey = ADMIN_NOT_FOUND) => appError("NOT_FOUND", key);

export interface AdminScope {
  actor: Actor;
  /** the one municipality this call may touch, or null: every municipality (platform administrators only) */
  municipalityId: string | null;
}

/**
 * Which municipality an administrator may work on for `permission`. A municipality administrator always gets
 * their own municipality (asking for another one reads as "not found"); a platform administrator gets the
 * municipality asked for, or all of them. Everybody else gets NOT_FOUND.
 */
export function adminScope(actor: Actor | null | undefined, permission: Permission, requestedMunicipalityId?: string | null): AdminScope {
  if (!actor || !can(actor, permission)) throw adminNotFound();
  if (actor.role === "PLATFORM_ADMIN") return { actor, municipalityId: requestedMunicipalityId ?? null };
  if (actor.role !== "MUNICIPALITY_ADMIN" || !actor.municipalityId) throw adminNotFound();
  if (requestedMunicipalityId && requestedMunicipalityId !== actor.municipalityId) throw adminNotFound();
  if (!canAdministerMunicipality(actor, actor.municipalityId)) throw adminNotFound();
  return { actor, municipalityId: actor.municipalityId };
}

/** For one record: may this actor administer the municipality it belongs to? */
export function assertAdministers(scope: AdminScope, municipalityId: string | null, message?: ErrorKey): void {
  if (scope.municipalityId === null) {
    if (scope.actor.role !== "PLATFORM_ADMIN") throw adminNotFound(message);
    return;
  }
  if (municipalityId !== scope.municipalityId || !canAdministerMunicipality(scope.actor, municipalityId)) throw adminNotFound(message);
}
