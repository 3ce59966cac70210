import "server-only";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { countsFromDetails } from "./retention-rules";
import { retentionScope } from "./run-retention-now";

export interface RetentionRun {
  municipalityName: string;
  at: Date;
  /** who pressed "Nu opruimen"; null when the daily job ran it */
  byName: string | null;
  counts: Record<string, number>;
}

export interface RetentionStatus {
  retentionDays: number;
  /** true: "Nu opruimen" runs for every municipality at once (platform administrators) */
  allMunicipalities: boolean;
  /** the most recent clean-up per municipality the actor may see; empty when it never ran */
  lastRuns: RetentionRun[];
}

/** The retention period and the most recent clean-up per municipality (read from the audit log). */
export async function getRetentionStatus({ actor }: { actor: Actor | null }): Promise<RetentionStatus> {
  const scope = retentionScope(actor);
  const municipalities = await db.municipality.findMany({
    where: scope.municipalityId ? { id: scope.municipalityId } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const lastRuns: RetentionRun[] = [];
  for (const m of municipalities) {
    const last = await db.auditEvent.findFirst({
      where: { action: "retention.run", municipalityId: m.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { at: true, details: true, actor: { select: { name: true } } },
    });
    if (last) lastRuns.push({ municipalityName: m.name, at: last.at, byName: last.actor?.name ?? null, counts: countsFromDetails(last.details) ?? {} });
  }
  // one municipality: its own retention period (settings); all of them: the deployment's default
  const retentionDays = scope.municipalityId ? (await loadMunicipalitySettings(scope.municipalityId)).retentionDays : env().RETENTION_DAYS;
  return { retentionDays, allMunicipalities: scope.municipalityId === null, lastRuns };
}
