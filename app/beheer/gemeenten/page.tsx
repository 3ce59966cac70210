import type { Metadata } from "next";
import Link from "next/link";
import { buttonDanger, buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { firstParam } from "@/lib/schemas/admin";
import { listMunicipalitiesOverview } from "@/lib/server/municipalities/list-municipalities-overview";
import { setMunicipalityStatusAction } from "./actions";

export const metadata: Metadata = { title: "Gemeenten" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { ok: boolean; text: string }> = {
  gepauzeerd: { ok: true, text: "De gemeente is gepauzeerd. Inwoners zien een bericht en medewerkers kunnen niet meer inloggen." },
  hervat: { ok: true, text: "De gemeente doet weer mee. Inwoners en medewerkers kunnen weer verder." },
  "niet-gevonden": { ok: false, text: "Deze gemeente bestaat niet (meer)." },
};

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("PLATFORM_ADMIN");
  const message = MESSAGES[firstParam((await searchParams).klaar) ?? ""];
  const rows = await listMunicipalitiesOverview({ actor });
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Gemeenten</h1>
        <p className="max-w-prose text-lg">Alle gemeenten die meedoen. Voeg een gemeente toe, of pauzeer een gemeente die (even) stopt.</p>
        <div className="flex flex-wrap gap-3">
          <Link className={buttonPrimary} href="/beheer/gemeenten/nieuw">
            Nieuwe gemeente
          </Link>
          <Link className={buttonSecondary} href="/beheer/gemeenten/importeren">
            Gemeente importeren (bestand)
          </Link>
        </div>
      </div>
      <div role="status">
        {message ? (
          <p className={`rounded-lg border-2 p-4 font-semibold ${message.ok ? "border-good-700 bg-good-50 text-good-700" : "border-bad-700 bg-bad-50 text-bad-700"}`}>{message.text}</p>
        ) : null}
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {rows.map((m) => (
          <li key={m.id} className={`${card} space-y-3`}>
            <h2 className="text-xl font-bold">
              {m.name}
              {m.status === "paused" ? <span className="ml-2 rounded bg-warn-50 px-2 py-0.5 text-base font-semibold text-warn-700">gepauzeerd</span> : null}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">Postcodes</dt>
              <dd>{m.postcodeAreas.length ? m.postcodeAreas.join(", ") : "nog niet ingevuld"}</dd>
              <dt className="font-semibold">Uitleenpunten</dt>
              <dd>{m.openCentres}</dd>
              <dt className="font-semibold">Accounts</dt>
              <dd>
                {m.activeUsers}
                {m.openInvitations ? ` (en ${m.openInvitations} open uitnodiging${m.openInvitations === 1 ? "" : "en"})` : ""}
              </dd>
            </dl>
            <div className="flex flex-wrap gap-3">
              <Link className={buttonSecondary} href={`/beheer/mensen?gemeente=${m.id}`}>
                Mensen<span className="sr-only"> van {m.name}</span>
              </Link>
              <Link className={buttonSecondary} href={`/beheer/gemeenten/${m.id}/configuratie`}>
                Configuratie<span className="sr-only"> van {m.name}</span>
              </Link>
              <form action={setMunicipalityStatusAction}>
                <input type="hidden" name="gemeente" value={m.id} />
                <input type="hidden" name="status" value={m.status === "paused" ? "active" : "paused"} />
                <button type="submit" className={m.status === "paused" ? buttonSecondary : buttonDanger}>
                  {m.status === "paused" ? "Weer laten meedoen" : "Pauzeren"}
                  <span className="sr-only"> ({m.name})</span>
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
