/**
 * Which products of a case came back from a loan without a recorded outcome yet: the case then asks
 * "did it help?". Pure (no I/O), shared by the case list and the case page.
 */
export function pendingOutcomeProducts(
  reservations: readonly { productId: string; loan: { status: "ACTIVE" | "RETURNED" } | null }[],
  outcomes: readonly { productId: string }[],
): string[] {
  const answered = new Set(outcomes.map((o) => o.productId));
  const out: string[] = [];
  for (const r of reservations) {
    if (r.loan?.status === "RETURNED" && !answered.has(r.productId) && !out.includes(r.productId)) out.push(r.productId);
  }
  return out;
}
