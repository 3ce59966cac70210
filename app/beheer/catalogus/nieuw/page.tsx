import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { newProductForm } from "@/lib/catalogue/product-form";
import { RESIDENT_PROFILES } from "@/lib/catalogue/profiles";
import { AppError } from "@/lib/errors";
import { listEditableProducts } from "@/lib/server/catalogue/edit-product";
import { ProductEditor } from "../hulpmiddel/[slug]/editor-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Nieuw hulpmiddel" };
export const dynamic = "force-dynamic";

export default async function NewProductPage() {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  let draftNumber: number | null;
  try {
    draftNumber = (await listEditableProducts(actor)).draft?.number ?? null;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <div className="space-y-6">
      <BackLink href="/beheer/catalogus">Terug naar de catalogus</BackLink>
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Nieuw hulpmiddel</h1>
        <p className="max-w-prose text-lg">
          {draftNumber ? `Het nieuwe hulpmiddel komt in het concept (versie ${draftNumber}).` : "Het nieuwe hulpmiddel komt in een nieuw concept, gemaakt van de gepubliceerde versie."} Inwoners krijgen
          het pas als u het concept publiceert.
        </p>
        <p className="max-w-prose">
          Eerst kijken? Kies <strong>Bekijk het effect</strong>. Dan ziet u bij {RESIDENT_PROFILES.length} voorbeelden van inwoners wie het hulpmiddel krijgt aangeraden.
        </p>
      </div>
      <ProductEditor initialValues={newProductForm()} mode="new" />
    </div>
  );
}
