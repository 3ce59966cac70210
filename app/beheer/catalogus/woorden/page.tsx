import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonDanger, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam } from "@/lib/schemas/admin";
import { listUnknownPhrases, type UnknownPhraseRow } from "@/lib/server/words/unknown-phrases";
import { formatMoment } from "@/lib/util/dates";
import { isWordLocale, WORD_LOCALES } from "@/lib/words/types";
import { removePhraseAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Zinnen in eigen woorden" };
export const dynamic = "force-dynamic";

const LANGUAGE: Record<string, string> = { nl: "Nederlands", en: "Engels", tr: "Turks", ar: "Arabisch", pl: "Pools" };

/**
 * For catalogue editors: what residents typed in their own words that the app did not understand (kept with their
 * consent, without digits, e-mail addresses or phone numbers). Use them to extend the word lists in lib/words/lexicon.
 */
export default async function UnknownPhrasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  const params = await searchParams;
  const wanted = firstParam(params.taal);
  const locale = wanted && isWordLocale(wanted) ? wanted : undefined;
  let rows: UnknownPhraseRow[];
  try {
    rows = await listUnknownPhrases(actor, { locale });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const klaar = firstParam(params.klaar);
  const message = klaar === "verwijderd" ? "De zin is verwijderd." : klaar === "niet-gevonden" ? "Deze zin bestaat niet meer." : null;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackLink href="/beheer/catalogus">Terug naar de catalogus</BackLink>
        <h1 className="text-3xl font-bold">Zinnen in eigen woorden</h1>
        <p className="max-w-prose text-lg">
          Inwoners kunnen in hun eigen woorden zeggen wat moeilijk gaat. Begreep de app een zin niet, dan mocht de inwoner die bewaren. Hier staan die zinnen,
          zonder cijfers, e-mailadressen of telefoonnummers en zonder link naar de inwoner. Voeg de woorden toe aan de woordenlijst van die taal (in de code:
          lib/words/lexicon) en verwijder de zin daarna.
        </p>
      </div>
      <div id="melding" role="status" aria-live="polite" tabIndex={-1}>
        {message ? <p className="max-w-prose rounded-lg border-s-4 border-brand-700 bg-white p-3 font-semibold">{message}</p> : null}
      </div>
      <nav aria-label="Taal kiezen">
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link className={link} href="/beheer/catalogus/woorden" aria-current={locale ? undefined : "page"}>
              Alle talen
            </Link>
          </li>
          {WORD_LOCALES.map((l) => (
            <li key={l}>
              <Link className={link} href={`/beheer/catalogus/woorden?taal=${l}`} aria-current={locale === l ? "page" : undefined}>
                {LANGUAGE[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="text-lg">Er zijn geen bewaarde zinnen{locale ? ` in het ${LANGUAGE[locale]}` : ""}.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <caption className="sr-only">Bewaarde zinnen, nieuwste eerst</caption>
            <thead>
              <tr className="border-b-2 border-gray-500">
                <th scope="col" className="p-2 text-start">Zin</th>
                <th scope="col" className="p-2 text-start">Taal</th>
                <th scope="col" className="p-2 text-start">Bewaard op</th>
                <th scope="col" className="p-2 text-start">
                  <span className="sr-only">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-300 align-top">
                  <td className="p-2" lang={r.locale} dir="auto">
                    {r.phrase}
                  </td>
                  <td className="p-2">{LANGUAGE[r.locale] ?? r.locale}</td>
                  <td className="p-2">{formatMoment(r.createdAt)}</td>
                  <td className="p-2">
                    <form action={removePhraseAction}>
                      <input type="hidden" name="id" value={r.id} />
                      <button type="submit" className={buttonDanger}>
                        Verwijderen<span className="sr-only">: {r.phrase}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
