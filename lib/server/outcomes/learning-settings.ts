import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { learningChanges, LEARNING, type LearningChange } from "@/lib/learning";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import { LEARNING_SETTING_KEY, readLearningEnabled } from "@/lib/settings/learning-setting";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { loadEstimates } from "./load-estimates";

/** Is learning switched on for this municipality? (its own setting; off by default) */
export async function isLearningEnabled(municipalityId: string): Promise<boolean> {
  const row = await db.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } });
  return readLearningEnabled(row?.settings);
}

function municipalityOf(actor: Actor | null, municipalityId?: string | null) {
  const scope = adminScope(actor, "settings:manage", municipalityId);
  if (!scope.municipalityId) throw appError("INVALID", "staff.chooseMunicipalityFirst");
  return { scope, id: scope.municipalityId };
}

/**
 * Switches learning on or off for one municipality: stored with its other settings, a SettingChange row (the
 * history per setting) and an audit line, in one transaction. Another municipality's id reads as not found.
 */
export async function setLearningEnabled({ actor, municipalityId, enabled }: { actor: Actor | null; municipalityId?: string | null; enabled: boolean }): Promise<{ changed: boolean }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  if (typeof enabled !== "boolean") throw appError("INVALID", "staff.chooseOnOrOff", { field: "enabled" });
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ settings: unknown }[]>`SELECT "settings" FROM "Municipality" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw adminNotFound();
    const stored = locked[0]!.settings && typeof locked[0]!.settings === "object" && !Array.isArray(locked[0]!.settings) ? (locked[0]!.settings as Record<string, unknown>) : {};
    const before = readLearningEnabled(stored);
    if (before === enabled) return { changed: false };
    await tx.municipality.update({ where: { id }, data: { settings: { ...stored, [LEARNING_SETTING_KEY]: enabled } as Prisma.InputJsonValue } });
    await tx.settingChange.create({ data: { municipalityId: id, actorId: scope.actor.userId, key: LEARNING_SETTING_KEY, before, after: enabled } });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.settings", entityType: "Municipality", entityId: id, municipalityId: id, details: { keys: [LEARNING_SETTING_KEY], enabled } }, tx);
    return { changed: true };
  });
}

export interface LearningOverviewRow extends LearningChange {
  productName: string;
  difficultyLabel: string;
}

export interface LearningOverview {
  municipality: { id: string; name: string };
  enabled: boolean;
  /** outcomes that count for learning (they know the difficulty they were advised for), all municipalities */
  pooledOutcomes: number;
  /** of them from this municipality */
  ownOutcomes: number;
  /** the pooled outcomes by where their difficulty came from: the resident's advice, a consultant's case, the desk (walk-in) */
  pooledBySource: { advice: number; consultant: number; desk: number };
  /** outcomes of this municipality without a known difficulty (walk-in loans without one, older case outcomes): not learned from */
  ownUnlinked: number;
  /** product × difficulty with enough outcomes to move the advice, biggest move first */
  active: LearningOverviewRow[];
  /** with outcomes, but fewer than the threshold: no effect yet */
  waiting: LearningOverviewRow[];
  threshold: number;
  capPoints: number;
}

/**
 * What learning changes (or would change, when switched off): per product and difficulty, how many points up or down
 * and the evidence. The estimates are pooled over every municipality; counts per municipality are not shown.
 */
export async function getLearningOverview({ actor, municipalityId }: { actor: Actor | null; municipalityId?: string | null }): Promise<LearningOverview> {
  const { id } = municipalityOf(actor, municipalityId);
  const m = await db.municipality.findUnique({ where: { id }, select: { id: true, name: true, settings: true } });
  if (!m) throw adminNotFound();
  const catalogue = await getCatalogue();
  const fromSource = (source: string) => db.outcome.count({ where: { difficulty: { not: null }, adviceSnapshot: { source } } });
  const [estimates, pooledOutcomes, ownOutcomes, ownUnlinked, advice, consultant, desk] = await Promise.all([
    loadEstimates(catalogue.products),
    db.outcome.count({ where: { difficulty: { not: null } } }),
    db.outcome.count({ where: { difficulty: { not: null }, municipalityId: id } }),
    db.outcome.count({ where: { difficulty: null, municipalityId: id } }),
    fromSource("advice"),
    fromSource("consultant"),
    fromSource("desk"),
  ]);
  const labels = new Map(ALL_DIFFICULTIES.map((d) => [d.code as string, d.label]));
  const rows = learningChanges(estimates).map((c) => ({ ...c, productName: catalogue.info.get(c.productSlug)?.name ?? c.productSlug, difficultyLabel: labels.get(c.difficulty) ?? c.difficulty }));
  return {
    municipality: { id: m.id, name: m.name },
    enabled: readLearningEnabled(m.settings),
    pooledOutcomes,
    ownOutcomes,
    ownUnlinked,
    pooledBySource: { advice, consultant, desk },
    active: rows.filter((r) => r.active),
    waiting: rows.filter((r) => !r.active),
    threshold: LEARNING.MIN_OUTCOMES,
    capPoints: LEARNING.CAP_POINTS,
  };
}
