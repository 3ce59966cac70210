/**
 * The local offer of a municipality (issue 9) as plain data, and how it shapes the advice. Pure: no Prisma, no I/O.
 * The matching engine (lib/matching) never sees it: a product the municipality hides is left out of the catalogue the
 * engine gets, and everything else is labelled after the engine ranked it (so the engine stays the same for everyone).
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";

/** What a municipality shows for a product it does not offer. */
export const NOT_OFFERED_DISPLAYS = ["hide", "label"] as const;
export type NotOfferedDisplay = (typeof NOT_OFFERED_DISPLAYS)[number];

/** The label residents, consultants and the API see for a product the municipality does not offer. */
export const NOT_VIA_MUNICIPALITY = "niet via uw gemeente";

/** Local information shown with the advice; a field is null when the municipality left it empty. */
export interface LocalInfo {
  fundingNote: string | null;
  supplier: string | null;
  priceAgreement: string | null;
  note: string | null;
}

export interface LocalOfferEntry {
  offered: boolean;
  local: LocalInfo | null;
}

export interface LocalOffer {
  display: NotOfferedDisplay;
  /** by product id; a product without an entry is offered, without local information */
  products: Map<string, LocalOfferEntry>;
}

export const asDisplay = (value: string): NotOfferedDisplay => (value === "label" ? "label" : "hide");

const orNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

/** The local information of a stored row, or null when every field is empty. */
export function localInfoOf(row: { localFundingNote: string; localSupplier: string; priceAgreement: string; localNote: string }): LocalInfo | null {
  const info: LocalInfo = { fundingNote: orNull(row.localFundingNote), supplier: orNull(row.localSupplier), priceAgreement: orNull(row.priceAgreement), note: orNull(row.localNote) };
  return Object.values(info).some((v) => v !== null) ? info : null;
}

/** May the engine consider this product? Not when the municipality does not offer it and chose to hide such products. */
export function isSuggestable(offer: LocalOffer, productId: string): boolean {
  const entry = offer.products.get(productId);
  return !entry || entry.offered || offer.display === "label";
}

/** What the advice shows with a product: whether it goes through the municipality, and the local information. */
export function offerFor(offer: LocalOffer, productId: string): { viaMunicipality: boolean; local: LocalInfo | null } {
  const entry = offer.products.get(productId);
  return { viaMunicipality: !entry || entry.offered, local: entry?.local ?? null };
}

const text = (max: number) => z.string().trim().max(max, { error: `Schrijf hier hoogstens ${max} tekens.` });

/** The edit form of one product's local offer (Dutch field names, Dutch messages). */
export const localOfferFormSchema = z.object({
  aangeboden: z.enum(["ja", "nee"], { error: "Kies of uw gemeente dit hulpmiddel aanbiedt." }),
  financiering: text(500),
  leverancier: text(200),
  prijsafspraak: text(300),
  notitie: text(1000),
});
export type LocalOfferForm = z.infer<typeof localOfferFormSchema>;

export const notOfferedDisplaySchema = z.enum(NOT_OFFERED_DISPLAYS, { error: "Kies wat inwoners zien." });
