import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChooseMunicipalityFirst, MunicipalityFilter } from "@/components/admin/municipality-filter";
import { buttonSecondary, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { chosenMunicipality } from "@/lib/server/admin/chosen-municipality";
import { getOfferView } from "@/lib/server/offer/local-offer";
import { saveDisplayAction, toggleOfferAction } from "./actions";
import { DisplayForm } from "./display-form";

export const metadata: Metadata = { title: "Aanbod van de gemeente" };
export const dynamic = "force-dynamic";

const hasLocal = (p: { localFundingNote: string; localSupplier: string; priceAgreement: string; localNote: string }) =>
  [p.localFundingNote, p.localSupplier, p.priceAgreement, p.localNote].some((v) => v.trim() !== "");

export default async function OfferPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const { isPlatform, municipalityId, municipalities } = await chosenMunicipality(actor, params);

  if (!municipalityId) return <ChooseMunicipalityFirst title="Aanbod van de gemeente" text="Kies een gemeente om haar aanbod te zien." municipalities={municipalities} action="/beheer/aanbod" />;

  let view;
  try {
    view = await getOfferView({ actor, municipalityId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const query = isPlatform ? `?gemeente=${encodeURIComponent(municipalityId)}` : "";
  const offered = view.products.filter((p) => p.offered).length;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Aanbod: {view.municipality.name}</h1>
        <p className="max-w-prose text-lg">
          Kies welke hulpmiddelen uit de catalogus uw gemeente aanbiedt. Bij elk hulpmiddel kunt u ook eigen informatie zetten: hoe inwoners het betalen, een leverancier, een prijsafspraak of een notitie. Inwoners en consulenten zien dit bij het advies.
        </p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer/aanbod" /> : null}
      </div>

      <DisplayForm action={saveDisplayAction.bind(null, isPlatform ? municipalityId : null)} display={view.display} />

      <section aria-labelledby="hulpmiddelen" className="space-y-4">
        <h2 id="hulpmiddelen" className="text-2xl font-bold">
          Hulpmiddelen
        </h2>
        <p>
          Uw gemeente biedt {offered} van de {view.products.length} hulpmiddelen aan.
        </p>
        <ul className="space-y-3">
          {view.products.map((p) => (
            <li key={p.productId} id={`rij-${p.productId}`} className="rounded-xl border border-gray-300 bg-white p-4">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <h3 className="text-lg font-bold [overflow-wrap:anywhere]">{p.name}</h3>
                  <p>
                    <span className={p.offered ? "font-semibold text-good-700" : "font-semibold text-bad-700"}>{p.offered ? "Aangeboden" : "Niet aangeboden"}</span>
                    {hasLocal(p) ? " · met eigen informatie" : ""}
                  </p>
                  <p>
                    <Link href={`/beheer/aanbod/${encodeURIComponent(p.productId)}${query}`} className={link}>
                      Eigen informatie aanpassen<span className="sr-only"> voor {p.name}</span>
                    </Link>
                  </p>
                </div>
                <form action={toggleOfferAction}>
                  <input type="hidden" name="product" value={p.productId} />
                  {isPlatform ? <input type="hidden" name="gemeente" value={municipalityId} /> : null}
                  <input type="hidden" name="aanbieden" value={p.offered ? "nee" : "ja"} />
                  <button type="submit" className={buttonSecondary} aria-label={`${p.offered ? "Niet meer aanbieden" : "Wel aanbieden"}: ${p.name}`}>
                    {p.offered ? "Niet meer aanbieden" : "Wel aanbieden"}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
