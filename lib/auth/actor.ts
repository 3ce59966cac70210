/**
 * The only place where a scope for data access is made (see lib/auth/actor.test.ts, which fails when another file
 * calls these):
 * - `actorFromSession`: a signed-in person, from their live database session (lib/auth/session.ts) or from the
 *   test-only factory (tests/support/actors.ts);
 * - `systemActor`: a scheduled job (lib/jobs), which works across municipalities and is audited without a person.
 * Data access (lib/server) takes `Actor` (or `Actor | SystemActor` where a job may call it too); the brand makes
 * an object literal or a cast-free made-up user a type error.
 */
import type { Actor, ActorFields } from "./permissions";

declare const systemBrand: unique symbol;

/** The jobs that run without a person (lib/jobs). */
export type SystemJob = "lending-sweep" | "retention" | "outbox";

export interface SystemActor {
  readonly kind: "system";
  readonly job: SystemJob;
  readonly [systemBrand]: true;
}

export function actorFromSession(fields: ActorFields): Actor {
  return { ...fields, centreIds: [...fields.centreIds] } as Actor;
}

export function systemActor(job: SystemJob): SystemActor {
  return Object.freeze({ kind: "system", job }) as SystemActor;
}

export function isSystemActor(actor: Actor | SystemActor | null | undefined): actor is SystemActor {
  return !!actor && "kind" in actor && actor.kind === "system";
}
