import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WalkInForm } from "@/components/desk/walk-in-form";
import { card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getUnit } from "@/lib/server/desk/get-unit";
import { walkInDifficultyOptions } from "@/lib/server/desk/lend-walk-in";
import { reservationConsentText } from "@/lib/server/lending/consent-text";
import { lendWalkInAction } from "../../../../actions";
import { orNotFound } from "../../../../_lib/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Uitlenen zonder reservering" };

type Props = { params: Promise<{ centre: string; unitId: string }> };

/** Step 2 of a walk-in loan: who borrows (with consent), the product's checklist, lend. */
export default async function WalkInLendPage({ params }: Props) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug, unitId } = await params;
  const unit = await orNotFound(getUnit({ actor, unitId }));
  if (unit.centre.slug !== centreSlug) notFound();
  const base = `/balie/${unit.centre.slug}`;
  const difficulties = unit.status === "AVAILABLE" ? await walkInDifficultyOptions(unit.product.slug) : [];
  return (
    <div className="space-y-6">
      <p>
        <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/uitlenen`}>
          Ander exemplaar kiezen
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Uitlenen zonder reservering</h1>
      <section aria-labelledby="wat" className={`${card} space-y-2`}>
        <h2 id="wat" className="text-xl font-bold">
          {unit.product.name}
        </h2>
        <p className="break-all">Exemplaar {unit.code}</p>
      </section>
      {unit.status === "AVAILABLE" ? (
        <WalkInForm action={lendWalkInAction} centreSlug={unit.centre.slug} unitId={unit.id} items={unit.product.checklist} consent={reservationConsentText(env().RETENTION_DAYS)} difficulties={difficulties} />
      ) : (
        <p className="rounded-lg border-2 border-gray-400 bg-white p-3 text-lg">
          Dit exemplaar is nu niet beschikbaar.{" "}
          <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/voorraad/${unit.id}`}>
            Bekijk het exemplaar
          </Link>
        </p>
      )}
    </div>
  );
}
