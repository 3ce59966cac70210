import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { productToForm, SLUG_IN_URL } from "@/lib/catalogue/product-form";
import { AppError } from "@/lib/errors";
import { getProductForEditing } from "@/lib/server/catalogue/edit-product";
import { RESIDENT_PROFILES } from "@/lib/catalogue/profiles";
import { ArchiveForm } from "./archive-form";
import { ProductEditor } from "./editor-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Hulpmiddel aanpassen" };
export const dynamic = "force-dynamic";

export default async function EditProductPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  const { slug } = await params;
  if (!SLUG_IN_URL.test(slug)) notFound();
  let editing;
  try {
    editing = await getProductForEditing(actor, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { product, draft, publishedVersion } = editing;
  return (
    <div className="space-y-6">
      <BackLink href="/beheer/catalogus">Terug naar de catalogus</BackLink>
      <div className="space-y-3">
        <h1 className="text-3xl font-bold break-words">{product.name} aanpassen</h1>
        <p className="max-w-prose text-lg">
          {draft
            ? `U past het concept aan (versie ${draft.number}).`
            : `Er is nog geen concept. Als u opslaat, maken wij een concept van de gepubliceerde versie${publishedVersion ? ` (versie ${publishedVersion.number})` : ""}.`}{" "}
          Inwoners krijgen advies met de gepubliceerde versie. Uw wijziging telt pas als u het concept publiceert.
        </p>
        <p className="max-w-prose">
          Eerst kijken? Kies <strong>Bekijk het effect</strong>. Dan ziet u bij {RESIDENT_PROFILES.length} voorbeelden van inwoners wat er verandert in hun advies.
        </p>
      </div>
      <ProductEditor initialValues={productToForm(product)} />
      <ArchiveForm slug={product.slug} name={product.name} />
    </div>
  );
}
