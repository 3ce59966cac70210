import "server-only";
import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatCode } from "@/lib/util/codes";

type Tx = Prisma.TransactionClient | typeof db;

/**
 * Readable subjects for audit events ("Reservering ABCD-2345", "Exemplaar GPS-003 (GPS-tracker)", "Uitlening bij
 * reservering ABCD-2345"), keyed "Type:id". Only codes, unit codes, product, centre and staff names: never a
 * resident's name or contact. `municipalityId` limits the lookup to one municipality's records (the administrator's
 * scope when reading); a record of another municipality gets no subject. Records that no longer exist get none.
 */
export async function describeAuditSubjects(
  tx: Tx,
  events: readonly { entityType: string; entityId: string }[],
  municipalityId?: string | null,
): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const inCentre = municipalityId ? { centre: { municipalityId } } : {};
  const inMunicipality = municipalityId ? { municipalityId } : {};
  // one after the other: a transaction client has one connection, which takes one query at a time
  const cases = idsOf("Case").length ? await tx.case.findMany({ where: { id: { in: idsOf("Case") }, ...inMunicipality }, select: { id: true, reference: true } }) : [];
  const reservations = idsOf("Reservation").length
    ? await tx.reservation.findMany({ where: { id: { in: idsOf("Reservation") }, ...inCentre }, select: { id: true, reference: true, product: { select: { name: true } } } })
    : [];
  const entries = idsOf("WaitlistEntry").length
    ? await tx.waitlistEntry.findMany({ where: { id: { in: idsOf("WaitlistEntry") }, ...inCentre }, select: { id: true, reference: true, product: { select: { name: true } } } })
    : [];
  const units = idsOf("LendingUnit").length
    ? await tx.lendingUnit.findMany({ where: { id: { in: idsOf("LendingUnit") }, ...inCentre }, select: { id: true, code: true, product: { select: { name: true } } } })
    : [];
  const loans = idsOf("Loan").length
    ? await tx.loan.findMany({
        where: { id: { in: idsOf("Loan") }, ...(municipalityId ? { unit: inCentre } : {}) },
        select: { id: true, reservation: { select: { reference: true } }, unit: { select: { code: true, product: { select: { name: true } } } } },
      })
    : [];
  const sessions = idsOf("Session").length
    ? await tx.session.findMany({ where: { id: { in: idsOf("Session") }, ...(municipalityId ? { user: inMunicipality } : {}) }, select: { id: true, user: { select: { name: true } } } })
    : [];
  const users = idsOf("User").length ? await tx.user.findMany({ where: { id: { in: idsOf("User") }, ...inMunicipality }, select: { id: true, name: true } }) : [];
  const municipalities = idsOf("Municipality").length
    ? await tx.municipality.findMany({ where: { id: { in: idsOf("Municipality") }, ...(municipalityId ? { id: municipalityId } : {}) }, select: { id: true, name: true } })
    : [];
  return new Map<string, string>([
    ...cases.map((c) => [`Case:${c.id}`, `Gesprek ${formatCode(c.reference)}`] as const),
    ...reservations.map((r) => [`Reservation:${r.id}`, `Reservering ${formatCode(r.reference)} (${r.product.name})`] as const),
    ...entries.map((w) => [`WaitlistEntry:${w.id}`, `Wachtlijst ${formatCode(w.reference)} (${w.product.name})`] as const),
    ...units.map((u) => [`LendingUnit:${u.id}`, `Exemplaar ${u.code} (${u.product.name})`] as const),
    ...loans.map(
      (l) =>
        [`Loan:${l.id}`, l.reservation ? `Uitlening bij reservering ${formatCode(l.reservation.reference)} (${l.unit.code})` : `Uitlening van exemplaar ${l.unit.code} (${l.unit.product.name})`] as const,
    ),
    ...sessions.map((s) => [`Session:${s.id}`, `Sessie van ${s.user.name}`] as const),
    ...users.map((u) => [`User:${u.id}`, `Medewerker ${u.name}`] as const),
    ...municipalities.map((m) => [`Municipality:${m.id}`, `Gemeente ${m.name}`] as const),
  ]);
}
