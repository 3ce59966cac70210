/**
 * Driver adapter for the Prisma CLI (migrate deploy / diff) in engine-free mode.
 * Used only from prisma.config.ts, never by the app at runtime.
 *
 * It works around three bugs of @prisma/adapter-pg 6.19.3 that only the schema engine hits
 * (see ../shared/notes/stack.md):
 *  1. catalog columns of type `name` (oid 19) and `"char"` (oid 18) cannot be deserialised: report them as text (25);
 *  2. the shadow database connection re-used the main database: build pools from separate fields;
 *  3. the shadow database was dropped while still connected: close the pool first, then DROP ... WITH (FORCE);
 *  4. executeScript split a migration at every ";", also inside comments, strings and $$ function bodies: split with
 *     scripts/lib/sql-statements.ts instead (hand-written trigger functions, migration "cache_versions").
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { splitSqlStatements } from "../scripts/lib/sql-statements";

type QueryResultLike = { fields?: { name: string; dataTypeID: number }[]; rows?: unknown[]; rowCount?: number | null };
const patched = Symbol("ttv.patched");

function asText<T>(result: T): T {
  const r = result as QueryResultLike | undefined;
  const fields = r?.fields;
  if (fields) {
    for (const field of fields) {
      if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    }
    // 5. constraint triggers (pg_constraint.contype 't', migration "cache_versions") crash the schema engine's
    //    describer ("RuntimeError: unreachable"); they are not part of the Prisma schema, so it need not see them
    const contype = fields.findIndex((f) => f.name === "constraint_type");
    if (contype !== -1 && Array.isArray(r.rows)) {
      r.rows = r.rows.filter((row) => (Array.isArray(row) ? row[contype] : (row as Record<string, unknown>).constraint_type) !== "t");
      r.rowCount = r.rows.length;
    }
  }
  return result;
}

function wrapQuery(target: { query: (...args: unknown[]) => unknown }) {
  const marked = target as unknown as Record<symbol, boolean>;
  if (marked[patched]) return;
  const original = target.query.bind(target);
  target.query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(asText) : out;
  };
  marked[patched] = true;
}

class CatalogSafePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    wrapQuery(this as unknown as { query: (...args: unknown[]) => unknown });
    this.on("connect", (client) => wrapQuery(client as unknown as { query: (...args: unknown[]) => unknown }));
  }
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
    allowExitOnIdle: true,
    max: 4,
  };
}

type Connected = Awaited<ReturnType<PrismaPg["connect"]>>;

/** Runs a script statement by statement, split where statements really end (see scripts/lib/sql-statements.ts). */
function withStatementSplitting(adapter: Connected): Connected {
  const client = adapter.underlyingDriver() as unknown as { query: (sql: string) => Promise<unknown> };
  adapter.executeScript = async (script: string) => {
    for (const statement of splitSqlStatements(script)) await client.query(statement);
  };
  return adapter;
}

export class CliPrismaPg extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  override async connect() {
    const pool = new CatalogSafePool(poolConfig(this.url));
    return withStatementSplitting(await new PrismaPg(pool, { disposeExternalPool: true }).connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowPool = new CatalogSafePool(poolConfig(this.url, database));
    const shadow = withStatementSplitting(await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect());
    shadow.dispose = async () => {
      await shadowPool.end();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}
