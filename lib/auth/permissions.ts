/**
 * Who may do what: a pure role -> permission map plus small can* functions (no I/O; unit-tested).
 * Data access (lib/server) calls these AND scopes its queries, so a record of another municipality or
 * lending centre reads as "not found".
 */

export type Role = "CONSULTANT" | "CENTRE_STAFF" | "MUNICIPALITY_ADMIN" | "PLATFORM_ADMIN" | "CATALOGUE_EDITOR";

declare const actorBrand: unique symbol;

/** What is known about a signed-in person. Data access takes an `Actor` (below), never these bare fields. */
export interface ActorFields {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  municipalityId: string | null;
  /** lending centres this person works at (staff only) */
  centreIds: string[];
}

/**
 * A signed-in person, as data access (lib/server) takes it. Branded: only lib/auth/actor.ts makes one
 * (`actorFromSession`, called by lib/auth/session.ts); tests get one from tests/support/actors.ts. An object
 * literal is not an Actor, so a function that takes one cannot be called with a made-up user;
 * lib/auth/actor.test.ts fails if anything else makes one.
 */
export type Actor = ActorFields & { readonly [actorBrand]: "signed-in" };

export const PERMISSIONS = {
  CONSULTANT: ["case:read", "case:write", "reservation:create_for_resident"],
  /** desk:use covers the stock, lending and the centre's messages */
  CENTRE_STAFF: ["desk:use"],
  MUNICIPALITY_ADMIN: ["audit:read", "case:erase", "session:revoke", "insights:read", "people:manage", "centre:manage", "settings:manage"],
  PLATFORM_ADMIN: ["audit:read", "session:revoke", "insights:read", "municipality:manage", "catalogue:manage", "people:manage", "centre:manage", "settings:manage"],
  /** platform role without a municipality: edits, previews and publishes the shared catalogue, nothing else */
  CATALOGUE_EDITOR: ["catalogue:manage"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return (PERMISSIONS[actor.role] as readonly string[]).includes(permission);
}

/** The workspace a role lands on after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case "CONSULTANT":
      return "/consulent";
    case "CENTRE_STAFF":
      return "/balie";
    case "MUNICIPALITY_ADMIN":
    case "PLATFORM_ADMIN":
      return "/beheer";
    case "CATALOGUE_EDITOR":
      return "/beheer/catalogus";
  }
}

/** A lending centre's own staff; the administrators of its municipality; platform administrators. */
export function canSeeCentre(actor: Actor | null | undefined, centre: { id: string; municipalityId: string }): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case "CENTRE_STAFF":
      return actor.centreIds.includes(centre.id);
    case "MUNICIPALITY_ADMIN":
      return actor.municipalityId === centre.municipalityId;
    case "PLATFORM_ADMIN":
      return true;
    case "CONSULTANT":
    case "CATALOGUE_EDITOR":
      return false;
  }
}

/** Only a centre's own staff run its desk (hand over, take back, change stock). */
export function canWorkAtCentre(actor: Actor | null | undefined, centreId: string): boolean {
  return !!actor && actor.role === "CENTRE_STAFF" && actor.centreIds.includes(centreId);
}

/** Consultants work on the cases of their own municipality. */
export function canWorkOnCase(actor: Actor | null | undefined, kase: { municipalityId: string }): boolean {
  return !!actor && actor.role === "CONSULTANT" && actor.municipalityId === kase.municipalityId;
}

/** Municipality administrators read the audit log and carry out erasure requests for their own municipality. */
export function canAdministerMunicipality(actor: Actor | null | undefined, municipalityId: string): boolean {
  if (!actor) return false;
  if (actor.role === "PLATFORM_ADMIN") return true;
  return actor.role === "MUNICIPALITY_ADMIN" && actor.municipalityId === municipalityId;
}

/** The roles an administrator may hand out: nobody gives more rights than they have. Platform roles
 * (PLATFORM_ADMIN, CATALOGUE_EDITOR: no municipality) only by a platform administrator. */
export const PLATFORM_ROLES: readonly Role[] = ["PLATFORM_ADMIN", "CATALOGUE_EDITOR"];

export function rolesAssignableBy(actor: Pick<Actor, "role"> | null | undefined): Role[] {
  if (!actor) return [];
  if (actor.role === "PLATFORM_ADMIN") return ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN", "PLATFORM_ADMIN", "CATALOGUE_EDITOR"];
  if (actor.role === "MUNICIPALITY_ADMIN") return ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN"];
  return [];
}
