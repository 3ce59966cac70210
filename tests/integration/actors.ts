/** Actors for integration tests: a real Session row per sign-in, as lib/auth/session.ts would build it. */
import { testActor } from "@/tests/support/actors";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { expect } from "vitest";

export async function actorFor(email: string): Promise<Actor> {
  const { db } = await import("@/lib/db");
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
  const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  return testActor({ userId: user.id, sessionId: session.id, name: user.name, email: user.email, role: user.role, municipalityId: user.municipalityId, centreIds: user.centres.map((c) => c.centreId) });
}

export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
