import { testActor } from "@/tests/support/actors";
import { describe, expect, it } from "vitest";
import { can, canAdministerMunicipality, rolesAssignableBy, canSeeCentre, canWorkAtCentre, canWorkOnCase, homeFor, type Actor, type ActorFields, type Permission, type Role } from "./permissions";

const actor = (role: Role, extra: Partial<ActorFields> = {}): Actor =>
  testActor({
  userId: "u1",
  sessionId: "s1",
  name: "Test",
  email: "t@example.nl",
  role,
  municipalityId: "den-haag",
  centreIds: [],
  ...extra,
  });

const consultant = actor("CONSULTANT");
const staff = actor("CENTRE_STAFF", { centreIds: ["leyweg"] });
const admin = actor("MUNICIPALITY_ADMIN");
const platform = actor("PLATFORM_ADMIN", { municipalityId: null });
const editor = actor("CATALOGUE_EDITOR", { municipalityId: null });

describe("can", () => {
  it.each<[string, Actor | null, Permission, boolean]>([
    ["consultant writes cases", consultant, "case:write", true],
    ["consultant cannot use the desk", consultant, "desk:use", false],
    ["staff use the desk", staff, "desk:use", true],
    ["staff cannot read cases", staff, "case:read", false],
    ["admin reads the audit log", admin, "audit:read", true],
    ["admin cannot run a desk", admin, "desk:use", false],
    ["admin erases cases", admin, "case:erase", true],
    ["platform admin manages municipalities", platform, "municipality:manage", true],
    ["platform admin manages the shared catalogue", platform, "catalogue:manage", true],
    ["a municipality admin does not change the shared catalogue", admin, "catalogue:manage", false],
    ["nobody signed in", null, "case:read", false],
    ["the catalogue editor manages the shared catalogue", editor, "catalogue:manage", true],
    ["the catalogue editor reads no cases", editor, "case:read", false],
    ["the catalogue editor reads no audit log", editor, "audit:read", false],
    ["the catalogue editor manages no people", editor, "people:manage", false],
    ["the catalogue editor does not run a desk", editor, "desk:use", false],
    ["the catalogue editor uses no desk", editor, "desk:use", false],
  ])("%s", (_name, who, permission, expected) => {
    expect(can(who, permission)).toBe(expected);
  });
});

describe("scoping", () => {
  const leyweg = { id: "leyweg", municipalityId: "den-haag" };
  const rijswijk = { id: "rijswijk-centre", municipalityId: "rijswijk" };
  it.each<[string, boolean, boolean]>([
    ["staff see their own centre", canSeeCentre(staff, leyweg), true],
    ["staff do not see another centre", canSeeCentre(staff, rijswijk), false],
    ["admin sees centres of the own municipality", canSeeCentre(admin, leyweg), true],
    ["admin does not see another municipality's centre", canSeeCentre(admin, rijswijk), false],
    ["platform admin sees every centre", canSeeCentre(platform, rijswijk), true],
    ["consultant sees no centre desk", canSeeCentre(consultant, leyweg), false],
    ["staff work at their own centre", canWorkAtCentre(staff, "leyweg"), true],
    ["staff do not work at another centre", canWorkAtCentre(staff, "rijswijk-centre"), false],
    ["admin does not work at a desk", canWorkAtCentre(admin, "leyweg"), false],
    ["consultant works on own municipality's case", canWorkOnCase(consultant, { municipalityId: "den-haag" }), true],
    ["consultant not on another municipality's case", canWorkOnCase(consultant, { municipalityId: "rijswijk" }), false],
    ["staff never on cases", canWorkOnCase(staff, { municipalityId: "den-haag" }), false],
    ["admin administers own municipality", canAdministerMunicipality(admin, "den-haag"), true],
    ["admin not another municipality", canAdministerMunicipality(admin, "rijswijk"), false],
    ["platform administers all", canAdministerMunicipality(platform, "rijswijk"), true],
    ["consultant administers nothing", canAdministerMunicipality(consultant, "den-haag"), false],
    ["the catalogue editor sees no centre", canSeeCentre(editor, leyweg), false],
    ["the catalogue editor works at no desk", canWorkAtCentre(editor, "leyweg"), false],
    ["the catalogue editor works on no case", canWorkOnCase(editor, { municipalityId: "den-haag" }), false],
    ["the catalogue editor administers no municipality", canAdministerMunicipality(editor, "den-haag"), false],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("homeFor", () => {
  it.each<[Role, string]>([
    ["CONSULTANT", "/consulent"],
    ["CENTRE_STAFF", "/balie"],
    ["MUNICIPALITY_ADMIN", "/beheer"],
    ["PLATFORM_ADMIN", "/beheer"],
    ["CATALOGUE_EDITOR", "/beheer/catalogus"],
  ])("%s lands on %s", (role, path) => {
    expect(homeFor(role)).toBe(path);
  });
});

describe("rolesAssignableBy", () => {
  it.each<[string, Actor | null, Role[]]>([
    ["a municipality admin hands out the municipality's roles, never platform admin", admin, ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN"]],
    ["a platform admin hands out every role, the catalogue editor too", platform, ["CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN", "PLATFORM_ADMIN", "CATALOGUE_EDITOR"]],
    ["a consultant hands out nothing", consultant, []],
    ["staff hand out nothing", staff, []],
    ["the catalogue editor hands out nothing", editor, []],
    ["nobody signed in", null, []],
  ])("%s", (_name, who, expected) => {
    expect(rolesAssignableBy(who)).toEqual(expected);
  });

  it.each<[Actor, Permission, boolean]>([
    [admin, "people:manage", true],
    [admin, "centre:manage", true],
    [admin, "settings:manage", true],
    [admin, "municipality:manage", false],
    [consultant, "people:manage", false],
    [staff, "centre:manage", false],
  ])("%s.role may %s: %s", (who, permission, expected) => {
    expect(can(who, permission)).toBe(expected);
  });
});
