/**
 * Nearest-first ordering of lending centres by Dutch postcode, without a map service. Each 4-digit postcode area
 * (PC4) has a point from open data (pc4-centroids.json, GeoNames, CC BY 4.0; see pc4-centroids.SOURCE.md) and the
 * distance is the straight line between two points (haversine). Postcode numbers alone are no measure: numbering
 * jumps at municipal borders (Rijswijk 2280-2289 lies between Den Haag areas numbered 2490-2599).
 * An area without a point falls back to the difference of the postcode numbers, after every known distance.
 */
import data from "./pc4-centroids.json";

const CENTROIDS: Record<string, readonly number[] | undefined> = data.centroids;

/** Attribution for the points (CC BY 4.0), to show wherever a distance is shown. */
export const PC4_ATTRIBUTION = "Postcodegebieden: GeoNames (CC BY 4.0)";

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two WGS84 points. */
export function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The 4-digit area of a Dutch postcode ("2514 JS", "2514js", "2514"), or null. */
export function pc4Of(postcode: string | null | undefined): string | null {
  const m = /^([1-9][0-9]{3})\s?([A-Z]{2})?$/i.exec((postcode ?? "").trim());
  return m?.[1] ?? null;
}

/** The point of a postcode's 4-digit area, or null when the area is unknown. */
export function pc4Point(postcode: string | null | undefined): [number, number] | null {
  const pc4 = pc4Of(postcode);
  const point = pc4 ? CENTROIDS[pc4] : undefined;
  return point && point.length === 2 ? [point[0] ?? 0, point[1] ?? 0] : null;
}

/** Straight-line distance in km between the areas of two postcodes; null when either area has no point. */
export function distanceKm(a: string | null | undefined, b: string | null | undefined): number | null {
  const pa = pc4Point(a);
  const pb = pc4Point(b);
  return pa && pb ? haversineKm(pa, pb) : null;
}

/**
 * The fallback measure: difference of the postcode numbers (letters decide within one area). Only for ordering
 * where an area has no point; it is no distance.
 */
export function postcodeDistance(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return Number.POSITIVE_INFINITY;
  const digits = Math.abs(pa.digits - pb.digits);
  const letters = Math.abs(pa.letters - pb.letters) / 1000;
  return digits + letters;
}

function parse(postcode: string): { digits: number; letters: number } | null {
  const m = /^([1-9][0-9]{3})\s?([A-Z]{2})?$/i.exec(postcode.trim());
  if (!m) return null;
  const letters = (m[2] ?? "AA").toUpperCase();
  return { digits: Number(m[1]), letters: (letters.charCodeAt(0) - 65) * 26 + (letters.charCodeAt(1) - 65) };
}

/** Dutch alphabetical order: "iZi-ervaarwoning" sorts with the i, digits by value, accents and case second. */
export const byDutchName = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/**
 * Sorts items nearest first: known distances (km) first, then areas without a point by postcode number; ties and
 * the order without a postcode by name (Dutch collation, stable and predictable).
 */
export function sortByNearest<T extends { postcode: string; name: string }>(items: readonly T[], postcode: string | null | undefined): T[] {
  const keyed = items.map((item) => ({
    item,
    km: postcode ? distanceKm(postcode, item.postcode) : null,
    fallback: postcode ? postcodeDistance(postcode, item.postcode) : 0,
  }));
  keyed.sort((x, y) => {
    if (x.km !== null && y.km !== null && x.km !== y.km) return x.km - y.km;
    if (x.km !== null && y.km === null) return -1;
    if (x.km === null && y.km !== null) return 1;
    if (x.km === null && y.km === null && x.fallback !== y.fallback) return x.fallback - y.fallback;
    return byDutchName.compare(x.item.name, y.item.name);
  });
  return keyed.map((k) => k.item);
}
