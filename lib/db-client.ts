/**
 * How the app connects to PostgreSQL: the pool's size and its timeouts (settings DB_POOL_SIZE, DB_CONNECT_TIMEOUT_MS,
 * DB_STATEMENT_TIMEOUT_MS in lib/env.ts). Without timeouts a request waits forever on a server that accepted the
 * TCP connection but does not answer; with them it fails, and the page or the API answers with an error instead.
 * No "server-only" here: unit tests build a client against a fake server.
 */
import type { PoolConfig } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface DbSettings {
  /** connections per app process */
  poolSize: number;
  /** how long to wait for a connection (TCP + PostgreSQL's start-up answer) */
  connectTimeoutMs: number;
  /** the longest one SQL statement may run (PostgreSQL's statement_timeout; the client gives up a little later) */
  statementTimeoutMs: number;
}

/** A transaction left open without work (a crashed request) is ended by PostgreSQL after this long. */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
/** The client's own deadline for an answer comes this much after the server's statement_timeout. */
const CLIENT_GRACE_MS = 2_000;

export function poolConfig(connectionString: string, settings: DbSettings): PoolConfig {
  return {
    connectionString,
    max: settings.poolSize,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    // server side: PostgreSQL cancels a statement that runs too long, and ends idle open transactions
    statement_timeout: settings.statementTimeoutMs,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    // client side: also when the server does not answer at all
    query_timeout: settings.statementTimeoutMs + CLIENT_GRACE_MS,
    application_name: "ttv",
  };
}

export function createPrismaClient(connectionString: string, settings: DbSettings): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolConfig(connectionString, settings)) });
}

export function dbSettingsFrom(env: { DB_POOL_SIZE: number; DB_CONNECT_TIMEOUT_MS: number; DB_STATEMENT_TIMEOUT_MS: number }): DbSettings {
  return { poolSize: env.DB_POOL_SIZE, connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS };
}
