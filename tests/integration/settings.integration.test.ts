import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { municipalityTextsSchema } from "@/lib/schemas/municipality";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { CASE_CONSENT_VERSION } from "@/lib/server/cases/consent";
import { createCase } from "@/lib/server/cases/create-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { getSettingsView, listSettingHistory, loadMunicipalitySettings, updateMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { getRetentionStatus } from "@/lib/server/privacy/get-retention-status";
import { listPrivacyContacts } from "@/lib/server/public/list-privacy-contacts";
import { addDays, dateToDay, isoDateInAmsterdam } from "@/lib/util/dates";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let admin: Actor;
let platform: Actor;
let denHaagId: string;
let rijswijkId: string;

const DAY = 86_400_000;
const none = { retentionDays: null, reservationHoldHours: null, waitlistOfferHours: null, cleaningDays: null, maxExtensions: null, followUpDays: null };
const texts = (over: Record<string, string> = {}) =>
  municipalityTextsSchema.parse({ welkomsttekst: "", wmoTelefoon: "14 070", wmoWebsite: "https://www.denhaag.nl/wmo", wmoOpeningstijden: "maandag tot en met vrijdag van 8.00 tot 17.00 uur", privacycontact: "privacy@denhaag.demo", ...over });

beforeAll(async () => {
  db = await resetWithDemoData();
  admin = await actorFor("beheer@denhaag.demo");
  platform = await actorFor("platform@ttv.demo");
  denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  rijswijkId = (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id;
});

describe("municipality settings", () => {
  it("start at the deployment's defaults", async () => {
    const view = await getSettingsView({ actor: admin });
    expect(view.overrides).toEqual({});
    expect(view.effective).toEqual(view.defaults);
    expect(view.defaults.retentionDays).toBe(90);
  });

  it("saves overrides and texts, and records who changed what, with before and after", async () => {
    const { changed } = await updateMunicipalitySettings({ actor: admin, numbers: { ...none, retentionDays: 30, followUpDays: 14 }, texts: texts({ welkomsttekst: "Welkom in Den Haag!", privacycontact: "privacy@denhaag.nl" }) });
    expect(changed.sort()).toEqual(["followUpDays", "privacyContact", "retentionDays", "welcomeText"]);
    expect(await loadMunicipalitySettings(denHaagId)).toMatchObject({ retentionDays: 30, followUpDays: 14, cleaningDays: 1 });
    const history = await listSettingHistory({ actor: admin, key: "retentionDays" });
    expect(history).toEqual([expect.objectContaining({ key: "retentionDays", before: null, after: 30, actorName: admin.name })]);
    expect((await listSettingHistory({ actor: admin, key: "privacyContact" }))[0]).toMatchObject({ before: "privacy@denhaag.demo", after: "privacy@denhaag.nl" });
    expect(await listPrivacyContacts()).toContainEqual({ name: "Den Haag", privacyContact: "privacy@denhaag.nl" });

    // back to the default: an empty field removes the override, and that too is in the history
    await updateMunicipalitySettings({ actor: admin, numbers: { ...none, followUpDays: 14 }, texts: texts({ welkomsttekst: "Welkom in Den Haag!", privacycontact: "privacy@denhaag.nl" }) });
    expect((await loadMunicipalitySettings(denHaagId)).retentionDays).toBe(90);
    expect((await listSettingHistory({ actor: admin, key: "retentionDays" })).map((h) => [h.before, h.after])).toEqual([[30, null], [null, 30]]);
    // saving the same again changes nothing and records nothing
    const again = await updateMunicipalitySettings({ actor: admin, numbers: { ...none, followUpDays: 14 }, texts: texts({ welkomsttekst: "Welkom in Den Haag!", privacycontact: "privacy@denhaag.nl" }) });
    expect(again.changed).toEqual([]);
  });

  it("reads another municipality as not found and changes nothing there", async () => {
    const before = await db.municipality.findUniqueOrThrow({ where: { id: rijswijkId } });
    await expectAppError(updateMunicipalitySettings({ actor: admin, municipalityId: rijswijkId, numbers: { ...none, retentionDays: 5 }, texts: texts() }), "NOT_FOUND");
    await expectAppError(getSettingsView({ actor: admin, municipalityId: rijswijkId }), "NOT_FOUND");
    await expectAppError(listSettingHistory({ actor: admin, municipalityId: rijswijkId }), "NOT_FOUND");
    expect(await db.municipality.findUniqueOrThrow({ where: { id: rijswijkId } })).toEqual(before);
    expect(await db.settingChange.count({ where: { municipalityId: rijswijkId } })).toBe(0);
    const consultant = await actorFor("consulent@denhaag.demo");
    await expectAppError(getSettingsView({ actor: consultant }), "NOT_FOUND");
    // a platform administrator may change it
    await updateMunicipalitySettings({ actor: platform, municipalityId: rijswijkId, numbers: { ...none, retentionDays: 60 }, texts: texts({ wmoWebsite: "https://www.rijswijk.nl/wmo", wmoOpeningstijden: "", privacycontact: "" }) });
    expect((await loadMunicipalitySettings(rijswijkId)).retentionDays).toBe(60);
  });
});

describe("consumers use the municipality's settings", () => {
  it("a resident's answers are kept for the municipality's retention period", async () => {
    await updateMunicipalitySettings({ actor: admin, numbers: { ...none, retentionDays: 10, followUpDays: 14 }, texts: texts({ welkomsttekst: "Welkom in Den Haag!", privacycontact: "privacy@denhaag.nl" }) });
    const start = Date.now();
    const { code } = await createAssessment({ municipalitySlug: "den-haag", together: null });
    const row = await db.assessment.findUniqueOrThrow({ where: { code } });
    expect(row.eraseAfter.getTime() - start).toBeGreaterThan(9.9 * DAY);
    expect(row.eraseAfter.getTime() - start).toBeLessThan(10.1 * DAY);
    const saved = await saveAnswers({ code, patch: { difficulties: ["toilet.night"] } });
    expect(saved.eraseAfter.getTime() - Date.now()).toBeLessThan(10.1 * DAY);
    // the administrator's retention page says the municipality's own period
    expect((await getRetentionStatus({ actor: admin })).retentionDays).toBe(10);
    // Rijswijk keeps its own (60 days)
    const rw = await createAssessment({ municipalitySlug: "rijswijk", together: null });
    expect((await db.assessment.findUniqueOrThrow({ where: { code: rw.code } })).eraseAfter.getTime() - Date.now()).toBeGreaterThan(59 * DAY);
  });

  it("a consultant's case is kept for the retention period and gets the follow-up period when it goes into follow-up", async () => {
    const consultant = await actorFor("consulent@denhaag.demo");
    const { reference } = await createCase({ actor: consultant, residentName: "Mevrouw Settings", residentContact: null, consent: { given: true, textVersion: CASE_CONSENT_VERSION } });
    const kase = await db.case.findUniqueOrThrow({ where: { reference } });
    expect(kase.eraseAfter.getTime() - Date.now()).toBeLessThan(10.1 * DAY);
    await updateCase({ actor: consultant, reference, changes: { residentName: "Mevrouw Settings", residentContact: undefined, status: "FOLLOW_UP", followUpDue: undefined, hasApplication: false } as never });
    const after = await db.case.findUniqueOrThrow({ where: { reference } });
    expect(after.followUpDue ? dateToDay(after.followUpDue) : null).toBe(addDays(isoDateInAmsterdam(), 14));
  });
});
