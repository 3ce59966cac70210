/**
 * npm run db:migration:create -- <name>
 * Writes the SQL that takes the existing migrations to prisma/schema.prisma into
 * prisma/migrations/<timestamp>_<name>/migration.sql. (`prisma migrate dev` does not work with the
 * engine-free WASM schema engine; this uses `migrate diff` against a temporary shadow database.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ensureDatabase, projectRoot } from "./lib/database";
import { bin } from "./lib/run";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
if (!name) {
  console.error("Geef een naam: npm run db:migration:create -- voeg_iets_toe");
  process.exit(2);
}

const db = await ensureDatabase({ purpose: "app", databaseName: "ttv" });
try {
  const migrationsDir = path.join(projectRoot, "prisma", "migrations");
  fs.mkdirSync(migrationsDir, { recursive: true });
  const result = spawnSync(
    bin("prisma"),
    ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema-datamodel", path.join(projectRoot, "prisma", "schema.prisma"), "--script"],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" },
  );
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    process.exit(1);
  }
  const sql = result.stdout;
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("Geen verschil tussen schema.prisma en de migraties: er is niets te maken.");
  } else {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ttv-migration-"));
    fs.writeFileSync(path.join(tmp, "migration.sql"), sql);
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const target = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(target);
    fs.renameSync(path.join(tmp, "migration.sql"), path.join(target, "migration.sql"));
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`Nieuwe migratie: ${path.relative(projectRoot, target)}/migration.sql`);
  }
} finally {
  await db.stop();
}
