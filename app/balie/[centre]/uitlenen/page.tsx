import type { Metadata } from "next";
import Link from "next/link";
import { link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { listWalkInUnits } from "@/lib/server/desk/list-walk-in-units";
import { orNotFound } from "../../_lib/or-not-found";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Uitlenen zonder reservering" };

/** Step 1 of a walk-in loan: choose one of the units that can be lent now. */
export default async function WalkInChoosePage({ params }: { params: Promise<{ centre: string }> }) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug } = await params;
  const { centre, products } = await orNotFound(listWalkInUnits({ actor, centreSlug }));
  const base = `/balie/${centre.slug}`;
  return (
    <div className="space-y-6">
      <BackLink href={base}>Terug naar vandaag</BackLink>
      <h1 className="text-3xl font-bold">Uitlenen zonder reservering</h1>
      <p className="max-w-prose text-lg">
        Komt iemand zonder reservering? Kies het exemplaar dat u meegeeft. Hebt u het etiket bij de hand? Dan kunt u ook de code van het etiket zoeken op de pagina Vandaag.
      </p>
      {products.length ? (
        <ul className="space-y-4">
          {products.map((p) => (
            <li key={p.productId} className="rounded-xl border border-gray-300 bg-white p-4">
              <h2 className="text-xl font-bold">{p.productName}</h2>
              {p.waiting > 0 ? (
                <p className="text-base">
                  Er {p.waiting === 1 ? "staat 1 persoon" : `staan ${p.waiting} mensen`} op de wachtlijst. Zij krijgen het eerst; uitlenen zonder reservering kan nu niet.
                </p>
              ) : (
                <ul className="mt-2 flex flex-wrap gap-2">
                  {p.units.map((u) => (
                    <li key={u.id}>
                      <Link className={`${link} inline-flex min-h-11 items-center break-all`} href={`${base}/voorraad/${u.id}/uitlenen`} aria-label={`${p.productName}, exemplaar ${u.code} uitlenen`}>
                        {u.code} uitlenen
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-gray-400 p-3 text-base text-muted">Er is nu niets beschikbaar om uit te lenen.</p>
      )}
    </div>
  );
}
