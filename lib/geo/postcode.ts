/**
 * Nearest-first ordering of lending centres by Dutch postcode, without a map service:
 * Dutch 4-digit postcode areas are numbered roughly by place, so a smaller difference means nearer.
 * Within the same 4-digit area the letters decide. It is an approximation; the advice page says "in de buurt", not kilometres.
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

/** Sorts items nearest first; without a postcode the order is by name (stable, predictable). */
export function sortByNearest<T extends { postcode: string; name: string }>(items: readonly T[], postcode: string | null | undefined): T[] {
  return [...items].sort((x, y) => {
    if (postcode) {
      const d = postcodeDistance(postcode, x.postcode) - postcodeDistance(postcode, y.postcode);
      if (d !== 0) return d;
    }
    return x.name.localeCompare(y.name, "nl");
  });
}
