import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitForm } from "@/components/desk/unit-form";
import { requireRole } from "@/lib/auth/session";
import { getUnit } from "@/lib/server/desk/get-unit";
import { updateUnitAction } from "../../../../actions";
import { orNotFound } from "../../../../_lib/or-not-found";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Exemplaar aanpassen" };

export default async function EditUnitPage({ params }: { params: Promise<{ centre: string; unitId: string }> }) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug, unitId } = await params;
  const unit = await orNotFound(getUnit({ actor, unitId }));
  if (unit.centre.slug !== centreSlug) notFound();
  const back = `/balie/${unit.centre.slug}/voorraad/${unit.id}`;
  return (
    <div className="space-y-6">
      <BackLink href={back}>Terug naar het exemplaar</BackLink>
      <h1 className="text-3xl font-bold break-all">Exemplaar {unit.code} aanpassen</h1>
      {unit.canEdit ? (
        <>
          <p className="max-w-prose text-lg">{unit.product.name}. U kunt de code op het etiket en de notities aanpassen. De status verandert alleen via uitlenen, terugnemen, schoonmaak en reparatie.</p>
          <UnitForm action={updateUnitAction} hidden={{ centreSlug: unit.centre.slug, unitId: unit.id }} defaults={{ code: unit.code, notes: unit.notes }} submitLabel="Opslaan" />
        </>
      ) : (
        <p className="max-w-prose text-lg">Dit exemplaar is afgeschreven. U kunt het niet meer aanpassen.</p>
      )}
    </div>
  );
}
