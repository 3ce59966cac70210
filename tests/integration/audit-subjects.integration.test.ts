/**
 * Issue 8: the audit log says who acted (a member of staff by name, a resident by the code of their reservation,
 * the system) and what it was about (a reservation code, a unit's code and product), never a resident's personal
 * data, and resolves older events' ids only within the administrator's municipality.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sendToRepair } from "@/lib/server/desk/send-to-repair";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { formatCode } from "@/lib/util/codes";
import { resetWithDemoData } from "./helpers";
import { actorFor, controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;

describe("the audit log says who and what", () => {
  let db: Db;
  let admin: Actor;
  let staff: Actor;
  let denHaagId: string;

  beforeAll(async () => {
    db = await resetWithDemoData();
    admin = await actorFor(db, "beheer@denhaag.demo");
    staff = await actorFor(db, "medewerker@leyweg.demo");
    denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  });

  it("shows a resident's reservation as 'Inwoner (reservering CODE)' with the reservation as subject, without their name or phone", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "AUD-RES" });
    const made = await reserveUnit({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, name: "Mevrouw Geheim", phone: "0611112222", consent: true });
    const page = await listAuditEvents({ actor: admin, filter: { reference: made.reference, action: "reservation.create" } });
    expect(page.events).toHaveLength(1);
    const event = page.events[0]!;
    expect(event.actorKind).toBe("resident");
    expect(event.who).toBe(`Inwoner (reservering ${formatCode(made.reference)})`);
    expect(event.subject).toBe(`Reservering ${formatCode(made.reference)} (${stock.product.name})`);
    expect(JSON.stringify(event)).not.toMatch(/Geheim|0611112222/);
    const stored = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({ actorKind: "resident", subject: `Reservering ${formatCode(made.reference)} (${stock.product.name})` });
  });

  it("shows a member of staff by name and a unit by its code and product, not its id", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "AUD-UNIT" });
    const unit = stock.units[0]!;
    await sendToRepair({ actor: staff, unitId: unit.id, note: "Knop los" });
    const page = await listAuditEvents({ actor: admin, filter: { reference: unit.id } });
    const event = page.events.find((e) => e.action.startsWith("unit."))!;
    expect(event).toMatchObject({ actorKind: "staff", who: staff.name, subject: `Exemplaar ${unit.code} (${stock.product.name})` });
  });

  it("shows background work as the system", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { centre: { municipalityId: denHaagId } }, include: { product: true } });
    await recordAuditEvent({ actor: null, action: "reservation.expire", entityType: "LendingUnit", entityId: unit.id, municipalityId: denHaagId });
    const page = await listAuditEvents({ actor: admin, filter: { reference: unit.id, action: "reservation.expire" } });
    expect(page.events[0]).toMatchObject({ actorKind: "system", who: "Systeem (automatisch)" });
  });

  it("reads older events (no kind, no subject) too: units and loans by label, only within the administrator's municipality", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { centre: { municipalityId: denHaagId } }, include: { product: true } });
    const loan = await db.loan.findFirstOrThrow({ where: { reservation: { isNot: null }, unit: { centre: { municipalityId: denHaagId } } }, include: { reservation: true, unit: true } });
    const foreignUnit = await db.lendingUnit.findFirstOrThrow({ where: { centre: { municipality: { slug: "rijswijk" } } } });
    await db.auditEvent.createMany({
      data: [
        { action: "unit.cleaned", entityType: "LendingUnit", entityId: unit.id, municipalityId: denHaagId },
        { action: "loan.checkin", entityType: "Loan", entityId: loan.id, municipalityId: denHaagId },
        { action: "waitlist.join", entityType: "LendingUnit", entityId: foreignUnit.id, municipalityId: denHaagId },
      ],
    });
    const byId = async (id: string) => (await listAuditEvents({ actor: admin, filter: { reference: id } })).events.find((e) => e.entityId === id && !e.actorName)!;
    expect(await byId(unit.id)).toMatchObject({ actorKind: "system", subject: `Exemplaar ${unit.code} (${unit.product.name})` });
    expect(await byId(loan.id)).toMatchObject({ subject: `Uitlening bij reservering ${formatCode(loan.reservation!.reference)} (${loan.unit.code})` });
    const foreign = await byId(foreignUnit.id);
    expect(foreign.subject).toBeNull();
    expect(foreign.actorKind).toBe("resident");
  });
});
