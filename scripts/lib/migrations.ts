import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./database";

const prisma = path.join(projectRoot, "node_modules", ".bin", "prisma");

/** Applies all migrations in prisma/migrations to the database at `url`. */
export function migrateDeploy(url: string): void {
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy mislukte:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * The SQL that would still be needed to take the migrations to schema.prisma (empty when they agree).
 * Uses a temporary shadow database on the server at `url`.
 */
export function schemaDriftSql(url: string): string {
  const result = spawnSync(
    prisma,
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff mislukte:\n${result.stderr}`);
  return result.stdout
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"))
    .join("\n");
}
