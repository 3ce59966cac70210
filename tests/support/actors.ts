/**
 * The test-only factory for scopes (lib/auth/actor.ts is the only other place that makes them; its test allows
 * exactly lib/auth/session.ts, lib/jobs and this file). Production code never imports this file.
 */
import { actorFromSession, systemActor, type SystemActor, type SystemJob } from "@/lib/auth/actor";
import type { Actor, ActorFields } from "@/lib/auth/permissions";

export function testActor(fields: ActorFields): Actor {
  return actorFromSession(fields);
}

export function testSystemActor(job: SystemJob = "retention"): SystemActor {
  return systemActor(job);
}
