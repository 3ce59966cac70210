import { describe, expect, it } from "vitest";
import data from "./pc4-centroids.json";
import { byDutchName, distanceKm, haversineKm, pc4Of, postcodeDistance, sortByNearest } from "./postcode";

describe("postcodeDistance (fallback where an area has no point)", () => {
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

describe("haversineKm", () => {
  it.each([
    ["same point", [52.0705, 4.3007], [52.0705, 4.3007], 0],
    ["one degree of latitude", [52, 4], [53, 4], 111.2],
    ["Den Haag Centraal to Amsterdam Centraal (about 51 km in a straight line)", [52.0809, 4.3243], [52.3791, 4.9003], 51.4],
  ] as const)("%s", (_n, a, b, km) => {
    expect(haversineKm(a, b)).toBeCloseTo(km, 0);
  });
});

describe("pc4-centroids.json", () => {
  const centroids: Record<string, readonly number[] | undefined> = data.centroids;
  it("names its source and licence", () => {
    expect(data.source).toMatch(/GeoNames/);
    expect(data.licence).toMatch(/CC BY 4\.0/);
  });
  it("has a point inside the Netherlands for every area", () => {
    for (const [pc4, point] of Object.entries(centroids)) {
      expect(pc4).toMatch(/^[1-9][0-9]{3}$/);
      const [lat = 0, lon = 0] = point ?? [];
      expect(lat).toBeGreaterThan(50.7);
      expect(lat).toBeLessThan(53.6);
      expect(lon).toBeGreaterThan(3.3);
      expect(lon).toBeLessThan(7.3);
    }
  });
  it.each([
    ["Rijswijk", ["2281", "2282", "2283", "2284", "2285", "2286", "2287", "2288", "2289"]],
    ["Den Haag (seeded centres)", ["2511", "2533", "2545", "2583"]],
  ])("covers %s", (_n, areas) => {
    for (const pc4 of areas) expect(centroids[pc4], pc4).toBeDefined();
  });
});

describe("distanceKm", () => {
  it.each([
    ["same area", "2514 JS", "2514 AB", 0],
    ["Rijswijk 2282 to Den Haag Laak 2521: near, though 239 numbers apart", "2282 AB", "2521 CD", 1.7],
    ["Rijswijk 2282 to Rijswijk 2289: further, though only 7 numbers apart", "2282 AB", "2289 AA", 2.3],
    ["only the 4 digits", "2282", "2521", 1.7],
  ])("%s", (_n, a, b, km) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, 1);
  });
  it.each([
    ["an area without a point", "2494 AA", "2511 BT"],
    ["no postcode", "", "2511 BT"],
    ["not a postcode", "hallo", "2511 BT"],
  ])("is null for %s", (_n, a, b) => {
    expect(distanceKm(a, b)).toBeNull();
  });
});

describe("pc4Of", () => {
  it.each([
    ["2514 JS", "2514"],
    ["2514js", "2514"],
    ["2514", "2514"],
    ["0514", null],
    ["25144", null],
    [null, null],
  ])("%s -> %s", (input, pc4) => {
    expect(pc4Of(input)).toBe(pc4);
  });
});

describe("sortByNearest", () => {
  const centres = [
    { name: "Scheveningen", postcode: "2583 CL" },
    { name: "Centrum", postcode: "2511 BT" },
    { name: "Escamp", postcode: "2545 GH" },
  ];
  it("puts the nearest first by real distance", () => {
    expect(sortByNearest(centres, "2512 AB").map((c) => c.name)).toEqual(["Centrum", "Escamp", "Scheveningen"]);
    expect(sortByNearest(centres, "2586 AA").map((c) => c.name)).toEqual(["Scheveningen", "Centrum", "Escamp"]);
  });
  it("is not fooled where the numbering jumps at a municipal border", () => {
    const across = [
      { name: "Uitleenpunt Rijswijk", postcode: "2289 AA" },
      { name: "Laak", postcode: "2521 AA" },
    ];
    expect(sortByNearest(across, "2282 AB").map((c) => c.name)).toEqual(["Laak", "Uitleenpunt Rijswijk"]);
  });
  it("puts areas without a point after known distances, ordered by postcode number", () => {
    const mixed = [
      { name: "Forepark", postcode: "2494 AB" },
      { name: "Bedrijventerrein", postcode: "2490 AA" },
      { name: "Centrum", postcode: "2511 BT" },
    ];
    expect(sortByNearest(mixed, "2491 AA").map((c) => c.name)).toEqual(["Centrum", "Bedrijventerrein", "Forepark"]);
  });
  it("orders by Dutch name without a postcode: iZi sorts with the i", () => {
    const named = [...centres, { name: "iZi-ervaarwoning", postcode: "2533 DK" }, { name: "Bibliotheek", postcode: "2511 BT" }];
    expect(sortByNearest(named, null).map((c) => c.name)).toEqual(["Bibliotheek", "Centrum", "Escamp", "iZi-ervaarwoning", "Scheveningen"]);
  });
});

describe("byDutchName", () => {
  it("sorts case-insensitively and digits by value", () => {
    expect(["Zuid", "iZi", "Escamp", "Punt 10", "Punt 9"].sort(byDutchName.compare)).toEqual(["Escamp", "iZi", "Punt 9", "Punt 10", "Zuid"]);
  });
});
