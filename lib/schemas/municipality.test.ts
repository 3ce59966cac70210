import { describe, expect, it } from "vitest";
import { createMunicipalitySchema, parsePostcodeAreas } from "./municipality";

describe("parsePostcodeAreas", () => {
  it.each<[string, string[]]>([
    ["2491-2599", ["2491-2599"]],
    ["2280-2289, 2280", ["2280-2289", "2280"]],
    ["2491 - 2599\n2600", ["2491-2599", "2600"]],
    ["2600-2600", ["2600"]],
    ["", []],
    ["2491-2599\n2491-2599", ["2491-2599"]],
  ])("%j is %j", (text, areas) => {
    expect(parsePostcodeAreas(text)).toEqual({ ok: true, areas });
  });

  it.each<[string, RegExp]>([
    ["2599-2491", /kleiner/],
    ["249", /geen postcodegebied/],
    ["0999", /niet met een 0/],
    ["Den Haag", /geen postcodegebied/],
  ])("%j is refused", (text, message) => {
    const result = parsePostcodeAreas(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("createMunicipalitySchema", () => {
  const valid = { naam: "Delft", slug: "Delft", postcodegebieden: "2611-2629", wmoTelefoon: "14 015", wmoWebsite: "https://www.delft.nl/wmo", wmoOpeningstijden: "", beheerderNaam: "Iris", beheerderEmail: "iris@delft.example" };
  it("normalises a valid form", () => {
    expect(createMunicipalitySchema.parse(valid)).toMatchObject({ slug: "delft", postcodegebieden: ["2611-2629"] });
  });
  it.each<[string, Record<string, string>, string]>([
    ["slug with spaces", { slug: "den haag" }, "slug"],
    ["website without https", { wmoWebsite: "www.delft.nl" }, "wmoWebsite"],
    ["phone with letters", { wmoTelefoon: "bel ons" }, "wmoTelefoon"],
    ["no admin e-mail", { beheerderEmail: "" }, "beheerderEmail"],
    ["bad postcode range", { postcodegebieden: "26xx" }, "postcodegebieden"],
  ])("refuses %s with a message at the field", (_name, change, field) => {
    const result = createMunicipalitySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
