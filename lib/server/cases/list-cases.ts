import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatusValue } from "@/lib/schemas/case";
import { normaliseCode } from "@/lib/util/codes";
import { dateToDay, isoDateInAmsterdam } from "@/lib/util/dates";
import { consultantScope } from "./case-scope";
import { pendingOutcomeProducts } from "./pending-outcomes";

export interface CaseListItem {
  reference: string;
  residentName: string;
  status: CaseStatusValue;
  /** "YYYY-MM-DD" or null */
  followUpDue: string | null;
  /** follow-up day is today or earlier and the case is not closed */
  followUpOverdue: boolean;
  consultantName: string;
  mine: boolean;
  updatedAt: Date;
  /** the resident wrote a response to the report */
  hasResidentResponse: boolean;
  /** products lent for this case that came back without a recorded outcome */
  outcomesAsked: number;
}

export const CASE_LIST_LIMIT = 200;

/**
 * The consultant's cases (or, with `everyone`, all cases of their municipality), searchable by reference or name,
 * filterable by status. Due follow-ups come first (earliest day first), then the most recently changed.
 */
export async function listCases({
  actor,
  query,
  status,
  everyone = false,
  now = new Date(),
}: {
  actor: Actor | null;
  query?: string;
  status?: CaseStatusValue;
  everyone?: boolean;
  now?: Date;
}): Promise<CaseListItem[]> {
  const scope = consultantScope(actor);
  const where: Prisma.CaseWhereInput = { municipalityId: scope.municipalityId };
  if (!everyone) where.consultantId = scope.actor.userId;
  if (status) where.status = status;
  const q = query?.trim();
  if (q) {
    const ref = normaliseCode(q);
    where.OR = [{ residentName: { contains: q, mode: "insensitive" } }, ...(ref.length >= 2 ? [{ reference: { contains: ref } }] : [])];
  }
  const rows = await db.case.findMany({
    where,
    orderBy: [{ followUpDue: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
    take: CASE_LIST_LIMIT,
    select: {
      reference: true,
      residentName: true,
      status: true,
      followUpDue: true,
      consultantId: true,
      consultant: { select: { name: true } },
      updatedAt: true,
      residentResponse: true,
      reservations: { select: { productId: true, loan: { select: { status: true } } } },
      outcomes: { select: { productId: true } },
    },
  });

  const today = isoDateInAmsterdam(now);
  const items = rows.map((r): CaseListItem => {
    const due = r.followUpDue ? dateToDay(r.followUpDue) : null;
    return {
      reference: r.reference,
      residentName: r.residentName,
      status: r.status,
      followUpDue: due,
      followUpOverdue: !!due && r.status !== "CLOSED" && due <= today,
      consultantName: r.consultant.name,
      mine: r.consultantId === scope.actor.userId,
      updatedAt: r.updatedAt,
      hasResidentResponse: !!r.residentResponse,
      outcomesAsked: pendingOutcomeProducts(r.reservations, r.outcomes).length,
    };
  });
  // closed cases have nothing due: after the open ones
  const rank = (c: CaseListItem) => (c.status === "CLOSED" ? 2 : c.followUpDue ? 0 : 1);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map((x) => x.item);
}
