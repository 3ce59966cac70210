import type { Metadata } from "next";
import { UnitForm } from "@/components/desk/unit-form";
import { requireRole } from "@/lib/auth/session";
import { getDeskCentre } from "@/lib/server/desk/get-desk-centre";
import { listLendableProducts } from "@/lib/server/desk/list-lendable-products";
import { createUnitAction } from "../../../actions";
import { orNotFound } from "../../../_lib/or-not-found";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Exemplaar toevoegen" };

export default async function NewUnitPage({ params }: { params: Promise<{ centre: string }> }) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug } = await params;
  const [centre, products] = await Promise.all([orNotFound(getDeskCentre({ actor, centreSlug })), listLendableProducts({ actor })]);
  return (
    <div className="space-y-6">
      <BackLink href={`/balie/${centre.slug}/voorraad`}>Terug naar de voorraad</BackLink>
      <h1 className="text-3xl font-bold">Exemplaar toevoegen</h1>
      <p className="max-w-prose text-lg">Voor {centre.name}. Een nieuw exemplaar is meteen beschikbaar om uit te lenen.</p>
      <UnitForm action={createUnitAction} hidden={{ centreSlug: centre.slug }} products={products} submitLabel="Toevoegen" />
    </div>
  );
}
