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

/**
 * Why the database cannot be used right now (a constant label, safe for the log: no message text, no data):
 *   connect-timeout       a new connection got no answer in time (pg: "timeout expired", the connect timeout of
 *                         {@link clientWithConnectTimeout}; pg-pool: "Connection terminated due to connection timeout")
 *   pool-timeout          no free pooled connection in time (pg-pool: "timeout exceeded when trying to connect"; P2024)
 *   refused               nothing listens (ECONNREFUSED; Prisma P1001)
 *   network               host or network unreachable, name lookup failed, no local port left
 *   connection-lost       an open connection broke (reset, terminated, 08xxx, idle-session timeout 57P05)
 *   too-many-connections  PostgreSQL refuses more clients (53300 "sorry, too many clients already", 53400)
 *   server-resources      PostgreSQL is out of memory or disk (53000, 53100, 53200)
 *   shutting-down         PostgreSQL shuts down or starts up (57P01, 57P02, 57P03)
 *   query-timeout         a statement ran too long (57014, pg "Query read timeout", P1008)
 *   pool-closed           this process is shutting its pool down ("Cannot use a pool after calling end on the pool")
 */
export type DatabaseUnavailableReason =
  | "connect-timeout"
  | "pool-timeout"
  | "refused"
  | "network"
  | "connection-lost"
  | "too-many-connections"
  | "server-resources"
  | "shutting-down"
  | "query-timeout"
  | "pool-closed";

const PRISMA_CODES: Readonly<Record<string, DatabaseUnavailableReason>> = {
  P1001: "refused",
  P1002: "connect-timeout",
  P1008: "query-timeout",
  P1017: "connection-lost",
  P2024: "pool-timeout",
};
const NODE_CODES: Readonly<Record<string, DatabaseUnavailableReason>> = {
  ECONNREFUSED: "refused",
  ECONNRESET: "connection-lost",
  EPIPE: "connection-lost",
  ETIMEDOUT: "connect-timeout",
  EHOSTUNREACH: "network",
  ENETUNREACH: "network",
  ENOTFOUND: "network",
  EAI_AGAIN: "network",
  EADDRNOTAVAIL: "network",
};
const ADAPTER_KINDS: Readonly<Record<string, DatabaseUnavailableReason>> = {
  DatabaseNotReachable: "refused",
  DatabaseDoesNotExist: "refused",
  SocketTimeout: "query-timeout",
  ConnectionClosed: "connection-lost",
  TooManyConnections: "too-many-connections",
  TransactionAlreadyClosed: "connection-lost",
};
/** PostgreSQL SQLSTATEs that mean "the database is (briefly) not there", not "this request is wrong". */
function sqlstateReason(code: string): DatabaseUnavailableReason | null {
  if (/^08[0-9A-Z]{3}$/.test(code)) return "connection-lost";
  if (code === "53300" || code === "53400") return "too-many-connections";
  if (code === "53000" || code === "53100" || code === "53200") return "server-resources";
  if (code === "57P01" || code === "57P02" || code === "57P03") return "shutting-down";
  if (code === "57P05") return "connection-lost";
  if (code === "57014") return "query-timeout";
  return null;
}
/** the driver's own messages (pg, pg-pool, Prisma) for errors that carry no code */
const MESSAGES: readonly [RegExp, DatabaseUnavailableReason][] = [
  [/^timeout expired$/, "connect-timeout"],
  [/Connection terminated due to connection timeout/, "connect-timeout"],
  [/timeout exceeded when trying to connect/, "pool-timeout"],
  [/Query read timeout/, "query-timeout"],
  [/Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|ECONNRESET/, "connection-lost"],
  [/ECONNREFUSED/, "refused"],
  [/sorry, too many clients already|remaining connection slots are reserved/, "too-many-connections"],
  [/the database system is (starting up|shutting down|in recovery mode)/, "shutting-down"],
  [/^Cannot use a pool after calling end on the pool$/, "pool-closed"],
];

/**
 * Why an error means the database cannot be used right now (down, restarting, too slow, no free connection, too
 * many clients), or null when it is something else (a real answer such as a unique violation, or a bug). Follows
 * `cause` and an AggregateError's `errors` a few levels deep. Looks at codes and the drivers' fixed messages only.
 */
export function databaseUnavailableReason(error: unknown, depth = 0): DatabaseUnavailableReason | null {
  if (!error || typeof error !== "object" || depth > 4) return null;
  const x = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } }; cause?: unknown; errors?: unknown };
  const code = typeof x.code === "string" ? x.code : undefined;
  if (code) {
    const byCode = PRISMA_CODES[code] ?? NODE_CODES[code] ?? sqlstateReason(code);
    if (byCode) return byCode;
  }
  const adapter = x.meta?.driverAdapterError?.cause;
  if (adapter) {
    if (typeof adapter.kind === "string" && ADAPTER_KINDS[adapter.kind]) return ADAPTER_KINDS[adapter.kind]!;
    const sqlstate = typeof adapter.originalCode === "string" ? adapter.originalCode : typeof adapter.code === "string" ? adapter.code : "";
    const bySqlstate = sqlstate ? sqlstateReason(sqlstate) : null;
    if (bySqlstate) return bySqlstate;
  }
  if (typeof x.message === "string") {
    const message = x.message;
    const hit = MESSAGES.find(([pattern]) => pattern.test(message));
    if (hit) return hit[1];
  }
  if (Array.isArray(x.errors)) {
    for (const inner of x.errors.slice(0, 4)) {
      const reason = databaseUnavailableReason(inner, depth + 1);
      if (reason) return reason;
    }
  }
  return databaseUnavailableReason(x.cause, depth + 1);
}

/** True when an error means the database cannot be reached right now, so the API answers 503 "try again shortly". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}
