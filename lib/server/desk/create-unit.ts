import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { createUnitSchema, fieldErrors, type CreateUnitInput } from "@/lib/schemas/desk";
import { CENTRE_NOT_FOUND, deskCentreIds, isUniqueViolation, notFound, TX_OPTIONS } from "./desk-scope";
import { CODE_TAKEN } from "./update-unit";
import { unitBecameAvailable } from "./unit-became-available";

/** Adds a new unit of a lendable product to one of the actor's centres; it starts AVAILABLE. */
export async function createUnit({ actor, ...input }: { actor: Actor } & CreateUnitInput): Promise<{ unitId: string; code: string }> {
  const centreIds = deskCentreIds(actor);
  const parsed = createUnitSchema.safeParse(input);
  if (!parsed.success) throw appError("INVALID", "staff.checkTheData", { fields: fieldErrors(parsed.error) });
  const { centreSlug, productId, code, notes } = parsed.data;

  try {
    return await db.$transaction(async (tx) => {
      const centre = await tx.lendingCentre.findFirst({ where: { slug: centreSlug, id: { in: centreIds } }, select: { id: true, municipalityId: true } });
      if (!centre) throw notFound(CENTRE_NOT_FOUND);
      const product = await tx.product.findFirst({ where: { id: productId, lendable: true, active: true }, select: { id: true } });
      if (!product) throw appError("INVALID", "staff.checkTheData", { fieldMessage: { field: "productId", key: "staff.chooseProductFromList" } });
      const taken = await tx.lendingUnit.findUnique({ where: { code }, select: { id: true } });
      if (taken) throw appError("CONFLICT", CODE_TAKEN, { field: "code" });

      const unit = await tx.lendingUnit.create({ data: { code, notes, productId: product.id, centreId: centre.id, status: "AVAILABLE" }, select: { id: true, code: true } });
      await tx.unitEvent.create({ data: { unitId: unit.id, fromStatus: null, toStatus: "AVAILABLE", action: "created", note: "", actorId: actor.userId } });
      await recordAuditEvent(
        { actor, action: "unit.created", entityType: "LendingUnit", entityId: unit.id, municipalityId: centre.municipalityId, details: { centreId: centre.id, productId: product.id } },
        tx,
      );
      await unitBecameAvailable(tx, unit.id);
      return { unitId: unit.id, code: unit.code };
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw appError("CONFLICT", CODE_TAKEN, { field: "code" });
    throw error;
  }
}
