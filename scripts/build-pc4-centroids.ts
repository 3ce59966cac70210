/**
 * Rebuilds lib/geo/pc4-centroids.json from a GeoNames postal-code file for the Netherlands (NL.txt, tab-separated:
 * country, postal code, place, admin names and codes, latitude, longitude[, accuracy]).
 *
 *   npx tsx scripts/build-pc4-centroids.ts path/to/NL.txt "<where the file came from>"
 *
 * A 4-digit area (PC4) that GeoNames lists with several places gets the mean of their points. Coordinates are kept
 * to 4 decimals (about 10 m), far finer than a PC4 area. See lib/geo/pc4-centroids.SOURCE.md.
 */
import fs from "node:fs";
import path from "node:path";

const [file, retrievedFrom] = process.argv.slice(2);
if (!file || !retrievedFrom) {
  console.error('Gebruik: npx tsx scripts/build-pc4-centroids.ts NL.txt "bron van het bestand"');
  process.exit(2);
}

const sums = new Map<string, { lat: number; lon: number; n: number }>();
for (const line of fs.readFileSync(file, "utf8").split("\n")) {
  const cols = line.split("\t");
  if (cols[0] !== "NL") continue;
  const pc4 = cols[1]?.trim() ?? "";
  const lat = Number(cols[9]);
  const lon = Number(cols[10]);
  if (!/^[1-9][0-9]{3}$/.test(pc4) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  const s = sums.get(pc4) ?? { lat: 0, lon: 0, n: 0 };
  sums.set(pc4, { lat: s.lat + lat, lon: s.lon + lon, n: s.n + 1 });
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const centroids = Object.fromEntries([...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([pc4, s]) => [pc4, [round(s.lat / s.n), round(s.lon / s.n)]]));
const out = {
  source: "GeoNames postal code export for NL (https://www.geonames.org/, file NL.txt); " + retrievedFrom,
  licence: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), attribution: GeoNames",
  method: "one point per 4-digit postcode area; areas listed with several places get the mean of their points; WGS84, 4 decimals",
  centroids,
};
const target = path.join(import.meta.dirname, "..", "lib", "geo", "pc4-centroids.json");
fs.writeFileSync(target, JSON.stringify(out).replace(/\],"/g, '],\n"') + "\n");
console.log(`${Object.keys(centroids).length} postcodegebieden geschreven naar ${path.relative(process.cwd(), target)}`);
