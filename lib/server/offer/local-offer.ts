import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError, type ErrorKey } from "@/lib/errors";
import { adminNotFound, adminScope } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { recordIdSchema } from "@/lib/schemas/admin";
import { asDisplay, localInfoOf, type LocalOffer, type LocalOfferForm, type NotOfferedDisplay } from "@/lib/offer/local-offer";

const PRODUCT_NOT_FOUND = "staff.productNotInCatalogue" satisfies ErrorKey;

/**
 * The local offer of one municipality as plain data for the advice (buildAdvice). For data access that already knows
 * the municipality (a resident's assessment, a consultant's case, the API's municipality slug).
 */
export async function loadLocalOffer(municipalityId: string): Promise<LocalOffer> {
  const [m, rows] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { notOfferedDisplay: true } }),
    db.municipalityProduct.findMany({ where: { municipalityId } }),
  ]);
  return { display: asDisplay(m?.notOfferedDisplay ?? "hide"), products: new Map(rows.map((r) => [r.productId, { offered: r.offered, local: localInfoOf(r) }])) };
}

function municipalityOf(actor: Actor | null, municipalityId?: string | null) {
  const scope = adminScope(actor, "settings:manage", municipalityId);
  if (!scope.municipalityId) throw appError("INVALID", "staff.chooseMunicipalityFirst");
  return { scope, id: scope.municipalityId };
}

export interface OfferRow {
  productId: string;
  slug: string;
  name: string;
  domain: string;
  offered: boolean;
  localFundingNote: string;
  localSupplier: string;
  priceAgreement: string;
  localNote: string;
  updatedAt: Date | null;
  updatedByName: string | null;
}

export interface OfferView {
  municipality: { id: string; name: string };
  display: NotOfferedDisplay;
  products: OfferRow[];
}

