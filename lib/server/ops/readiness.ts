import "server-only";
/**
 * Liveness and readiness for load balancers and monitoring (GET /api/health, GET /api/ready). Cheap (one small
 * query), no personal data, no tenant data: only whether the database answers, whether every migration in
 * prisma/migrations is applied, and the state of the background jobs.
 */
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { jobsStatus, type JobsState } from "@/lib/jobs/supervisor";
import { isStopping } from "@/lib/ops/lifecycle";

export interface Readiness {
  status: "ready" | "not_ready";
  checks: {
    database: "ok" | "unreachable";
    /** ok: all applied; pending: some not (yet) applied or one failed; unknown: database unreachable */
    migrations: "ok" | "pending" | "unknown";
    jobs: JobsState;
    /** true after SIGTERM: running requests finish, new traffic should go elsewhere */
    stopping: boolean;
  };
}

let expected: string[] | undefined;

/** The migration folders shipped with this build (read once). Empty when the folder is not deployed. */
function expectedMigrations(): string[] {
  if (!expected) {
    const dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");
    try {
      expected = fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      expected = [];
    }
  }
  return expected;
}

export async function checkReadiness(): Promise<Readiness> {
  const stopping = isStopping();
  const jobs = jobsStatus().state;
  let database: Readiness["checks"]["database"] = "ok";
  let migrations: Readiness["checks"]["migrations"] = "unknown";
  try {
    const [table] = await db.$queryRaw<{ present: boolean }[]>`select to_regclass('public._prisma_migrations') is not null as present`;
    if (!table?.present) {
      migrations = "pending"; // reachable, nothing migrated yet
    } else {
      const rows = await db.$queryRaw<{ migration_name: string; ok: boolean }[]>`
        select migration_name, (finished_at is not null and rolled_back_at is null) as ok from _prisma_migrations`;
      const applied = new Set(rows.filter((r) => r.ok).map((r) => r.migration_name));
      const failed = rows.some((r) => !r.ok && !applied.has(r.migration_name));
      migrations = !failed && applied.size > 0 && expectedMigrations().every((name) => applied.has(name)) ? "ok" : "pending";
    }
  } catch {
    database = "unreachable";
  }
  const jobsOk = jobs === "running" || jobs === "disabled";
  const ready = !stopping && database === "ok" && migrations === "ok" && jobsOk;
  return { status: ready ? "ready" : "not_ready", checks: { database, migrations, jobs, stopping } };
}
