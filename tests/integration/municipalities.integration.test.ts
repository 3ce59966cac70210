import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { POST as postAdvice } from "@/app/api/v1/advice/route";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { authOptions } from "@/lib/auth/options";
import { createMunicipalitySchema } from "@/lib/schemas/municipality";
import { buildAdvice } from "@/lib/server/advice/build-advice";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { createMunicipality } from "@/lib/server/municipalities/create-municipality";
import { listMunicipalitiesOverview } from "@/lib/server/municipalities/list-municipalities-overview";
import { residentAccessForCentre } from "@/lib/server/municipalities/resident-access";
import { setMunicipalityStatus } from "@/lib/server/municipalities/set-municipality-status";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let platform: Actor;
let admin: Actor;

const input = (over: Record<string, string> = {}) =>
  createMunicipalitySchema.parse({
    naam: "Delft",
    slug: "delft",
    postcodegebieden: "2611-2629",
    wmoTelefoon: "14 015",
    wmoWebsite: "https://www.delft.nl/wmo",
    wmoOpeningstijden: "werkdagen 9-17 uur",
    beheerderNaam: "Iris Delft",
    beheerderEmail: "iris@delft.example",
    ...over,
  });

/** The credentials check next-auth runs on the sign-in page. */
async function authorize(email: string, password: string) {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: (c: Record<string, string>) => Promise<unknown> } };
  // a refusal is thrown as a code for the sign-in form ("TTV_MUNICIPALITY_PAUSED"): read it as null here
  return provider.options.authorize({ email, password }).catch((error: Error) => (error.message.startsWith("TTV_") ? null : Promise.reject(error)));
}

beforeAll(async () => {
  db = await resetWithDemoData();
  platform = await actorFor("platform@ttv.demo");
  admin = await actorFor("beheer@denhaag.demo");
});

describe("onboarding a municipality", () => {
  it("creates it with its areas and Wmo desk and invites its first administrator, who can then sign in", async () => {
    const created = await createMunicipality({ actor: platform, input: input() });
    const m = await db.municipality.findUniqueOrThrow({ where: { id: created.municipalityId } });
    expect(m).toMatchObject({ slug: "delft", status: "active", postcodeAreas: ["2611-2629"], wmoDeskPhone: "14 015", wmoDeskUrl: "https://www.delft.nl/wmo" });
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(invitation).toMatchObject({ role: "MUNICIPALITY_ADMIN", municipalityId: m.id, email: "iris@delft.example" });
    expect(await db.outboxMessage.count({ where: { kind: "invitation", toAddress: "iris@delft.example" } })).toBe(1);

    await acceptInvitation({ code: created.code, password: "delft wachtwoord 2026" });
    expect(await authorize("iris@delft.example", "delft wachtwoord 2026")).toMatchObject({ email: "iris@delft.example" });
    // the successful sign-in is remembered
    expect((await db.user.findUniqueOrThrow({ where: { email: "iris@delft.example" } })).lastSignInAt).toBeInstanceOf(Date);
    expect((await listMunicipalitiesOverview({ actor: platform })).find((r) => r.slug === "delft")).toMatchObject({ openCentres: 0, activeUsers: 1 });
  });

  it("gives residents of a municipality without a lending centre advice, with the Wmo desk as the next step", async () => {
    const { code } = await createAssessment({ municipalitySlug: "delft", together: null });
    expect(code).toBeTruthy();
    const advice = await buildAdvice({ municipalitySlug: "delft", answers: { difficulties: ["housework.vacuuming", "toilet.night"], context: {} } as never });
    expect(advice.municipality).toMatchObject({ openCentres: 0 });
    expect(advice.wmoDesk).toMatchObject({ phone: "14 015" });
    expect(advice.recommendations.length).toBeGreaterThan(0);
    expect(advice.recommendations.every((r) => r.lending.length === 0)).toBe(true);
  });

  it("refuses a slug in use, and is only for platform administrators", async () => {
    const error = await expectAppError(createMunicipality({ actor: platform, input: input({ beheerderEmail: "ander@delft.example" }) }), "INVALID");
    expect(error.fields?.slug).toBeDefined();
    await expectAppError(createMunicipality({ actor: admin, input: input({ slug: "zoetermeer", beheerderEmail: "z@z.example" }) }), "NOT_FOUND");
    expect(await db.municipality.count({ where: { slug: "zoetermeer" } })).toBe(0);
    await expectAppError(listMunicipalitiesOverview({ actor: admin }), "NOT_FOUND");
  });
});

describe("pausing a municipality", () => {
  it("stops residents and its staff, not other municipalities; resuming undoes it", async () => {
    const rijswijk = await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } });
    const centre = await db.lendingCentre.findFirstOrThrow({ where: { municipalityId: rijswijk.id } });
    await expectAppError(setMunicipalityStatus({ actor: admin, municipalityId: rijswijk.id, status: "paused" }), "NOT_FOUND");
    expect((await db.municipality.findUniqueOrThrow({ where: { id: rijswijk.id } })).status).toBe("active");

    await setMunicipalityStatus({ actor: platform, municipalityId: rijswijk.id, status: "paused" });
    await expectAppError(createAssessment({ municipalitySlug: "rijswijk", together: null }), "GONE");
    // the resident reads it in their own language (the start page turns the key into their language's text)
    await expect(createAssessment({ municipalitySlug: "rijswijk", together: null })).rejects.toMatchObject({ key: "resident.municipalityPausedQuestions", params: { municipality: "Rijswijk" } });
    expect(await residentAccessForCentre({ centreSlug: centre.slug })).toMatchObject({ state: "paused" });
    // the data access and the public API refuse too, not only the pages
    await expectAppError(
      reserveUnit({ productSlug: "rollator-binnen", centreSlug: centre.slug, pickupDate: "2099-01-05", name: "Test Inwoner", phone: "0612345678", consent: true }),
      "GONE",
    );
    const api = await postAdvice(
      new Request("http://localhost/api/v1/advice", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ municipality: "rijswijk", answers: { difficulties: ["housework.vacuuming"], context: {} } }),
      }),
      undefined as never,
    );
    expect(api.status).toBe(410);
    expect(((await api.json()) as { fields: Record<string, string[]> }).fields.municipality).toBeDefined();
    expect(await authorize("consulent@rijswijk.demo", "Demo-wachtwoord-2026")).toBeNull();
    await expect(signInWithPassword({ email: "medewerker@rijswijk.demo", password: "Demo-wachtwoord-2026" }, "203.0.113.9")).resolves.toMatchObject({ ok: false, refusal: "municipality_paused" });
    expect(await authorize("consulent@denhaag.demo", "Demo-wachtwoord-2026")).not.toBeNull();
    expect(await authorize("platform@ttv.demo", "Demo-wachtwoord-2026")).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "municipality.pause", entityId: rijswijk.id } })).toBe(1);

    await setMunicipalityStatus({ actor: platform, municipalityId: rijswijk.id, status: "active" });
    expect(await authorize("consulent@rijswijk.demo", "Demo-wachtwoord-2026")).not.toBeNull();
    expect((await createAssessment({ municipalitySlug: "rijswijk", together: null })).code).toBeTruthy();
  });

  it("reads an unknown municipality as not found", async () => {
    await expectAppError(setMunicipalityStatus({ actor: platform, municipalityId: "does-not-exist", status: "paused" }), "NOT_FOUND");
  });
});
