import { describe, expect, it } from "vitest";
import { postcodeDistance, sortByNearest } from "./postcode";

describe("postcodeDistance", () => {
  it.each([
    ["same postcode", "2514 JS", "2514 JS", 0],
    ["same area, other letters", "2514 AA", "2514 AB", 0.001],
    ["next area", "2514 AA", "2515 AA", 1],
    ["lower case without space", "2514js", "2514 JS", 0],
    ["invalid", "hallo", "2514 JS", Number.POSITIVE_INFINITY],
  ])("%s", (_n, a, b, expected) => {
    expect(postcodeDistance(a, b)).toBeCloseTo(expected, 6);
  });
});

describe("sortByNearest", () => {
  const centres = [
    { name: "Scheveningen", postcode: "2583 CL" },
    { name: "Centrum", postcode: "2511 BT" },
    { name: "Escamp", postcode: "2545 GH" },
  ];
  it("puts the nearest first", () => {
    expect(sortByNearest(centres, "2512 AB").map((c) => c.name)).toEqual(["Centrum", "Escamp", "Scheveningen"]);
    expect(sortByNearest(centres, "2580 AA").map((c) => c.name)).toEqual(["Scheveningen", "Escamp", "Centrum"]);
  });
  it("orders by name without a postcode", () => {
    expect(sortByNearest(centres, null).map((c) => c.name)).toEqual(["Centrum", "Escamp", "Scheveningen"]);
  });
});
