import type { Metadata } from "next";
import { card } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { LOCALE_NAMES, TRANSLATED_LOCALES } from "@/lib/i18n/config";
import { getTranslationReport } from "@/lib/server/catalogue/translation-report";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Vertalingen van de catalogus" };
export const dynamic = "force-dynamic";

/**
 * For catalogue editors: per language how many resident texts still fall back to Dutch, and per product which.
 * Staff screen: Dutch.
 */
export default async function TranslationsPage() {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  const report = await getTranslationReport(actor);
  const incomplete = report.rows.filter((r) => TRANSLATED_LOCALES.some((l) => r.missing[l].length > 0));
  return (
    <div className="space-y-8">
      <BackLink href="/beheer/catalogus">Terug naar de catalogus</BackLink>
      <h1 className="text-3xl font-bold">Vertalingen van de catalogus</h1>
      <p className="max-w-prose">
        Inwoners kunnen de app in vijf talen gebruiken. Nederlands is de bron. Ontbreekt een vertaling van een tekst van een hulpmiddel, dan ziet de
        inwoner die tekst in het Nederlands. Hieronder staat wat nog ontbreekt
        {report.version ? ` in versie ${report.version.number} (${report.version.status === "draft" ? "concept" : "gepubliceerd"})` : ""}.
      </p>
      <section aria-labelledby="per-taal" className={`${card} space-y-3`}>
        <h2 id="per-taal" className="text-2xl font-bold">
          Per taal
        </h2>
        <table className="table-reflow w-full text-start">
          <thead>
            <tr>
              <th scope="col" className="text-start">Taal</th>
              <th scope="col" className="text-start">Nog in het Nederlands</th>
            </tr>
          </thead>
          <tbody>
            {TRANSLATED_LOCALES.map((l) => (
              <tr key={l}>
                <th scope="row" className="text-start font-normal">
                  <span lang={l}>{LOCALE_NAMES[l]}</span>
                </th>
                <td>
                  {report.totals[l].missing} van {report.totals[l].total} teksten
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="per-product" className="space-y-3">
        <h2 id="per-product" className="text-2xl font-bold">
          Per hulpmiddel
        </h2>
        {incomplete.length === 0 ? (
          <p>Alle teksten zijn vertaald.</p>
        ) : (
          <ul className="space-y-3">
            {incomplete.map((r) => (
              <li key={r.slug} className={card}>
                <h3 className="text-xl font-bold">{r.name}</h3>
                <ul className="mt-2 space-y-1">
                  {TRANSLATED_LOCALES.filter((l) => r.missing[l].length > 0).map((l) => (
                    <li key={l}>
                      <span lang={l}>{LOCALE_NAMES[l]}</span>: {r.missing[l].length} van {r.total} ontbreken
                      <span className="text-muted"> ({r.missing[l].slice(0, 4).join(", ")}{r.missing[l].length > 4 ? ", …" : ""})</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