/** The products of the published catalogue with this municipality's choice per product (no row: offered). */
export async function getOfferView({ actor, municipalityId }: { actor: Actor | null; municipalityId?: string | null }): Promise<OfferView> {
  const { id } = municipalityOf(actor, municipalityId);
  const m = await db.municipality.findUnique({ where: { id }, select: { id: true, name: true, notOfferedDisplay: true } });
  if (!m) throw adminNotFound();
  const [catalogue, rows] = await Promise.all([getCatalogue(), db.municipalityProduct.findMany({ where: { municipalityId: id }, include: { updatedBy: { select: { name: true } } } })]);
  const byProduct = new Map(rows.map((r) => [r.productId, r]));
  const products = [...catalogue.info.values()]
    .map((p): OfferRow => {
      const r = byProduct.get(p.id);
      return {
        productId: p.id,
        slug: p.slug,
        name: p.name,
        domain: p.domain,
        offered: r?.offered ?? true,
        localFundingNote: r?.localFundingNote ?? "",
        localSupplier: r?.localSupplier ?? "",
        priceAgreement: r?.priceAgreement ?? "",
        localNote: r?.localNote ?? "",
        updatedAt: r?.updatedAt ?? null,
        updatedByName: r?.updatedBy?.name ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return { municipality: { id: m.id, name: m.name }, display: asDisplay(m.notOfferedDisplay), products };
}

/** One product of the offer (for its edit page). A product outside the published catalogue is NOT_FOUND. */
export async function getOfferProduct({ actor, municipalityId, productId }: { actor: Actor | null; municipalityId?: string | null; productId: string }): Promise<{ municipality: OfferView["municipality"]; product: OfferRow }> {
  const view = await getOfferView({ actor, municipalityId });
  const product = view.products.find((p) => p.productId === productId);
  if (!product) throw adminNotFound(PRODUCT_NOT_FOUND);
  return { municipality: view.municipality, product };
}

async function catalogueProductId(productId: string): Promise<string> {
  const parsed = recordIdSchema.safeParse(productId);
  if (!parsed.success) throw adminNotFound(PRODUCT_NOT_FOUND);
  const catalogue = await getCatalogue();
  if (![...catalogue.info.values()].some((p) => p.id === parsed.data)) throw adminNotFound(PRODUCT_NOT_FOUND);
  return parsed.data;
}

type Fields = { offered: boolean; localFundingNote: string; localSupplier: string; priceAgreement: string; localNote: string };
const DEFAULT_FIELDS: Fields = { offered: true, localFundingNote: "", localSupplier: "", priceAgreement: "", localNote: "" };
const fieldsOf = (r: Fields | null): Fields => (r ? { offered: r.offered, localFundingNote: r.localFundingNote, localSupplier: r.localSupplier, priceAgreement: r.priceAgreement, localNote: r.localNote } : DEFAULT_FIELDS);

async function writeOffer(actor: Actor | null, municipalityId: string | null | undefined, productId: string, change: (before: Fields) => Fields): Promise<{ changed: boolean }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  const pid = await catalogueProductId(productId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Municipality" WHERE "id" = ${id} FOR UPDATE`;
    if (locked.length === 0) throw adminNotFound();
    const row = await tx.municipalityProduct.findUnique({ where: { municipalityId_productId: { municipalityId: id, productId: pid } } });
    const before = fieldsOf(row);
    const after = change(before);
    const changedKeys = (Object.keys(after) as (keyof Fields)[]).filter((k) => after[k] !== before[k]);
    if (changedKeys.length === 0) return { changed: false };
    await tx.municipalityProduct.upsert({
      where: { municipalityId_productId: { municipalityId: id, productId: pid } },
      create: { municipalityId: id, productId: pid, ...after, updatedById: scope.actor.userId },
      update: { ...after, updatedById: scope.actor.userId },
    });
    const pick = (f: Fields) => Object.fromEntries(changedKeys.map((k) => [k, f[k]]));
    await recordAuditEvent({ actor: scope.actor, action: "municipality.offer", entityType: "Product", entityId: pid, municipalityId: id, details: { before: pick(before), after: pick(after) } }, tx);
    return { changed: true };
  });
}

/** Saves the edit form of one product: offered or not, and the local information. Audited with before/after. */
export async function updateOfferProduct({ actor, municipalityId, productId, form }: { actor: Actor | null; municipalityId?: string | null; productId: string; form: LocalOfferForm }): Promise<{ changed: boolean }> {
  return writeOffer(actor, municipalityId, productId, () => ({
    offered: form.aangeboden === "ja",
    localFundingNote: form.financiering,
    localSupplier: form.leverancier,
    priceAgreement: form.prijsafspraak,
    localNote: form.notitie,
  }));
}

/** The toggle in the list: offered or not, the local information stays. */
export async function setProductOffered({ actor, municipalityId, productId, offered }: { actor: Actor | null; municipalityId?: string | null; productId: string; offered: boolean }): Promise<{ changed: boolean }> {
  return writeOffer(actor, municipalityId, productId, (before) => ({ ...before, offered }));
}

/** What residents see of a product the municipality does not offer: nothing ("hide") or with a label ("label"). */
export async function setNotOfferedDisplay({ actor, municipalityId, display }: { actor: Actor | null; municipalityId?: string | null; display: NotOfferedDisplay }): Promise<{ changed: boolean }> {
  const { scope, id } = municipalityOf(actor, municipalityId);
  return db.$transaction(async (tx) => {
    const m = await tx.municipality.findUnique({ where: { id }, select: { notOfferedDisplay: true } });
    if (!m) throw adminNotFound();
    if (m.notOfferedDisplay === display) return { changed: false };
    await tx.municipality.update({ where: { id }, data: { notOfferedDisplay: display } });
    await recordAuditEvent({ actor: scope.actor, action: "municipality.offer_display", entityType: "Municipality", entityId: id, municipalityId: id, details: { before: m.notOfferedDisplay, after: display } }, tx);
    return { changed: true };
  });
}
