/**
 * OpenAPI for operations: liveness (GET /api/health) and readiness (GET /api/ready), for load balancers,
 * orchestrators and monitoring. No personal or tenant data; never cached.
 */
import { okResponse, preflightOperation, responseRef } from "./common";
import type { OpenApiModule, SchemaObject } from "./types";

const TAG = "Beheer en bewaking";

const READINESS: SchemaObject = {
  type: "object",
  description: "Of de app verkeer kan aannemen, en per onderdeel waarom (niet).",
  required: ["status", "checks"],
  additionalProperties: false,
  properties: {
    status: { type: "string", enum: ["ready", "not_ready"] },
    checks: {
      type: "object",
      required: ["database", "migrations", "jobs", "stopping"],
      additionalProperties: false,
      properties: {
        database: { type: "string", enum: ["ok", "unreachable"], description: "Antwoordt PostgreSQL." },
        migrations: {
          type: "string",
          enum: ["ok", "pending", "unknown"],
          description: "ok: alle migraties van deze versie zijn uitgevoerd; pending: niet alle (of een mislukte); unknown: database onbereikbaar.",
        },
        jobs: {
          type: "string",
          enum: ["disabled", "starting", "running", "retrying", "stopping", "stopped"],
          description: "De achtergrondtaken (herinneringen, verlopen, bewaartermijn). retrying: starten mislukte, er volgt een nieuwe poging. disabled: JOBS_ENABLED=false.",
        },
        stopping: { type: "boolean", description: "true na SIGTERM: lopende verzoeken worden afgemaakt, stuur nieuw verkeer elders heen." },
      },
    },
  },
};

export const opsApi: OpenApiModule = {
  tags: [{ name: TAG, description: "Voor load balancers en bewaking: leeft de app, en kan hij verkeer aan." }],
  schemas: { Health: { type: "object", required: ["status"], additionalProperties: false, properties: { status: { type: "string", const: "ok" } } }, Readiness: READINESS },
  paths: {
    "/api/health": {
      get: {
        operationId: "getHealth",
        summary: "Leeft de app (liveness)",
        description: "Antwoordt 200 zolang het proces verzoeken beantwoordt. Raakt de database niet: een storing daar is geen reden de app te herstarten.",
        tags: [TAG],
        responses: {
          "200": okResponse("De app leeft.", { $ref: "#/components/schemas/Health" }, { example: { status: "ok" } }),
          "405": responseRef("MethodNotAllowed"),
        },
      },
      options: preflightOperation("preflightHealth", ["GET", "OPTIONS"]),
    },
    "/api/ready": {
      get: {
        operationId: "getReadiness",
        summary: "Kan de app verkeer aan (readiness)",
        description:
          "200 als de database antwoordt, alle migraties zijn uitgevoerd en de achtergrondtaken draaien (of uit staan). Anders 503 met het onderdeel dat niet klopt; ook 503 zodra de app stopt (SIGTERM).",
        tags: [TAG],
        responses: {
          "200": okResponse("Klaar voor verkeer.", { $ref: "#/components/schemas/Readiness" }, {
            example: { status: "ready", checks: { database: "ok", migrations: "ok", jobs: "running", stopping: false } },
          }),
          "503": okResponse("Niet klaar; checks zegt waarom.", { $ref: "#/components/schemas/Readiness" }, {
            example: { status: "not_ready", checks: { database: "ok", migrations: "ok", jobs: "retrying", stopping: false } },
          }),
          "405": responseRef("MethodNotAllowed"),
        },
      },
      options: preflightOperation("preflightReadiness", ["GET", "OPTIONS"]),
    },
  },
};
