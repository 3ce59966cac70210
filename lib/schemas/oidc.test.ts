import { describe, expect, it } from "vitest";
import { claimValues, mapRole, oidcConfigInputSchema, readRoleMappings, roleMappingSchema } from "./oidc";

const mappings = readRoleMappings([
  { value: "wmo", role: "CONSULTANT", centreIds: [] },
  { value: "balie-a", role: "CENTRE_STAFF", centreIds: ["c1"] },
  { value: "balie-b", role: "CENTRE_STAFF", centreIds: ["c2"] },
  { value: "beheer", role: "MUNICIPALITY_ADMIN", centreIds: [] },
  { value: "root", role: "PLATFORM_ADMIN", centreIds: [] },
]);

describe("mapRole", () => {
  it.each([
    { values: [], expected: null },
    { values: ["iets-anders"], expected: null },
    { values: ["wmo"], expected: { role: "CONSULTANT", centreIds: [] } },
    { values: ["balie-a", "balie-b"], expected: { role: "CENTRE_STAFF", centreIds: ["c1", "c2"] } },
    { values: ["balie-a", "wmo"], expected: { role: "CONSULTANT", centreIds: [] } },
    { values: ["wmo", "beheer"], expected: { role: "MUNICIPALITY_ADMIN", centreIds: [] } },
    { values: ["root"], expected: null },
  ])("$values -> $expected", ({ values, expected }) => {
    expect(mapRole(values, mappings)).toEqual(expected);
  });
});

describe("readRoleMappings and the schemas", () => {
  it("never keeps a PLATFORM_ADMIN mapping", () => {
    expect(mappings.map((m) => m.role)).not.toContain("PLATFORM_ADMIN");
    expect(roleMappingSchema.safeParse({ value: "x", role: "PLATFORM_ADMIN" }).success).toBe(false);
  });
  it("asks centres for centre staff", () => {
    const r = roleMappingSchema.safeParse({ value: "x", role: "CENTRE_STAFF", centreIds: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/uitleenpunt/);
  });
  it("reads claim values from a string or an array", () => {
    expect(claimValues({ groups: ["a", 1, "b"] }, "groups")).toEqual(["a", "b"]);
    expect(claimValues({ role: "a" }, "role")).toEqual(["a"]);
    expect(claimValues({}, "groups")).toEqual([]);
  });
  it("refuses switching password sign-in off while the municipality account is off", () => {
    const r = oidcConfigInputSchema.safeParse({ issuer: "https://idp.example.nl", clientId: "ttv", claimName: "groups", roleMappings: [], enabled: false, passwordSignInDisabled: true });
    expect(r.error?.issues[0]?.path).toEqual(["passwordSignInDisabled"]);
  });
  it.each([
    ["https://login.microsoftonline.com/tenant/v2.0", true],
    ["http://127.0.0.1:39001", true],
    ["http://idp.gemeente.nl", false],
    ["geen adres", false],
  ])("issuer %s valid: %s", (issuer, ok) => {
    const r = oidcConfigInputSchema.safeParse({ issuer, clientId: "ttv", clientSecret: "", claimName: "groups", roleMappings: [], enabled: true, passwordSignInDisabled: false });
    expect(r.success).toBe(ok);
  });
});
