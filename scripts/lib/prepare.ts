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
