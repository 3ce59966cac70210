/**
 * How the app connects to PostgreSQL: the pool's size and its timeouts (settings DB_POOL_SIZE, DB_CONNECT_TIMEOUT_MS,
 * DB_STATEMENT_TIMEOUT_MS in lib/env.ts). Without timeouts a request waits forever on a server that accepted the
 * TCP connection but does not answer; with them it fails, and the page or the API answers with an error instead.
 * No "server-only" here: unit tests build a client against a fake server.
 */
import pg, { type PoolConfig } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface DbSettings {
  /** connections per app process */
  poolSize: number;
  /** how long to wait for a connection (TCP + PostgreSQL's start-up answer) */
  connectTimeoutMs: number;
  /** how long a query may queue for a free connection of a busy pool (defaults to 30 s) */
  poolWaitMs?: number;
  /** the longest one SQL statement may run (PostgreSQL's statement_timeout; the client gives up a little later) */
  statementTimeoutMs: number;
}

/** A transaction left open without work (a crashed request) is ended by PostgreSQL after this long. */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
/** The client's own deadline for an answer comes this much after the server's statement_timeout. */
const CLIENT_GRACE_MS = 2_000;

/**
 * pg-pool uses one `connectionTimeoutMillis` for two things: queueing for a free pooled connection and opening a new
 * one. A burst (many reservations at once) must be able to queue longer than a dead server may take to answer the
 * connect, so the pool gets the wait and each new connection (a pg.Client subclass) gets the connect timeout.
 */
export function clientWithConnectTimeout(connectTimeoutMs: number): typeof pg.Client {
  return class TimedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
    }
  };
}

export function poolConfig(connectionString: string, settings: DbSettings): PoolConfig {
  return {
    connectionString,
    max: settings.poolSize,
    Client: clientWithConnectTimeout(settings.connectTimeoutMs),
    connectionTimeoutMillis: Math.max(settings.poolWaitMs ?? 30_000, settings.connectTimeoutMs),
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

export function dbSettingsFrom(env: { DB_POOL_SIZE: number; DB_CONNECT_TIMEOUT_MS: number; DB_STATEMENT_TIMEOUT_MS: number; DB_POOL_WAIT_MS?: number }): DbSettings {
  return { poolSize: env.DB_POOL_SIZE, connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS, poolWaitMs: env.DB_POOL_WAIT_MS };
}

const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "SocketTimeout", "ConnectionClosed", "TooManyConnections", "TransactionAlreadyClosed"]);
/** PostgreSQL SQLSTATEs that mean "the database is (briefly) not there", not "this request is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08...|57P01|57P02|57P03|57014|53300)$/;
const UNAVAILABLE_MESSAGES = /Connection terminated|Query read timeout|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/;

/**
 * True when an error means the database cannot be reached right now (down, restarting, too slow, no free
 * connection), so the API answers 503 "try again shortly" instead of 500. Looks at codes only, never logs.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const x = e as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } }; cause?: unknown };
    const code = typeof x.code === "string" ? x.code : undefined;
    if (code && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || code === "ECONNREFUSED" || code === "ECONNRESET" || code === "ETIMEDOUT")) return true;
    const adapter = x.meta?.driverAdapterError?.cause;
    if (adapter) {
      if (typeof adapter.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(adapter.kind)) return true;
      const sqlstate = typeof adapter.originalCode === "string" ? adapter.originalCode : typeof adapter.code === "string" ? adapter.code : "";
      if (UNAVAILABLE_SQLSTATE.test(sqlstate)) return true;
    }
    if (typeof x.message === "string" && UNAVAILABLE_MESSAGES.test(x.message)) return true;
    e = x.cause;
  }
  return false;
}
