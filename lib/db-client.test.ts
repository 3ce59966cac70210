/**
 * A database that does not answer must not hang a request: with the pool's timeouts the query fails.
 * Two fake servers on loopback: one accepts TCP and never says a word; one completes PostgreSQL's start-up
 * (authentication ok, ready for query) and then ignores every query.
 */
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, isDatabaseUnavailable, poolConfig } from "./db-client";

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
