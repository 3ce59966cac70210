import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { getOfferProduct } from "@/lib/server/offer/local-offer";
import { formatMoment } from "@/lib/util/dates";
import { saveOfferAction } from "../actions";
import { OfferForm } from "./offer-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Aanbod: eigen informatie" };
export const dynamic = "force-dynamic";

export default async function OfferProductPage({ params, searchParams }: { params: Promise<{ product: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const { product: productParam } = await params;
  const query = await searchParams;
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const requested = recordIdSchema.safeParse(firstParam(query.gemeente) ?? "");
  const municipalityId = isPlatform ? (requested.success ? requested.data : null) : actor.municipalityId;
  const productId = recordIdSchema.safeParse(productParam);
  if (!municipalityId || !productId.success) notFound();

  let found;
  try {
    found = await getOfferProduct({ actor, municipalityId, productId: productId.data });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  }
  const { municipality, product } = found;
  const back = isPlatform ? `/beheer/aanbod?gemeente=${encodeURIComponent(municipalityId)}` : "/beheer/aanbod";

  return (
    <div className="space-y-6">
      <BackLink href={back}>Terug naar het aanbod</BackLink>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{product.name}</h1>
        <p className="max-w-prose text-lg">Wat geldt voor dit hulpmiddel in de gemeente {municipality.name}? Laat een veld leeg als u er niets over wilt zeggen.</p>
        {product.updatedAt ? (
          <p className="text-muted">
            Laatst veranderd op {formatMoment(product.updatedAt)}
            {product.updatedByName ? ` door ${product.updatedByName}` : ""}.
          </p>
        ) : null}
      </div>
      <OfferForm
        action={saveOfferAction.bind(null, isPlatform ? municipalityId : null, product.productId)}
        initial={{ aangeboden: product.offered ? "ja" : "nee", financiering: product.localFundingNote, leverancier: product.localSupplier, prijsafspraak: product.priceAgreement, notitie: product.localNote }}
      />
    </div>
  );
}
