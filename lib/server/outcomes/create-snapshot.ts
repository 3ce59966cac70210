import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { expertFit } from "@/lib/learning/model";
import type { CatalogueProduct } from "@/lib/matching/types";
import type { DifficultyCode } from "@/lib/questions/codes";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import { shortCode } from "@/lib/util/codes";
import { contextCodesOnly, type SnapshotItem } from "./snapshot-facts";

type Tx = Prisma.TransactionClient | typeof db;

const ATTEMPTS = 5;

/** Per recommended product, in order: its rank, score and the chosen difficulties it addresses (best expert fit first). */
export function snapshotItems(result: Pick<AdviceResult, "recommendations">, difficulties: readonly DifficultyCode[], products: readonly CatalogueProduct[]): SnapshotItem[] {
  const rules = new Map(products.map((p) => [p.slug, p]));
  return result.recommendations.map((r, i) => {
    const product = rules.get(r.product.slug);
    const addressed = product ? difficulties.filter((d) => expertFit(product, d) !== null).sort((a, b) => (expertFit(product, b) ?? 0) - (expertFit(product, a) ?? 0)) : [];
    return { slug: r.product.slug, rank: i + 1, score: r.score, difficulties: addressed };
  });
}

export interface SnapshotRow {
  source: "advice" | "consultant" | "desk";
  assessmentId: string | null;
  municipalityId: string;
  engineVersion: string;
  catalogueVersion: number | null;
  difficulties: readonly DifficultyCode[];
  /** the answers' context; only the context codes are kept (contextCodesOnly) */
  context: unknown;
  items: readonly SnapshotItem[];
  /** the advice as shown, without the postcode; a desk snapshot has none */
  result: AdviceResult | null;
}

/**
 * INTERNAL: writes one advice snapshot under a new random code. Holds no names, contact data or postcode (the result
 * is stored without the postcode), so it outlives the erasure of its assessment. Outside a transaction a clash of
 * codes is retried; inside one (tx given) there is one attempt, since a failed statement ends the transaction (8
 * characters of 28 signs: a clash is not expected in the life of the application).
 */
export async function createAdviceSnapshot(row: SnapshotRow, tx?: Prisma.TransactionClient): Promise<{ id: string; code: string }> {
  const client: Tx = tx ?? db;
  const attempts = tx ? 1 : ATTEMPTS;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const code = shortCode();
    try {
      const created = await client.adviceSnapshot.create({
        data: {
          code,
          source: row.source,
          assessmentId: row.assessmentId,
          municipalityId: row.municipalityId,
          engineVersion: row.engineVersion,
          catalogueVersion: row.catalogueVersion,
          difficulties: [...row.difficulties],
          context: contextCodesOnly(row.context),
          items: JSON.parse(JSON.stringify(row.items)) as object,
          result: row.result ? (JSON.parse(JSON.stringify({ ...row.result, postcode: null })) as object) : {},
        },
        select: { id: true, code: true },
      });
      return created;
    } catch (error) {
      if (!tx && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw appError("CONFLICT", "resident.adviceNotSaved");
}
