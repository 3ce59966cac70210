/**
 * GET /api/health and GET /api/ready against the real database: ready only when the database answers, every
 * migration is applied and the jobs run or are switched off; the answers match the OpenAPI document.
 */
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getReady } from "@/app/api/ready/route";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiValidator } from "@/lib/api/openapi/validate";
import { JobsSupervisor, markJobsDisabled, setJobsSupervisor } from "@/lib/jobs/supervisor";
import { resetWithDemoData } from "./helpers";

const openapi = buildOpenApiDocument();
const validator = openApiValidator(openapi);
let db: Awaited<ReturnType<typeof resetWithDemoData>>;

beforeAll(async () => {
  db = await resetWithDemoData();
});

afterEach(() => {
  markJobsDisabled(false);
  setJobsSupervisor(undefined);
});

describe("health and readiness", () => {
  it("GET /api/health answers 200 without touching the database", async () => {
    const response = getHealth();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform"); // small: never worth compressing
    const body = await response.json();
    expect(body).toEqual({ status: "ok" });
    expect(validator.schemaErrors("Health", body)).toEqual([]);
  });

  it("is ready with the database up, migrations applied and jobs switched off", async () => {
    markJobsDisabled();
    const response = await getReady();
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", jobs: "disabled", stopping: false } });
    expect(validator.schemaErrors("Readiness", body)).toEqual([]);
  });

  it("is not ready while the jobs failed to start and wait for their next attempt", async () => {
    let release: () => void = () => undefined;
    const supervisor = new JobsSupervisor({
      start: async () => {
        throw Object.assign(new Error("no database"), { code: "ECONNREFUSED" });
      },
      stop: async () => undefined,
      wait: () => new Promise<void>((resolve) => (release = resolve)),
      log: () => undefined,
    });
    setJobsSupervisor(supervisor);
    const running = supervisor.run();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    const response = await getReady();
    const body = await response.json();
    expect(response.status).toBe(503);
    expect(body.checks).toMatchObject({ database: "ok", migrations: "ok", jobs: "retrying" });
    expect(validator.schemaErrors("Readiness", body)).toEqual([]);
    const stopped = supervisor.stop();
    release();
    await running;
    await stopped;
  });

  it("is not ready when a migration failed", async () => {
    markJobsDisabled();
    const id = randomUUID();
    await db.$executeRaw`insert into _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
      values (${id}, 'test', '20990101000000_failed_for_test', now(), 0)`;
    try {
      const response = await getReady();
      expect(response.status).toBe(503);
      expect((await response.json()).checks).toMatchObject({ database: "ok", migrations: "pending" });
    } finally {
      await db.$executeRaw`delete from _prisma_migrations where id = ${id}`;
    }
  });
});
