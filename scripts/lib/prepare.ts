/** Migrations, demo data and the Next build: each done only when needed. */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { projectRoot } from "./database";
import { migrateDeploy } from "./migrations";
import { runOrFail, bin } from "./run";

function migrationNames(): string[] {
  const dir = path.join(projectRoot, "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** True when every migration folder has been applied (checked directly, so a warm start skips Prisma's ~11 s). */
async function migrationsApplied(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query("select to_regclass('public._prisma_migrations') as t");
    if (!exists.rows[0]?.t) return false;
    const done = await client.query<{ migration_name: string }>(
      "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null",
    );
    const applied = new Set(done.rows.map((r) => r.migration_name));
    return migrationNames().every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}

export async function migrateIfNeeded(url: string, log: (s: string) => void = console.log): Promise<void> {
  if (await migrationsApplied(url)) return;
  log("Database bijwerken (migraties) …");
  migrateDeploy(url);
}

export function prismaFor(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Seeds the demo data when the database has no municipality yet. */
export async function seedIfEmpty(url: string, log: (s: string) => void = console.log): Promise<boolean> {
  const { isSeeded, seedDemoData } = await import("../../prisma/seed/index");
  const prisma = prismaFor(url);
  try {
    if (await isSeeded(prisma)) {
      // a database seeded before catalogue versions existed: its products become catalogue version 1
      const { ensureCatalogueVersion } = await import("../../lib/catalogue/store");
      const { created } = await ensureCatalogueVersion(prisma);
      if (created) log(`Bestaande producten opgeslagen als catalogusversie ${created}.`);
      return false;
    }
    log("Demogegevens laden …");
    const result = await seedDemoData(prisma);
    log(`Demogegevens geladen: ${result.products} producten, ${result.units} uitleenexemplaren.`);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

export type DataMode = "demo" | "production";

/**
 * What an empty database gets at start. Demo data (with the demo accounts and their published password) only for
 * the local demo on the embedded database, or when asked with `npm start -- --demo`. A start on a real server
 * (DATABASE_URL set) or with NODE_ENV=production is a production start: schema only, and the instruction to create
 * the first platform administrator.
 */
export function dataMode(options: { embedded: boolean; demoFlag: boolean; nodeEnv: string | undefined }): DataMode {
  if (options.demoFlag) return "demo";
  return options.embedded && options.nodeEnv !== "production" ? "demo" : "production";
}

export const FIRST_ADMIN_INSTRUCTION = [
  "De database is leeg: er zijn nog geen gemeenten en geen accounts (er worden geen demogegevens geladen).",
  "Maak de eerste platformbeheerder aan met:  npm run admin:create",
  "(Demogegevens voor een proefomgeving: npm run db:seed, of start met npm start -- --demo.)",
];

/**
 * After the migrations: demo data into an empty database in demo mode; in production mode nothing is added and,
 * when the database has no account yet, the way to create the first platform administrator is printed.
 */
export async function prepareData(url: string, mode: DataMode, log: (s: string) => void = console.log): Promise<"seeded" | "kept" | "empty"> {
  if (mode === "demo") return (await seedIfEmpty(url, log)) ? "seeded" : "kept";
  const prisma = prismaFor(url);
  try {
    if ((await prisma.user.count()) > 0) return "kept";
  } finally {
    await prisma.$disconnect();
  }
  for (const line of FIRST_ADMIN_INSTRUCTION) log(line);
  return "empty";
}

/** Empties every table of the app (not the migrations table): for tests. */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'",
    );
    if (tables.rowCount) {
      await client.query(`truncate table ${tables.rows.map((t) => `"${t.tablename}"`).join(", ")} restart identity cascade`);
    }
    // the background jobs' own schema (pg-boss, lib/jobs JOB_SCHEMA): jobs left queued by an earlier run would be
    // fetched before a test's job; pg-boss creates the schema again on its next start
    await client.query('drop schema if exists "pgboss" cascade');
  } finally {
    await client.end();
  }
}

const SOURCE_ROOTS = ["app", "components", "lib", "public", "next.config.ts", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "instrumentation.ts", "proxy.ts"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules" || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** Runs `next build` when there is no build yet or a source file is newer than the last build. */
export async function buildIfNeeded(log: (s: string) => void = console.log): Promise<void> {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const sources = Math.max(...SOURCE_ROOTS.map((r) => newestMtime(path.join(projectRoot, r))));
  if (built > sources) return;
  log(built ? "Er is code veranderd: de app wordt opnieuw gebouwd …" : "De app wordt gebouwd (eenmalig, ongeveer een halve minuut) …");
  await runOrFail(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
}
