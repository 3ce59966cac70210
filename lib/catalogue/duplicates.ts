/**
 * Is a supplier's product already in the catalogue? Pure (unit-tested beside this file).
 * A possible duplicate has the same name (compared normalised: no case, no accents, whitespace and punctuation
 * collapsed), or the same ISO 9999 code AND the same supplier (normalised the same way).
 */

/** "  Slimme  Déurbel-Pro " -> "slimme deurbel pro". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface DuplicateCandidate {
  name: string;
  iso9999Code: string;
  supplier: string;
}

export interface ExistingProduct extends DuplicateCandidate {
  slug: string;
}

export type DuplicateReason = "name" | "iso-supplier";

export interface PossibleDuplicate {
  slug: string;
  name: string;
  reasons: DuplicateReason[];
}

const isoKey = (code: string) => code.trim().replace(/\s+/g, " ");

export function findDuplicates(candidate: DuplicateCandidate, products: readonly ExistingProduct[]): PossibleDuplicate[] {
  const name = normaliseName(candidate.name);
  const supplier = normaliseName(candidate.supplier);
  const iso = isoKey(candidate.iso9999Code);
  const out: PossibleDuplicate[] = [];
  for (const p of products) {
    const reasons: DuplicateReason[] = [];
    if (name !== "" && normaliseName(p.name) === name) reasons.push("name");
    if (supplier !== "" && iso !== "" && isoKey(p.iso9999Code) === iso && normaliseName(p.supplier) === supplier) reasons.push("iso-supplier");
    if (reasons.length) out.push({ slug: p.slug, name: p.name, reasons });
  }
  return out;
}
