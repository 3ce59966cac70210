import "server-only";
import { isoDateInAmsterdam } from "@/lib/util/dates";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { centreSlug, type CentreInput, type HoursSlot } from "@/lib/schemas/centre";
import { CENTRE_NOT_FOUND, findScopedCentre } from "./centre-scope";

export interface AdminCentreDetail {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  district: string;
  phone: string;
  email: string;
  description: string;
  closedAt: Date | null;
  municipalityName: string;
  hours: HoursSlot[];
  closedDays: { id: string; date: string; reason: string }[];
}

const fields = (input: CentreInput) => ({
  name: input.naam,
  street: input.straat,
  postcode: input.postcode,
  city: input.plaats,
  district: input.wijk,
  phone: input.telefoon,
  email: input.email,
  description: input.beschrijving,
});

/** One centre with its hours and its closed days from today on. */
export async function getAdminCentre({ actor, centreId, today }: { actor: Actor | null; centreId: string; today?: string }): Promise<AdminCentreDetail> {
  const scope = adminScope(actor, "centre:manage");
  const day = today ?? isoDateInAmsterdam();
  if (!centreId || centreId.length > 64) throw adminNotFound(CENTRE_NOT_FOUND);
  const c = await db.lendingCentre.findFirst({
    where: { id: centreId, ...(scope.municipalityId ? { municipalityId: scope.municipalityId } : {}) },
    include: {
      municipality: { select: { name: true } },
      openingHours: { orderBy: [{ weekday: "asc" }, { opens: "asc" }] },
      closedDays: { where: { date: { gte: day } }, orderBy: { date: "asc" } },
    },
  });
  if (!c) throw adminNotFound(CENTRE_NOT_FOUND);
  return {
    id: c.id,
    name: c.name,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    district: c.district,
    phone: c.phone,
    email: c.email,
    description: c.description,
    closedAt: c.closedAt,
    municipalityName: c.municipality.name,
    hours: c.openingHours.map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })),
    closedDays: c.closedDays.map((d) => ({ id: d.id, date: d.date, reason: d.reason })),
  };
}

/** Adds a lending centre to the administrator's municipality (platform: the one asked for), with its weekly hours. */
export async function createCentre({ actor, municipalityId, input, hours }: { actor: Actor | null; municipalityId?: string | null; input: CentreInput; hours: HoursSlot[] }): Promise<{ centreId: string }> {
  const scope = adminScope(actor, "centre:manage", municipalityId);
  if (!scope.municipalityId) throw appError("INVALID", "staff.chooseCentreMunicipalityFirst");
  const targetId = scope.municipalityId;
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUnique({ where: { id: targetId }, select: { id: true, slug: true } });
    if (!municipality) throw adminNotFound();
    const base = centreSlug(municipality.slug, input.naam);
    let slug = base;
    for (let n = 2; await tx.lendingCentre.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
    const centre = await tx.lendingCentre.create({ data: { ...fields(input), slug, municipalityId: municipality.id } });
    if (hours.length) await tx.openingHours.createMany({ data: hours.map((h) => ({ ...h, centreId: centre.id })) });
    await recordAuditEvent({ actor: scope.actor, action: "centre.create", entityType: "LendingCentre", entityId: centre.id, municipalityId: municipality.id, details: { hours: hours.length } }, tx);
    return { centreId: centre.id };
  });
}

/** Changes a centre's details and replaces its weekly hours. */
export async function updateCentre({ actor, centreId, input, hours }: { actor: Actor | null; centreId: string; input: CentreInput; hours: HoursSlot[] }): Promise<{ centreId: string }> {
  const scope = adminScope(actor, "centre:manage");
  return db.$transaction(async (tx) => {
    const centre = await findScopedCentre(tx, scope, centreId);
    await tx.lendingCentre.update({ where: { id: centre.id }, data: fields(input) });
    await tx.openingHours.deleteMany({ where: { centreId: centre.id } });
    if (hours.length) await tx.openingHours.createMany({ data: hours.map((h) => ({ ...h, centreId: centre.id })) });
    await recordAuditEvent({ actor: scope.actor, action: "centre.update", entityType: "LendingCentre", entityId: centre.id, municipalityId: centre.municipalityId, details: { hours: hours.length } }, tx);
    return { centreId: centre.id };
  });
}

/**
 * Closes a centre for good: residents no longer see it and cannot reserve there; loans that are out continue and
 * can still be taken back by its staff.
 */
export async function closeCentre({ actor, centreId, now = new Date() }: { actor: Actor | null; centreId: string; now?: Date }): Promise<{ centreId: string }> {
  const scope = adminScope(actor, "centre:manage");
  return db.$transaction(async (tx) => {
    const centre = await findScopedCentre(tx, scope, centreId);
    if (centre.closedAt) return { centreId: centre.id };
    await tx.lendingCentre.update({ where: { id: centre.id }, data: { closedAt: now } });
    await recordAuditEvent({ actor: scope.actor, action: "centre.close", entityType: "LendingCentre", entityId: centre.id, municipalityId: centre.municipalityId }, tx);
    return { centreId: centre.id };
  });
}

/** A holiday or other day the centre is closed (YYYY-MM-DD); a second entry for the same day changes its reason. */
export async function addClosedDay({ actor, centreId, date, reason }: { actor: Actor | null; centreId: string; date: string; reason: string }): Promise<{ id: string }> {
  const scope = adminScope(actor, "centre:manage");
  return db.$transaction(async (tx) => {
    const centre = await findScopedCentre(tx, scope, centreId);
    const row = await tx.closedDay.upsert({ where: { centreId_date: { centreId: centre.id, date } }, create: { centreId: centre.id, date, reason }, update: { reason } });
    await recordAuditEvent({ actor: scope.actor, action: "centre.closed_day", entityType: "LendingCentre", entityId: centre.id, municipalityId: centre.municipalityId, details: { date, added: true } }, tx);
    return { id: row.id };
  });
}

export async function removeClosedDay({ actor, centreId, closedDayId }: { actor: Actor | null; centreId: string; closedDayId: string }): Promise<void> {
  const scope = adminScope(actor, "centre:manage");
  await db.$transaction(async (tx) => {
    const centre = await findScopedCentre(tx, scope, centreId);
    const row = await tx.closedDay.findFirst({ where: { id: closedDayId, centreId: centre.id } });
    if (!row) throw adminNotFound("staff.closedDayNotFound");
    await tx.closedDay.delete({ where: { id: row.id } });
    await recordAuditEvent({ actor: scope.actor, action: "centre.closed_day", entityType: "LendingCentre", entityId: centre.id, municipalityId: centre.municipalityId, details: { date: row.date, added: false } }, tx);
  });
}
