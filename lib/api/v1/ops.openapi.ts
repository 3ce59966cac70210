/**
 * Operations in the OpenAPI document: liveness (GET /api/health) and readiness (GET /api/ready), for load
 * balancers, orchestrators and monitoring. No personal or tenant data; never cached.
 */
import { z } from "zod";
import { assertType, endpoint, ok, type Equal } from "@/lib/api/openapi/endpoint";
import type { Readiness } from "@/lib/server/ops/readiness";

const TAG = "Beheer en bewaking";

export const healthSchema = z.strictObject({ status: z.literal("ok") }).meta({ id: "Health" });

export const readinessSchema = z
  .strictObject({
    status: z.enum(["ready", "not_ready"]),
    checks: z.strictObject({
      database: z.enum(["ok", "unreachable"]).describe("Antwoordt PostgreSQL."),
      migrations: z
        .enum(["ok", "pending", "unknown"])
        .describe("ok: alle migraties van deze versie zijn uitgevoerd; pending: niet alle (of een mislukte); unknown: database onbereikbaar."),
      jobs: z
        .enum(["disabled", "starting", "running", "retrying", "stopping", "stopped"])
        .describe("De achtergrondtaken (herinneringen, verlopen, bewaartermijn). retrying: starten mislukte, er volgt een nieuwe poging. disabled: JOBS_ENABLED=false."),
      stopping: z.boolean().describe("true na SIGTERM: lopende verzoeken worden afgemaakt, stuur nieuw verkeer elders heen."),
    }),
  })
  .meta({ id: "Readiness", description: "Of de app verkeer kan aannemen, en per onderdeel waarom (niet)." });
assertType<Equal<z.output<typeof readinessSchema>, Readiness>>();

export const opsEndpoints = [
  endpoint({
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    tag: TAG,
    summary: "Leeft de app (liveness)",
    description: "Antwoordt 200 zolang het proces verzoeken beantwoordt. Raakt de database niet: een storing daar is geen reden de app te herstarten.",
    responses: { "200": ok("De app leeft.", healthSchema, { example: { status: "ok" } }) },
  }),
  endpoint({
    method: "get",
    path: "/api/ready",
    operationId: "getReadiness",
    tag: TAG,
    summary: "Kan de app verkeer aan (readiness)",
    description:
      "200 als de database antwoordt, alle migraties zijn uitgevoerd en de achtergrondtaken draaien (of uit staan). Anders 503 met het onderdeel dat niet klopt; ook 503 zodra de app stopt (SIGTERM).",
    responses: {
      "200": ok("Klaar voor verkeer.", readinessSchema, { example: { status: "ready", checks: { database: "ok", migrations: "ok", jobs: "running", stopping: false } } }),
      "503": ok("Niet klaar; checks zegt waarom.", readinessSchema, { example: { status: "not_ready", checks: { database: "ok", migrations: "ok", jobs: "retrying", stopping: false } } }),
    },
  }),
];
