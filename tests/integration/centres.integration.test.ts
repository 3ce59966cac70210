import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { centreSchema } from "@/lib/schemas/centre";
import { buildAdvice } from "@/lib/server/advice/build-advice";
import { addClosedDay, closeCentre, createCentre, getAdminCentre, removeClosedDay, updateCentre } from "@/lib/server/centres/manage-centre";
import { listAdminCentres } from "@/lib/server/centres/list-admin-centres";
import { residentAccessForCentre } from "@/lib/server/municipalities/resident-access";
import { listCentres } from "@/lib/server/public/list-centres";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let admin: Actor;
let rijswijkAdmin: Actor;
let rijswijkCentreId: string;

const details = centreSchema.parse({ naam: "Wijkpunt Laak", straat: "Laakweg 1", postcode: "2521 aa", plaats: "Den Haag", wijk: "Laak", telefoon: "070 123 4567", email: "laak@denhaag.example" });
const hours = [
  { weekday: 2, opens: "09:00", closes: "12:00" },
  { weekday: 2, opens: "13:00", closes: "16:00" },
];

beforeAll(async () => {
  db = await resetWithDemoData();
  admin = await actorFor("beheer@denhaag.demo");
  // Rijswijk has no administrator in the demo data: make one to check the other direction
  const rijswijk = await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } });
  await db.user.create({ data: { email: "beheer@rijswijk.test", name: "Beheer Rijswijk", passwordHash: "x", role: "MUNICIPALITY_ADMIN", municipalityId: rijswijk.id } });
  rijswijkAdmin = await actorFor("beheer@rijswijk.test");
  rijswijkCentreId = (await db.lendingCentre.findFirstOrThrow({ where: { municipalityId: rijswijk.id } })).id;
});

describe("managing lending centres", () => {
  it("adds a centre with hours to the administrator's own municipality; residents see it", async () => {
    const { centreId } = await createCentre({ actor: admin, input: details, hours });
    const centre = await getAdminCentre({ actor: admin, centreId });
    expect(centre).toMatchObject({ name: "Wijkpunt Laak", postcode: "2521 AA", municipalityName: "Den Haag", hours });
    expect((await db.lendingCentre.findUniqueOrThrow({ where: { id: centreId } })).slug).toBe("den-haag-wijkpunt-laak");
    expect((await listCentres()).map((c) => c.name)).toContain("Wijkpunt Laak");
  });

  it("edits details and replaces the hours", async () => {
    const centre = (await listAdminCentres({ actor: admin })).find((c) => c.name === "Wijkpunt Laak")!;
    await updateCentre({ actor: admin, centreId: centre.id, input: { ...details, wijk: "Laakkwartier" }, hours: [{ weekday: 4, opens: "10:00", closes: "15:00" }] });
    expect(await getAdminCentre({ actor: admin, centreId: centre.id })).toMatchObject({ district: "Laakkwartier", hours: [{ weekday: 4, opens: "10:00", closes: "15:00" }] });
  });

  it("adds and removes closed days", async () => {
    const centre = (await listAdminCentres({ actor: admin })).find((c) => c.name === "Wijkpunt Laak")!;
    const { id } = await addClosedDay({ actor: admin, centreId: centre.id, date: "2099-12-25", reason: "Kerst" });
    expect((await getAdminCentre({ actor: admin, centreId: centre.id })).closedDays).toEqual([{ id, date: "2099-12-25", reason: "Kerst" }]);
    await removeClosedDay({ actor: admin, centreId: centre.id, closedDayId: id });
    expect((await getAdminCentre({ actor: admin, centreId: centre.id })).closedDays).toEqual([]);
  });

  it("reads another municipality's centre as not found and changes nothing", async () => {
    const before = await db.lendingCentre.findUniqueOrThrow({ where: { id: rijswijkCentreId }, include: { openingHours: true } });
    const closedDaysBefore = await db.closedDay.count({ where: { centreId: rijswijkCentreId } });
    await expectAppError(getAdminCentre({ actor: admin, centreId: rijswijkCentreId }), "NOT_FOUND");
    await expectAppError(updateCentre({ actor: admin, centreId: rijswijkCentreId, input: details, hours: [] }), "NOT_FOUND");
    await expectAppError(addClosedDay({ actor: admin, centreId: rijswijkCentreId, date: "2099-01-02", reason: "" }), "NOT_FOUND");
    await expectAppError(closeCentre({ actor: admin, centreId: rijswijkCentreId }), "NOT_FOUND");
    await expectAppError(createCentre({ actor: admin, municipalityId: rijswijkAdmin.municipalityId, input: details, hours: [] }), "NOT_FOUND");
    const after = await db.lendingCentre.findUniqueOrThrow({ where: { id: rijswijkCentreId }, include: { openingHours: true } });
    expect(after).toEqual(before);
    // the demo data gives every centre the public holidays; none were added
    expect(await db.closedDay.count({ where: { centreId: rijswijkCentreId } })).toBe(closedDaysBefore);
    // and the other way round: the Den Haag closed-day of Rijswijk's admin
    const laak = (await listAdminCentres({ actor: admin })).find((c) => c.name === "Wijkpunt Laak")!;
    const { id } = await addClosedDay({ actor: admin, centreId: laak.id, date: "2099-05-05", reason: "" });
    await expectAppError(removeClosedDay({ actor: rijswijkAdmin, centreId: laak.id, closedDayId: id }), "NOT_FOUND");
    await expectAppError(removeClosedDay({ actor: rijswijkAdmin, centreId: rijswijkCentreId, closedDayId: id }), "NOT_FOUND");
    expect(await db.closedDay.count({ where: { id } })).toBe(1);
    expect((await listAdminCentres({ actor: rijswijkAdmin })).map((c) => c.id)).toEqual([rijswijkCentreId]);
  });

  it("closes a centre: residents no longer see it or reserve there; its loans stay", async () => {
    const leyweg = await db.lendingCentre.findFirstOrThrow({ where: { name: { contains: "Leyweg" } } });
    const loansBefore = await db.loan.count({ where: { unit: { centreId: leyweg.id }, status: "ACTIVE" } });
    await closeCentre({ actor: admin, centreId: leyweg.id });
    expect((await listCentres()).map((c) => c.name)).not.toContain(leyweg.name);
    expect(await residentAccessForCentre({ centreSlug: leyweg.slug })).toMatchObject({ state: "closed" });
    const advice = await buildAdvice({ municipalitySlug: "den-haag", answers: { difficulties: ["housework.vacuuming", "toilet.night"], context: {} } as never });
    expect(advice.recommendations.flatMap((r) => r.lending.map((l) => l.centre.slug))).not.toContain(leyweg.slug);
    expect(await db.loan.count({ where: { unit: { centreId: leyweg.id }, status: "ACTIVE" } })).toBe(loansBefore);
    // the administrator still sees it, marked closed, after the open ones
    const list = await listAdminCentres({ actor: admin });
    expect(list.at(-1)).toMatchObject({ id: leyweg.id });
    expect(list.at(-1)?.closedAt).toBeInstanceOf(Date);
  });
});
