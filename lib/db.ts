import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { dbSettingsFrom, poolConfig } from "@/lib/db-client";

const globalForPrisma = globalThis as unknown as { ttvPrisma?: PrismaClient; ttvPool?: pg.Pool };

/** The app's one pg connection pool: Prisma's adapter and the rate limiter's PostgreSQL store share it. */
export function pgPool(): pg.Pool {
  globalForPrisma.ttvPool ??= new pg.Pool(poolConfig(env().DATABASE_URL, dbSettingsFrom(env())));
  return globalForPrisma.ttvPool;
}

function client(): PrismaClient {
  // Created on first use, not at import: `next build` imports this module without a database.
  // Pool size and connect/statement timeouts come from the settings (DB_POOL_SIZE, DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS).
  globalForPrisma.ttvPrisma ??= new PrismaClient({ adapter: new PrismaPg(pgPool()) });
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

/** Closes the Prisma client and the shared pool (on shutdown). */
export async function closeDb(): Promise<void> {
  await globalForPrisma.ttvPrisma?.$disconnect();
  const pool = globalForPrisma.ttvPool;
  globalForPrisma.ttvPool = undefined;
  globalForPrisma.ttvPrisma = undefined;
  if (pool && !pool.ended) await pool.end();
}

export type { PrismaClient };
