import "server-only";
import type { ErrorKey } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { normaliseCode } from "@/lib/util/codes";
import { countCaseData, type CaseErasureCounts } from "./erase-case";
import { isPersonalDataErased } from "./retention-rules";

export const NOTHING_FOUND_FOR_ADMIN = "staff.nothingWithReference" satisfies ErrorKey;

export type ErasurePreview =
  | {
      kind: "case";
      reference: string;
      createdAt: Date;
      status: "OPEN" | "FOLLOW_UP" | "CLOSED";
      hasApplication: boolean;
      consultantName: string;
      counts: CaseErasureCounts;
    }
  | {
      kind: "reservation";
      reference: string;
      createdAt: Date;
      status: string;
      productName: string;
      centreName: string;
      alreadyErased: boolean;
      /** the conversation this reservation was made from, if it still exists */
      caseReference: string | null;
    }
  | {
      kind: "waitlist";
      reference: string;
      createdAt: Date;
      status: string;
      productName: string;
      centreName: string;
      alreadyErased: boolean;
    };

/**
 * What an erasure request by reference would remove: a conversation (with counts, no contents), or the
 * personal data of a reservation or waiting-list entry. Shows no health data and no name. Only for an
 * administrator of the record's own municipality; anything else is NOT_FOUND.
 */
export async function previewErasure({ actor, reference }: { actor: Actor | null; reference: string }): Promise<ErasurePreview> {
  const scope = adminScope(actor, "case:erase");
  const ref = normaliseCode(reference ?? "");
  if (!ref || ref.length > 20) throw adminNotFound(NOTHING_FOUND_FOR_ADMIN);
  const inMunicipality = scope.municipalityId ? { municipalityId: scope.municipalityId } : {};

  const kase = await db.case.findFirst({
    where: { reference: ref, ...inMunicipality },
    select: { id: true, reference: true, createdAt: true, status: true, hasApplication: true, consultant: { select: { name: true } } },
  });
  if (kase) {
    return {
      kind: "case",
      reference: kase.reference,
      createdAt: kase.createdAt,
      status: kase.status,
      hasApplication: kase.hasApplication,
      consultantName: kase.consultant.name,
      counts: await countCaseData(db, kase.id),
    };
  }

  const reservation = await db.reservation.findFirst({
    where: { reference: ref, centre: inMunicipality },
    select: {
      reference: true,
      createdAt: true,
      status: true,
      name: true,
      phone: true,
      email: true,
      product: { select: { name: true } },
      centre: { select: { name: true } },
      case: { select: { reference: true } },
    },
  });
  if (reservation) {
    return {
      kind: "reservation",
      reference: reservation.reference,
      createdAt: reservation.createdAt,
      status: reservation.status,
      productName: reservation.product.name,
      centreName: reservation.centre.name,
      alreadyErased: isPersonalDataErased(reservation),
      caseReference: reservation.case?.reference ?? null,
    };
  }

  const entry = await db.waitlistEntry.findFirst({
    where: { reference: ref, centre: inMunicipality },
    select: { reference: true, createdAt: true, status: true, name: true, phone: true, email: true, product: { select: { name: true } }, centre: { select: { name: true } } },
  });
  if (entry) {
    return {
      kind: "waitlist",
      reference: entry.reference,
      createdAt: entry.createdAt,
      status: entry.status,
      productName: entry.product.name,
      centreName: entry.centre.name,
      alreadyErased: isPersonalDataErased(entry),
    };
  }
  throw adminNotFound(NOTHING_FOUND_FOR_ADMIN);
}
