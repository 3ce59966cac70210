import "server-only";
import { db } from "@/lib/db";
import { buildEstimates, OUTCOME_RESULTS, type EstimateTable, type OutcomeObservation, type OutcomeResult } from "@/lib/learning";
import type { CatalogueProduct } from "@/lib/matching/types";
import { isDifficultyCode } from "@/lib/questions/codes";
import { contextCodesOnly } from "./snapshot-facts";

/**
 * Every outcome that knows the difficulty it was advised for, pooled over ALL municipalities (the learning is shared;
 * the municipality is only an opaque key for "from how many municipalities"). No names, no free text.
 */
export async function loadOutcomeObservations(): Promise<OutcomeObservation[]> {
  const rows = await db.outcome.findMany({
    where: { difficulty: { not: null } },
    select: { difficulty: true, municipalityId: true, result: true, returnKind: true, product: { select: { slug: true } }, adviceSnapshot: { select: { context: true } } },
  });
  const out: OutcomeObservation[] = [];
  for (const r of rows) {
    if (!r.difficulty || !isDifficultyCode(r.difficulty) || !(OUTCOME_RESULTS as readonly string[]).includes(r.result)) continue;
    out.push({
      productSlug: r.product.slug,
      difficulty: r.difficulty,
      municipalityKey: r.municipalityId,
      result: r.result as OutcomeResult,
      returnKind: r.returnKind === "positive" || r.returnKind === "negative" ? r.returnKind : null,
      context: contextCodesOnly(r.adviceSnapshot?.context),
    });
  }
  return out;
}

let cache: { key: string; catalogue: readonly CatalogueProduct[]; table: EstimateTable } | null = null;

/**
 * The estimates for a catalogue, rebuilt only when outcomes were added or changed since (a count + newest
 * updatedAt per advice) or the catalogue array changed, so every instance sees a new outcome at its next advice.
 */
export async function loadEstimates(catalogue: readonly CatalogueProduct[]): Promise<EstimateTable> {
  const stamp = await db.outcome.aggregate({ where: { difficulty: { not: null } }, _count: { _all: true }, _max: { updatedAt: true } });
  const key = `${stamp._count._all}:${stamp._max.updatedAt?.toISOString() ?? ""}`;
  if (cache && cache.key === key && cache.catalogue === catalogue) return cache.table;
  const table = buildEstimates(await loadOutcomeObservations(), catalogue);
  cache = { key, catalogue, table };
  return table;
}
