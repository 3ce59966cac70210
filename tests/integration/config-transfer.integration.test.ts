/**
 * Issue 9, moving a municipality between deployments: its whole configuration exported as one file and imported on
 * an empty database gives the same export; importing twice changes nothing the second time; a bad file (by the
 * schema, by the plan, or failing half-way) changes nothing; a municipality administrator cannot export or import
 * another municipality (not found).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { rowsFromProducts } from "@/lib/catalogue/exchange";
import { directAudit, importCatalogue } from "@/lib/catalogue/store";
import { applyImport, planImport } from "@/lib/server/config-transfer/core";
import { exportMunicipalityConfiguration, importMunicipalityConfiguration } from "@/lib/server/config-transfer/index";
import { readConfigFile } from "@/lib/server/config-transfer/schema";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { saveLogo, saveTheme } from "@/lib/server/theme/manage-look";
import { PRESETS } from "@/lib/theme/theme";
import sharp from "sharp";
import { CATALOGUE } from "../../prisma/seed/catalogue";
import { truncateAll } from "../../scripts/lib/prepare";
import { resetWithDemoData } from "./helpers";
import { actorFor, expectAppError } from "./actors";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let platform: Actor;
let denHaagAdmin: Actor;
let rijswijkAdmin: Actor;
let denHaagId: string;
let rijswijkId: string;
let exported: string;

const withoutDate = (text: string) => {
  const file = JSON.parse(text) as Record<string, unknown>;
  delete file.geexporteerdOp;
  return file;
};

/** Counts of every table the import writes: equal counts and equal exports = nothing changed. */
async function snapshot() {
  const [municipalities, centres, hours, closedDays, offer, oidc, invitations, settingChanges, users, audit, logos] = await Promise.all([
    db.municipality.findMany({ orderBy: { slug: "asc" } }),
    db.lendingCentre.findMany({ orderBy: { slug: "asc" } }),
    db.openingHours.count(),
    db.closedDay.count(),
    db.municipalityProduct.findMany({ orderBy: { id: "asc" } }),
    db.oidcConfig.findMany(),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.settingChange.count(),
    db.user.count(),
    db.auditEvent.count({ where: { action: "configuration.import" } }),
    db.municipalityLogo.findMany({ orderBy: { municipalityId: "asc" }, select: { municipalityId: true, sha256: true, alt: true } }),
  ]);
  return JSON.stringify({ municipalities, centres, hours, closedDays, offer, oidc, invitations, settingChanges, users, audit, logos });
}

