import { describe, expect, it } from "vitest";
import { formatPath, readConfigFile } from "./schema";

const minimal = {
  format: "ttv-gemeenteconfiguratie",
  versie: 1,
  gemeente: { naam: "Delft", slug: "delft", postcodegebieden: ["2611-2629"] },
  wmoLoket: { telefoon: "14 015", website: "https://www.delft.nl", openingstijden: "ma-vr 9-17" },
  teksten: { welkomsttekst: "", privacycontact: "" },
  aanbod: { nietAangebodenTonen: "hide" },
};
const centre = { slug: "delft-centrum", naam: "Centrum", straat: "Markt 1", postcode: "2611 GW", plaats: "Delft", wijk: "Centrum", telefoon: "015", email: "a@b.nl" };

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["gemeente", "slug"], "gemeente.slug"],
    [["uitleenpunten", 0, "openingstijden", 2, "open"], "uitleenpunten[0].openingstijden[2].open"],
  ] as const)("%j -> %s", (path, out) => expect(formatPath(path)).toBe(out));
});

describe("readConfigFile", () => {
  it("fills defaults for the optional sections", () => {
    const read = readConfigFile(JSON.stringify(minimal));
    expect(read).toMatchObject({ ok: true, file: { instellingen: {}, uitleenpunten: [], inloggen: null, mensen: [], aanbod: { producten: [] } } });
  });

  it.each([
    ["not JSON", "{", ""],
    ["a newer version", JSON.stringify({ ...minimal, versie: 2 }), "versie"],
    ["another format", JSON.stringify({ ...minimal, format: "iets" }), "format"],
    ["an unknown section", JSON.stringify({ ...minimal, extra: 1 }), ""],
    ["a bad slug", JSON.stringify({ ...minimal, gemeente: { ...minimal.gemeente, slug: "Den Haag" } }), "gemeente.slug"],
    ["a bad postcode area", JSON.stringify({ ...minimal, gemeente: { ...minimal.gemeente, postcodegebieden: ["0123"] } }), "gemeente.postcodegebieden[0]"],
    ["a setting out of range", JSON.stringify({ ...minimal, instellingen: { retentionDays: 0 } }), "instellingen.retentionDays"],
    ["closing before opening", JSON.stringify({ ...minimal, uitleenpunten: [{ ...centre, openingstijden: [{ dag: 1, open: "17:00", dicht: "09:00" }] }] }), "uitleenpunten[0].openingstijden[0].dicht"],
    ["a day that does not exist", JSON.stringify({ ...minimal, uitleenpunten: [{ ...centre, geslotenDagen: [{ datum: "2027-02-30" }] }] }), "uitleenpunten[0].geslotenDagen[0].datum"],
    ["a person at an unknown centre", JSON.stringify({ ...minimal, mensen: [{ email: "a@b.nl", naam: "A", rol: "CENTRE_STAFF", uitleenpunten: ["elders"] }] }), "mensen[0].uitleenpunten[0]"],
    ["staff without a centre", JSON.stringify({ ...minimal, mensen: [{ email: "a@b.nl", naam: "A", rol: "CENTRE_STAFF" }] }), "mensen[0].uitleenpunten"],
    ["a platform role", JSON.stringify({ ...minimal, mensen: [{ email: "a@b.nl", naam: "A", rol: "PLATFORM_ADMIN" }] }), "mensen[0].rol"],
    ["a duplicate centre", JSON.stringify({ ...minimal, uitleenpunten: [centre, centre] }), "uitleenpunten[1].slug"],
    ["password off without the provider", JSON.stringify({ ...minimal, inloggen: { issuer: "https://idp.test", clientId: "x", claimNaam: "groups", ingeschakeld: false, wachtwoordUit: true } }), "inloggen.wachtwoordUit"],
  ])("refuses %s, naming the path", (_name, text, path) => {
    const read = readConfigFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toContain(path);
  });
});
