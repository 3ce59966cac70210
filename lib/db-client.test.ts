/**
 * A database that does not answer must not hang a request: with the pool's timeouts the query fails.
 * Two fake servers on loopback: one accepts TCP and never says a word; one completes PostgreSQL's start-up
 * (authentication ok, ready for query) and then ignores every query.
 */
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { createPrismaClient, databaseUnavailableReason, isDatabaseUnavailable, poolConfig } from "./db-client";

const settings = { poolSize: 2, connectTimeoutMs: 300, statementTimeoutMs: 300 };
const servers: net.Server[] = [];
const sockets: net.Socket[] = [];

function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      sockets.push(socket);
      socket.on("error", () => undefined);
      onConnection(socket);
    });
    servers.push(server);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
  });
}

/** Answers the start-up message with AuthenticationOk + ReadyForQuery, then stays silent. */
function handshakeThenSilence(socket: net.Socket): void {
  let greeted = false;
  socket.on("data", () => {
    if (greeted) return; // a query: never answered
    greeted = true;
    const authOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]);
    const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
    socket.write(Buffer.concat([authOk, ready]));
  });
}

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("database timeouts", () => {
  it("sets the pool size, the connect timeout and the server-side timeouts", () => {
    const config = poolConfig("postgresql://u@127.0.0.1:5432/ttv", { poolSize: 7, connectTimeoutMs: 1234, statementTimeoutMs: 5000 });
    expect(config).toMatchObject({ max: 7, statement_timeout: 5000, idle_in_transaction_session_timeout: 60_000 });
    // a new connection gives up after the connect timeout; queueing for a free one in a burst may take longer
    const TimedClient = config.Client as unknown as new (c: object) => { _connectionTimeoutMillis: number };
    expect(new TimedClient({})._connectionTimeoutMillis).toBe(1234);
    expect(config.connectionTimeoutMillis).toBe(30_000);
    expect(config.query_timeout).toBeGreaterThan(5000);
  });

  it("fails a query when the server accepts the connection but never answers", async () => {
    const port = await listen(() => undefined);
    const prisma = createPrismaClient(`postgresql://u:p@127.0.0.1:${port}/ttv`, settings);
    try {
      await expect(prisma.$queryRawUnsafe("select 1")).rejects.toThrow(/timeout/i);
    } finally {
      await prisma.$disconnect().catch(() => undefined);
    }
  });

  it("fails a raw pool query (as lib/server/cache/versions.ts runs it) with an error read as a connect timeout", async () => {
    const port = await listen(() => undefined);
    // the pool may wait longer than a new connection may take: the connection's own timeout fires first
    const pool = new pg.Pool(poolConfig(`postgresql://u:p@127.0.0.1:${port}/ttv`, { ...settings, poolWaitMs: 5000 }));
    pool.on("error", () => undefined);
    try {
      const error: unknown = await pool.query("select 1").then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(databaseUnavailableReason(error)).toBe("connect-timeout");
    } finally {
      await pool.end().catch(() => undefined);
    }
  });

  it("fails a raw pool query with a refused connection when nothing listens", async () => {
    const port = await listen(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const pool = new pg.Pool(poolConfig(`postgresql://u:p@127.0.0.1:${port}/ttv`, settings));
    pool.on("error", () => undefined);
    try {
      const error: unknown = await pool.query("select 1").then(() => null, (e: unknown) => e);
      expect(databaseUnavailableReason(error)).toBe("refused");
    } finally {
      await pool.end().catch(() => undefined);
    }
  });

  it("fails a query when the server is connected but does not answer the query", async () => {
    const port = await listen(handshakeThenSilence);
    const prisma = createPrismaClient(`postgresql://u:p@127.0.0.1:${port}/ttv`, settings);
    try {
      await expect(prisma.$queryRawUnsafe("select 1")).rejects.toThrow(/timeout/i);
    } finally {
      await prisma.$disconnect().catch(() => undefined);
    }
  });
});

describe("isDatabaseUnavailable", () => {
  const adapter = (cause: Record<string, string>) => Object.assign(new Error("x"), { code: "P2010", meta: { driverAdapterError: { cause } } });
  it.each([
    { name: "P1001 not reachable", error: Object.assign(new Error("x"), { code: "P1001" }), unavailable: true },
    { name: "P2024 no free connection in the pool", error: Object.assign(new Error("x"), { code: "P2024" }), unavailable: true },
    { name: "adapter: DatabaseNotReachable", error: adapter({ kind: "DatabaseNotReachable" }), unavailable: true },
    { name: "adapter: admin shutdown 57P01", error: adapter({ kind: "postgres", originalCode: "57P01" }), unavailable: true },
    { name: "adapter: statement timeout 57014", error: adapter({ kind: "postgres", originalCode: "57014" }), unavailable: true },
    { name: "adapter: connection failure 08006", error: adapter({ kind: "postgres", originalCode: "08006" }), unavailable: true },
    { name: "connect timeout message", error: new Error("Connection terminated due to connection timeout"), unavailable: true },
    { name: "wrapped ECONNREFUSED", error: Object.assign(new Error("outer"), { cause: Object.assign(new Error("inner"), { code: "ECONNREFUSED" }) }), unavailable: true },
    { name: "unique violation P2002 (a real answer)", error: Object.assign(new Error("x"), { code: "P2002" }), unavailable: false },
    { name: "adapter: exclusion violation 23P01", error: adapter({ kind: "postgres", originalCode: "23P01" }), unavailable: false },
    { name: "a plain bug", error: new TypeError("undefined is not a function"), unavailable: false },
    { name: "not an error", error: "x", unavailable: false },
  ])("$name -> $unavailable", ({ error, unavailable }) => {
    expect(isDatabaseUnavailable(error)).toBe(unavailable);
  });
});

describe("databaseUnavailableReason", () => {
  const adapter = (cause: Record<string, string>) => Object.assign(new Error("x"), { code: "P2010", meta: { driverAdapterError: { cause } } });
  const withCode = (code: string, message = "x", name = "Error") => Object.assign(new Error(message), { code, name });
  it.each([
    // pg / pg-pool, as thrown by a raw pool query (lib/server/cache/versions.ts currentVersions)
    { name: "pg: a new connection's own connect timeout", error: new Error("timeout expired"), reason: "connect-timeout" },
    { name: "pg-pool: connect timeout", error: new Error("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") }), reason: "connect-timeout" },
    { name: "pg-pool: no free pooled connection in time", error: new Error("timeout exceeded when trying to connect"), reason: "pool-timeout" },
    { name: "pg: query read timeout", error: new Error("Query read timeout"), reason: "query-timeout" },
    { name: "pg: connection terminated unexpectedly", error: new Error("Connection terminated unexpectedly"), reason: "connection-lost" },
    { name: "pg: closed client", error: new Error("Client was closed and is not queryable"), reason: "connection-lost" },
    { name: "pg: client with a connection error", error: new Error("Client has encountered a connection error and is not queryable"), reason: "connection-lost" },
    { name: "pg-pool: pool ended (shutdown)", error: new Error("Cannot use a pool after calling end on the pool"), reason: "pool-closed" },
    { name: "ECONNREFUSED", error: withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"), reason: "refused" },
    { name: "AggregateError of two refused addresses", error: new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")], "x"), reason: "refused" },
    { name: "ECONNRESET", error: withCode("ECONNRESET"), reason: "connection-lost" },
    { name: "ETIMEDOUT", error: withCode("ETIMEDOUT"), reason: "connect-timeout" },
    { name: "EADDRNOTAVAIL (no local port left)", error: withCode("EADDRNOTAVAIL"), reason: "network" },
    { name: "ENOTFOUND", error: withCode("ENOTFOUND"), reason: "network" },
    { name: "PostgreSQL 53300 too many clients (pg DatabaseError)", error: withCode("53300", "sorry, too many clients already", "error"), reason: "too-many-connections" },
    { name: "PostgreSQL 53300 reserved slots", error: withCode("53300", "remaining connection slots are reserved for roles with the SUPERUSER attribute", "error"), reason: "too-many-connections" },
    { name: "PostgreSQL 53200 out of memory", error: withCode("53200"), reason: "server-resources" },
    { name: "PostgreSQL 57P01 admin shutdown", error: withCode("57P01"), reason: "shutting-down" },
    { name: "PostgreSQL 57P03 starting up", error: withCode("57P03", "the database system is starting up"), reason: "shutting-down" },
    { name: "PostgreSQL 57P05 idle session timeout", error: withCode("57P05"), reason: "connection-lost" },
    { name: "PostgreSQL 57014 statement timeout", error: withCode("57014"), reason: "query-timeout" },
    { name: "PostgreSQL 08006 connection failure", error: withCode("08006"), reason: "connection-lost" },
    { name: "too many clients, message only", error: new Error("sorry, too many clients already"), reason: "too-many-connections" },
    // Prisma and its driver adapter
    { name: "Prisma P1001", error: withCode("P1001"), reason: "refused" },
    { name: "Prisma P2024 pool timeout", error: withCode("P2024"), reason: "pool-timeout" },
    { name: "adapter: TooManyConnections", error: adapter({ kind: "TooManyConnections" }), reason: "too-many-connections" },
    { name: "adapter: 53300", error: adapter({ kind: "postgres", originalCode: "53300" }), reason: "too-many-connections" },
    { name: "wrapped twice", error: new Error("outer", { cause: new Error("middle", { cause: new Error("timeout expired") }) }), reason: "connect-timeout" },
    // not the database being unavailable: a real answer or a bug
    { name: "unique violation 23505", error: withCode("23505", "duplicate key", "error"), reason: null },
    { name: "serialization failure 40001", error: withCode("40001"), reason: null },
    { name: "Prisma P2002", error: withCode("P2002"), reason: null },
    { name: "a message that only contains 'timeout expired'", error: new Error("your session timeout expired"), reason: null },
    { name: "a plain bug", error: new TypeError("Cannot read properties of undefined"), reason: null },
    { name: "null", error: null, reason: null },
    { name: "a string", error: "timeout expired", reason: null },
  ])("$name -> $reason", ({ error, reason }) => {
    expect(databaseUnavailableReason(error)).toBe(reason);
    expect(isDatabaseUnavailable(error)).toBe(reason !== null);
  });
});