beforeAll(async () => {
  db = await resetWithDemoData();
  denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  rijswijkId = (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id;
  await db.user.create({ data: { email: "beheer@rijswijk.test", name: "Beheer Rijswijk", passwordHash: "x", role: "MUNICIPALITY_ADMIN", municipalityId: rijswijkId } });
  platform = await actorFor("platform@ttv.demo");
  denHaagAdmin = await actorFor("beheer@denhaag.demo");
  rijswijkAdmin = await actorFor("beheer@rijswijk.test");
  // a configuration touching every section
  const leyweg = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" } });
  const product = await db.product.findFirstOrThrow({ orderBy: { slug: "asc" } });
  await db.municipality.update({ where: { id: denHaagId }, data: { settings: { retentionDays: 200, cleaningDays: 2 }, welcomeText: "Welkom in Den Haag.", notOfferedDisplay: "label" } });
  await db.closedDay.upsert({ where: { centreId_date: { centreId: leyweg.id, date: "2027-04-27" } }, create: { centreId: leyweg.id, date: "2027-04-27", reason: "Koningsdag" }, update: {} });
  await db.municipalityProduct.create({ data: { municipalityId: denHaagId, productId: product.id, offered: false, localNote: "Via de wijkteams." } });
  await db.oidcConfig.create({
    data: { municipalityId: denHaagId, issuer: "https://login.denhaag.test", clientId: "ttv", clientSecretEncrypted: "v1:stored:secret:value", claimName: "groups", enabled: true, roleMappings: [{ value: "wmo", role: "CONSULTANT", centreIds: [] }, { value: "balie", role: "CENTRE_STAFF", centreIds: [leyweg.id] }] },
  });
  await createInvitation({ actor: denHaagAdmin, input: { naam: "Nieuwe Collega", email: "nieuw@denhaag.test", rol: "CENTRE_STAFF", uitleenpunten: [leyweg.id] } });
  // its look: a preset theme and a logo
  await saveTheme({ actor: denHaagAdmin, municipalityId: denHaagId, theme: PRESETS[1]!.theme });
  const png = await sharp({ create: { width: 300, height: 100, channels: 3, background: "#1a4fd6" } }).png().toBuffer();
  await saveLogo({ actor: denHaagAdmin, municipalityId: denHaagId, file: new Uint8Array(png), alt: "Logo gemeente Den Haag" });
});

describe("export", () => {
  it("writes every section of the municipality's own configuration, and never a secret or a password", async () => {
    exported = (await exportMunicipalityConfiguration({ actor: denHaagAdmin, municipalityId: denHaagId })).text;
    const read = readConfigFile(exported);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const f = read.file;
    expect(f.gemeente.slug).toBe("den-haag");
    expect(f.instellingen).toEqual({ retentionDays: 200, cleaningDays: 2 });
    expect(f.uiterlijk.thema).toEqual(PRESETS[1]!.theme);
    expect(f.uiterlijk.logo?.alt).toBe("Logo gemeente Den Haag");
    expect(Buffer.from(f.uiterlijk.logo!.png, "base64").subarray(1, 4).toString()).toBe("PNG");
    expect(f.teksten.welkomsttekst).toBe("Welkom in Den Haag.");
    expect(f.uitleenpunten.map((c) => c.slug)).toContain("zorginnovatiehub-leyweg");
    expect(f.uitleenpunten.find((c) => c.slug === "zorginnovatiehub-leyweg")?.geslotenDagen).toContainEqual({ datum: "2027-04-27", reden: "Koningsdag" });
    expect(f.uitleenpunten.every((c) => c.openingstijden.length > 0)).toBe(true);
    expect(f.aanbod).toMatchObject({ nietAangebodenTonen: "label", producten: [expect.objectContaining({ aangeboden: false, notitie: "Via de wijkteams." })] });
    expect(f.inloggen?.rolKoppelingen).toEqual([{ waarde: "wmo", rol: "CONSULTANT", uitleenpunten: [] }, { waarde: "balie", rol: "CENTRE_STAFF", uitleenpunten: ["zorginnovatiehub-leyweg"] }]);
    expect(f.mensen).toContainEqual({ email: "nieuw@denhaag.test", naam: "Nieuwe Collega", rol: "CENTRE_STAFF", uitleenpunten: ["zorginnovatiehub-leyweg"] });
    expect(f.mensen).toContainEqual({ email: "medewerker@leyweg.demo", naam: "Peter de Graaf", rol: "CENTRE_STAFF", uitleenpunten: ["mobilitheek-zuiderpark", "zorginnovatiehub-leyweg"] });
    expect(f.mensen.map((p) => p.email)).not.toContain("platform@ttv.demo");
    expect(exported).not.toMatch(/secret|passwordHash|wachtwoord"|tokenHash|consulent@rijswijk/);
    expect(await db.auditEvent.count({ where: { action: "configuration.export", municipalityId: denHaagId, actorId: denHaagAdmin.userId } })).toBe(1);
  });

  it("reads another municipality as not found for a municipality administrator, and for roles without the right", async () => {
    await expectAppError(exportMunicipalityConfiguration({ actor: rijswijkAdmin, municipalityId: denHaagId }), "NOT_FOUND");
    await expectAppError(exportMunicipalityConfiguration({ actor: await actorFor("consulent@denhaag.demo"), municipalityId: denHaagId }), "NOT_FOUND");
    await expectAppError(exportMunicipalityConfiguration({ actor: platform, municipalityId: "onbekend-id" }), "NOT_FOUND");
  });
});

describe("import into the same deployment", () => {
  it("finds nothing to change when the file is the municipality's own", async () => {
    const outcome = await importMunicipalityConfiguration({ actor: denHaagAdmin, municipalityId: denHaagId, text: exported, apply: false });
    expect(outcome).toMatchObject({ ok: true, applied: false, plan: { exists: true, changes: [], errors: [] } });
  });

  it("is not found across tenants: a municipality administrator cannot import into another municipality, nor into a new one", async () => {
    const before = await snapshot();
    await expectAppError(importMunicipalityConfiguration({ actor: rijswijkAdmin, municipalityId: denHaagId, text: exported, apply: true }), "NOT_FOUND");
    await expectAppError(importMunicipalityConfiguration({ actor: rijswijkAdmin, municipalityId: null, text: exported, apply: true }), "NOT_FOUND");
    // den-haag's file into rijswijk: refused by the slug, nothing written
    const wrong = await importMunicipalityConfiguration({ actor: rijswijkAdmin, municipalityId: rijswijkId, text: exported, apply: true });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems[0]).toMatchObject({ path: "gemeente.slug" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a file that breaks the schema with the path of every bad field in Dutch, and writes nothing", async () => {
    const before = await snapshot();
    const file = JSON.parse(exported);
    file.gemeente.naam = "Den Haag (gewijzigd)";
    file.uitleenpunten[0].openingstijden[0].open = "9 uur";
    file.mensen[0].rol = "PLATFORM_ADMIN";
    file.onbekend = true;
    const outcome = await importMunicipalityConfiguration({ actor: platform, municipalityId: denHaagId, text: JSON.stringify(file), apply: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(expect.arrayContaining([
      { path: "uitleenpunten[0].openingstijden[0].open", message: "Schrijf de tijd als 09:30." },
      expect.objectContaining({ path: "mensen[0].rol", message: expect.stringContaining("Kies een rol") }),
      expect.objectContaining({ path: "", message: expect.stringContaining("Onbekend veld: onbekend") }),
    ]));
    expect((await importMunicipalityConfiguration({ actor: platform, municipalityId: null, text: "{niet: json", apply: true })).ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a theme with too little contrast and a logo that is no image, like the look page does, and writes nothing", async () => {
    const before = await snapshot();
    const pale = JSON.parse(exported);
    pale.uiterlijk.thema.colors.link = "#dddddd";
    const refused = await importMunicipalityConfiguration({ actor: platform, municipalityId: denHaagId, text: JSON.stringify(pale), apply: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems.length).toBeGreaterThan(0);
      for (const p of refused.problems) expect(p).toEqual({ path: "uiterlijk.thema", message: expect.stringContaining("4,5 : 1") });
    }
    const fake = JSON.parse(exported);
    fake.uiterlijk.logo.png = Buffer.from("<svg onload=alert(1)></svg>").toString("base64");
    const plan = await importMunicipalityConfiguration({ actor: platform, municipalityId: denHaagId, text: JSON.stringify(fake), apply: true });
    expect(plan.ok).toBe(false);
    expect(JSON.stringify(plan)).toContain("uiterlijk.logo.png");
    expect(await snapshot()).toBe(before);
  });

  it("refuses a file whose centre belongs to another municipality here, even when other sections would change", async () => {
    const before = await snapshot();
    const file = JSON.parse(exported);
    file.gemeente.naam = "Den Haag (gewijzigd)";
    file.uitleenpunten.push({ ...file.uitleenpunten[0], slug: "uitleenpunt-rijswijk", naam: "Overgenomen" });
    const outcome = await importMunicipalityConfiguration({ actor: platform, municipalityId: null, text: JSON.stringify(file), apply: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toEqual([expect.objectContaining({ path: `uitleenpunten[${file.uitleenpunten.length - 1}].slug` })]);
    expect(await snapshot()).toBe(before);
  });

  it("writes nothing when the transaction fails half-way (after the municipality and its centres were written)", async () => {
    const before = await snapshot();
    const file = JSON.parse(exported);
    file.gemeente.naam = "Den Haag (half)";
    file.uitleenpunten[0].naam = "Half geschreven";
    const read = readConfigFile(JSON.stringify(file));
    if (!read.ok) throw new Error("file should be valid");
    await expect(
      applyImport(db, read.file, { invitedBy: null, appUrl: "http://localhost", audit: async () => { throw new Error("stop"); } }),
    ).rejects.toThrow("stop");
    expect(await snapshot()).toBe(before);
  });

  it("lists what would be added, changed and removed per section and item, and applies exactly that", async () => {
    const file = JSON.parse(exported);
    file.wmoLoket.telefoon = "070 353 0000";
    file.instellingen = { retentionDays: 300 };
    file.uitleenpunten = file.uitleenpunten.filter((c: { slug: string }) => c.slug !== "wijkcentrum-scheveningen");
    file.uitleenpunten[0].openingstijden.push({ dag: 6, open: "10:00", dicht: "12:00" });
    file.aanbod.producten = [];
    file.mensen.push({ email: "extra@denhaag.test", naam: "Extra Consulent", rol: "CONSULTANT", uitleenpunten: [] });
    const text = JSON.stringify(file);
    const dry = await importMunicipalityConfiguration({ actor: denHaagAdmin, municipalityId: denHaagId, text, apply: false });
    if (!dry.ok) throw new Error(JSON.stringify(dry.problems));
    const summary = dry.plan.changes.map((c) => `${c.section}:${c.kind}:${c.item}:${c.fields.join("+")}`).sort();
    expect(summary).toEqual([
      "aanbod:remove:" + file.aanbod.producten.concat(JSON.parse(exported).aanbod.producten)[0].product + ":",
      "instellingen:change:retentionDays:waarde",
      "instellingen:remove:cleaningDays:",
      "mensen:add:extra@denhaag.test:",
      `uitleenpunten:change:${file.uitleenpunten[0].slug}:openingstijden`,
      "uitleenpunten:remove:wijkcentrum-scheveningen:gesloten",
      "wmoLoket:change:Wmo-loket:telefoon",
    ]);
    const applied = await importMunicipalityConfiguration({ actor: denHaagAdmin, municipalityId: denHaagId, text, apply: true });
    if (!applied.ok || !applied.applied) throw new Error("not applied");
    expect(applied.result.invitations).toEqual([expect.objectContaining({ email: "extra@denhaag.test", code: expect.any(String) })]);
    expect((await db.lendingCentre.findUniqueOrThrow({ where: { slug: "wijkcentrum-scheveningen" } })).closedAt).not.toBeNull();
    expect(await db.settingChange.findMany({ where: { municipalityId: denHaagId, actorId: denHaagAdmin.userId }, select: { key: true } })).toEqual(expect.arrayContaining([{ key: "wmoDeskPhone" }, { key: "retentionDays" }, { key: "cleaningDays" }]));
    expect(await db.auditEvent.count({ where: { action: "configuration.import", municipalityId: denHaagId, actorId: denHaagAdmin.userId } })).toBe(1);
    // the OIDC secret stayed
    expect((await db.oidcConfig.findUniqueOrThrow({ where: { municipalityId: denHaagId } })).clientSecretEncrypted).toBe("v1:stored:secret:value");
    const again = await importMunicipalityConfiguration({ actor: denHaagAdmin, municipalityId: denHaagId, text, apply: false });
    expect(again).toMatchObject({ ok: true, plan: { changes: [] } });
  });
});

describe("import on another (empty) deployment", () => {
  it("gives the same export after a round trip, and a second import changes nothing", async () => {
    const now = new Date();
    await truncateAll(process.env.DATABASE_URL as string);
    await importCatalogue(db, rowsFromProducts(CATALOGUE), { dryRun: false, note: "test", source: "seed", createdById: null, publish: true, now, audit: directAudit(null) });
    await db.user.create({ data: { email: "platform@elders.test", name: "Platform Elders", passwordHash: "x", role: "PLATFORM_ADMIN" } });
    const admin = await actorFor("platform@elders.test");
    expect(await db.municipality.count()).toBe(0);

    const dry = await importMunicipalityConfiguration({ actor: admin, municipalityId: null, text: exported, apply: false });
    if (!dry.ok) throw new Error(JSON.stringify(dry.problems));
    expect(dry.plan.exists).toBe(false);
    expect(dry.plan.changes.filter((c) => c.kind !== "add")).toEqual([]);
    expect(dry.plan.changes.filter((c) => c.section === "uitleenpunten")).toHaveLength(5);
    expect(dry.plan.warnings).toEqual([expect.objectContaining({ path: "inloggen" })]);
    expect(await db.municipality.count()).toBe(0);

    const applied = await importMunicipalityConfiguration({ actor: admin, municipalityId: null, text: exported, apply: true });
    if (!applied.ok || !applied.applied) throw new Error("not applied");
    const people = readConfigFile(exported);
    if (!people.ok) throw new Error("invalid");
    expect(applied.result.invitations.map((i) => i.email).sort()).toEqual(people.file.mensen.map((p) => p.email).sort());
    expect(await db.user.count({ where: { municipalityId: applied.result.municipalityId } })).toBe(0);

    const roundTrip = (await exportMunicipalityConfiguration({ actor: admin, municipalityId: applied.result.municipalityId })).text;
    const expected = withoutDate(exported) as { inloggen: { ingeschakeld: boolean } };
    // the secret never travels: without it the provider's sign-in is switched off until an administrator fills it in
    expected.inloggen.ingeschakeld = false;
    expect(withoutDate(roundTrip)).toEqual(expected);

    const before = await snapshot();
    const second = await importMunicipalityConfiguration({ actor: admin, municipalityId: null, text: exported, apply: true });
    expect(second).toMatchObject({ ok: true, applied: true, plan: { exists: true, changes: [] }, result: { invitations: [] } });
    expect(await snapshot()).toBe(before);
    expect(await planImport(db, people.file)).toMatchObject({ changes: [] });
  });
});
