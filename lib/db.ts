import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient, dbSettingsFrom } from "@/lib/db-client";

const globalForPrisma = globalThis as unknown as { ttvPrisma?: PrismaClient };

function client(): PrismaClient {
  // Created on first use, not at import: `next build` imports this module without a database.
  // Pool size and connect/statement timeouts come from the settings (DB_POOL_SIZE, DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS).
  globalForPrisma.ttvPrisma ??= createPrismaClient(env().DATABASE_URL, dbSettingsFrom(env()));
  return globalForPrisma.ttvPrisma;
}

/** The app's one Prisma client (one per process, kept across hot reloads in development). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});

export type { PrismaClient };
