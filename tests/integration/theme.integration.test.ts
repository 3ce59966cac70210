import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listSettingHistory } from "@/lib/server/municipalities/settings";
import { getLookView, saveLogo, saveTheme } from "@/lib/server/theme/manage-look";
import { getLogoFile, getMunicipalityLook, municipalitySlugFor } from "@/lib/server/theme/public-look";
import { DEFAULT_THEME, PRESETS } from "@/lib/theme/theme";
import { GET as getLogo } from "@/app/[gemeente]/logo/route";
import { actorFor, expectAppError } from "./actors";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let admin: Actor;
let rijswijkAdmin: Actor;
let platform: Actor;
let consultant: Actor;
let denHaagId: string;
let rijswijkId: string;

const blue = PRESETS.find((p) => p.key === "blauw")!.theme;
const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 4, background: "#154273" } }).png().toBuffer();

beforeAll(async () => {
  db = await resetWithDemoData();
  admin = await actorFor("beheer@denhaag.demo");
  platform = await actorFor("platform@ttv.demo");
  consultant = await actorFor("consulent@denhaag.demo");
  denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  rijswijkId = (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id;
  await db.user.create({ data: { email: "beheer@rijswijk.test", name: "Beheer Rijswijk", passwordHash: "x", role: "MUNICIPALITY_ADMIN", municipalityId: rijswijkId } });
  rijswijkAdmin = await actorFor("beheer@rijswijk.test");
});

describe("a municipality's theme", () => {
  it("starts as the default look", async () => {
    expect((await getLookView({ actor: admin })).theme).toBeNull();
    const look = await getMunicipalityLook("den-haag");
    expect(look).toMatchObject({ themed: false, theme: DEFAULT_THEME, logo: null });
  });

  it("is saved by the municipality's administrator, with history (who, when, before, after) and an audit line", async () => {
    expect(await saveTheme({ actor: admin, theme: blue })).toEqual({ changed: true });
    expect((await getLookView({ actor: admin })).theme).toEqual(blue);
    const history = await listSettingHistory({ actor: admin, key: "theme" });
    expect(history).toEqual([expect.objectContaining({ key: "theme", before: null, after: blue, actorName: admin.name })]);
    expect(await db.auditEvent.count({ where: { action: "municipality.theme", municipalityId: denHaagId } })).toBe(1);
    // the same again: nothing recorded
    expect(await saveTheme({ actor: admin, theme: blue })).toEqual({ changed: false });
    expect(await listSettingHistory({ actor: admin, key: "theme" })).toHaveLength(1);
    // back to the default is a change too
    await saveTheme({ actor: admin, theme: null });
    expect((await getLookView({ actor: admin })).theme).toBeNull();
    expect((await listSettingHistory({ actor: admin, key: "theme" })).map((h) => [h.before === null ? null : "blauw", h.after === null ? null : "blauw"])).toEqual([["blauw", null], [null, "blauw"]]);
    await saveTheme({ actor: admin, theme: blue });
  });

  it("refuses a theme with too little contrast, naming the pair and its ratio, and changes nothing", async () => {
    const before = await db.municipality.findUniqueOrThrow({ where: { id: denHaagId } });
    const error = await expectAppError(saveTheme({ actor: admin, theme: { ...blue, colors: { ...blue.colors, link: "#9ab8e0" } } }), "INVALID");
    expect(error.fields?.contrast?.join(" ")).toMatch(/links op de achtergrond \(#9ab8e0 op #ffffff\) heeft \d+,\d+ : 1, en moet minimaal 4,5 : 1 zijn/);
    await expectAppError(saveTheme({ actor: admin, theme: { ...blue, colors: { ...blue.colors, text: "url(x)" } } }), "INVALID");
    await expectAppError(saveTheme({ actor: admin, theme: { ...blue, extra: "x" } }), "INVALID");
    expect((await db.municipality.findUniqueOrThrow({ where: { id: denHaagId } })).theme).toEqual(before.theme);
  });

  it("another municipality's administrator cannot read or change it: not found, nothing changed", async () => {
    const before = await db.municipality.findUniqueOrThrow({ where: { id: denHaagId }, include: { logo: true } });
    const changes = await db.settingChange.count({ where: { municipalityId: denHaagId } });
    await expectAppError(saveTheme({ actor: rijswijkAdmin, municipalityId: denHaagId, theme: DEFAULT_THEME }), "NOT_FOUND");
    await expectAppError(getLookView({ actor: rijswijkAdmin, municipalityId: denHaagId }), "NOT_FOUND");
    await expectAppError(saveLogo({ actor: rijswijkAdmin, municipalityId: denHaagId, file: await png(50, 20), alt: "Logo" }), "NOT_FOUND");
    await expectAppError(listSettingHistory({ actor: rijswijkAdmin, municipalityId: denHaagId, key: "theme" }), "NOT_FOUND");
    await expectAppError(saveTheme({ actor: consultant, theme: DEFAULT_THEME }), "NOT_FOUND");
    await expectAppError(saveLogo({ actor: null, municipalityId: denHaagId, remove: true }), "NOT_FOUND");
    expect(await db.municipality.findUniqueOrThrow({ where: { id: denHaagId }, include: { logo: true } })).toEqual(before);
    expect(await db.settingChange.count({ where: { municipalityId: denHaagId } })).toBe(changes);
    // its own municipality is fine; a platform administrator may set any
    await saveTheme({ actor: rijswijkAdmin, theme: PRESETS.find((p) => p.key === "rood")!.theme });
    expect((await getMunicipalityLook("rijswijk"))?.theme.source).toBe("rood");
    await saveTheme({ actor: platform, municipalityId: rijswijkId, theme: null });
    expect((await getMunicipalityLook("rijswijk"))?.themed).toBe(false);
  });
});

describe("a municipality's logo", () => {
  it("is re-encoded, resized into 600 x 200, stored in PostgreSQL and served with caching headers", async () => {
    await saveLogo({ actor: admin, file: await png(1200, 200), alt: "Logo gemeente Den Haag" });
    const stored = await db.municipalityLogo.findUniqueOrThrow({ where: { municipalityId: denHaagId } });
    expect(stored).toMatchObject({ mimeType: "image/png", width: 600, height: 100, alt: "Logo gemeente Den Haag" });
    expect((await sharp(Buffer.from(stored.data)).metadata()).format).toBe("png");
    const look = await getMunicipalityLook("den-haag");
    expect(look?.logo).toMatchObject({ alt: "Logo gemeente Den Haag", width: 600, height: 100 });
    expect(look?.logo?.src).toMatch(/^\/den-haag\/logo\?v=[0-9a-f]{16}$/);

    const response = await getLogo(new Request(`http://localhost${look!.logo!.src}`), { params: Promise.resolve({ gemeente: "den-haag" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toContain("immutable");
    const etag = response.headers.get("etag")!;
    const again = await getLogo(new Request("http://localhost/den-haag/logo", { headers: { "if-none-match": etag } }), { params: Promise.resolve({ gemeente: "den-haag" }) });
    expect(again.status).toBe(304);
    expect((await getLogo(new Request("http://localhost/rijswijk/logo"), { params: Promise.resolve({ gemeente: "rijswijk" }) })).status).toBe(404);
    expect((await getLogo(new Request("http://localhost/nergens/logo"), { params: Promise.resolve({ gemeente: "nergens" }) })).status).toBe(404);

    const history = await listSettingHistory({ actor: admin, key: "logo" });
    expect(history[0]).toMatchObject({ before: null, after: expect.objectContaining({ alt: "Logo gemeente Den Haag", width: 600, height: 100 }), actorName: admin.name });
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "Logo", /PNG-, JPEG- of WebP/],
    ["a text file", Buffer.from("hallo"), "Logo", /PNG-, JPEG- of WebP/],
    ["too big a file", Buffer.alloc(1024 * 1024 + 1, 1), "Logo", /te groot/],
  ])("refuses %s", async (_name, file, alt, message) => {
    const error = await expectAppError(saveLogo({ actor: admin, file, alt }), "INVALID");
    expect(error.fields?.logo?.join(" ")).toMatch(message);
  });

  it("requires alt text", async () => {
    const error = await expectAppError(saveLogo({ actor: admin, file: await png(40, 40), alt: " " }), "INVALID");
    expect(error.fields?.alt?.[0]).toMatch(/Beschrijf het logo/);
  });

  it("changes only the alt text, then is removed; each a history row", async () => {
    await saveLogo({ actor: admin, alt: "Gemeente Den Haag" });
    expect((await db.municipalityLogo.findUniqueOrThrow({ where: { municipalityId: denHaagId } })).alt).toBe("Gemeente Den Haag");
    await saveLogo({ actor: admin, remove: true });
    expect(await getLogoFile("den-haag")).toBeNull();
    expect((await listSettingHistory({ actor: admin, key: "logo" })).map((h) => [h.before === null ? null : (h.before as { alt: string }).alt, h.after === null ? null : (h.after as { alt: string }).alt])).toEqual([
      ["Gemeente Den Haag", null],
      ["Logo gemeente Den Haag", "Gemeente Den Haag"],
      [null, "Logo gemeente Den Haag"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "municipality.logo", municipalityId: denHaagId } })).toBe(3);
  });
});

describe("which municipality a resident's record belongs to", () => {
  it("finds it by centre, and knows nothing of unknown codes", async () => {
    const centre = await db.lendingCentre.findFirstOrThrow({ where: { municipalityId: rijswijkId } });
    expect(await municipalitySlugFor("centre", centre.slug)).toBe("rijswijk");
    expect(await municipalitySlugFor("reservation", "ZZZZ9999")).toBeNull();
    expect(await municipalitySlugFor("assessment", "")).toBeNull();
    expect(await getMunicipalityLook("bestaat-niet")).toBeNull();
    expect(await getMunicipalityLook("../etc")).toBeNull();
  });
});
