import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MunicipalityFilter } from "@/components/admin/municipality-filter";
import { OutcomesTable, UnitStatusBars, UnitsPerCentreTable } from "@/components/admin/insight-tables";
import { card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { getMunicipalityInsights } from "@/lib/server/admin/get-municipality-insights";
import { listAdministeredMunicipalities } from "@/lib/server/admin/list-municipalities";
import { formatDayShort, isoDateInAmsterdam } from "@/lib/util/dates";

export const metadata: Metadata = { title: "Beheer" };
export const dynamic = "force-dynamic";

const LINKS = [
  { href: "/beheer/audit", title: "Auditlog", text: "Wie heeft welke gegevens van inwoners bekeken of veranderd, en wanneer." },
  { href: "/beheer/sessies", title: "Sessies", text: "Wie is nu ingelogd. Beëindig een sessie die u niet vertrouwt." },
  { href: "/beheer/wissen", title: "Gegevens wissen", text: "Een inwoner vraagt om zijn gegevens te wissen? Regel het hier in één keer." },
  { href: "/beheer/opruimen", title: "Oude gegevens opruimen", text: "Hoe lang wij gegevens bewaren, en wanneer er voor het laatst is opgeruimd." },
] as const;

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const requested = recordIdSchema.safeParse(firstParam(params.gemeente) ?? "");
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const municipalityId = isPlatform && requested.success ? requested.data : undefined;

  let insights;
  try {
    insights = await getMunicipalityInsights({ actor, municipalityId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const municipalities = isPlatform ? await listAdministeredMunicipalities({ actor }) : [];
  const place = insights.municipality?.name ?? "alle gemeenten";
  const available = insights.units.totals.AVAILABLE;
  const lendable = insights.units.total - insights.units.totals.RETIRED;
  const monthName = formatDayShort(isoDateInAmsterdam(insights.monthStart)).replace(/^1 /, "");

  const figures = [
    { label: "Uitleenpunten", value: insights.centreCount, note: null },
    { label: "Hulpmiddelen te leen", value: lendable, note: `${available} nu beschikbaar` },
    { label: `Reserveringen in ${monthName}`, value: insights.reservationsThisMonth, note: `${insights.activeLoans} hulpmiddelen nu uitgeleend` },
    { label: "Open gesprekken", value: insights.cases.open, note: `${insights.cases.followUp} in nazorg` },
  ];

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Beheer: {place}</h1>
        <p className="max-w-prose text-lg">
          Welkom, {actor.name}. Hier ziet u hoe het gaat met het lenen van hulpmiddelen. En u regelt hier de privacy van inwoners.
        </p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer" /> : null}
      </div>

      <section aria-labelledby="kerncijfers" className="space-y-4">
        <h2 id="kerncijfers" className="text-2xl font-bold">
          Kerncijfers
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className={card}>
              <dt className="text-base font-semibold text-muted">{f.label}</dt>
              <dd className="mt-1 text-4xl font-bold tabular-nums">{f.value}</dd>
              {f.note ? <dd className="mt-1 text-base">{f.note}</dd> : null}
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="hulpmiddelen" className="space-y-4">
        <h2 id="hulpmiddelen" className="text-2xl font-bold">
          Hulpmiddelen per status
        </h2>
        {insights.units.total === 0 ? (
          <p>Er zijn nog geen hulpmiddelen om te lenen.</p>
        ) : (
          <>
            <UnitStatusBars totals={insights.units.totals} total={insights.units.total} />
            <h3 className="text-xl font-bold">Per uitleenpunt</h3>
            <UnitsPerCentreTable rows={insights.units.rows} totals={insights.units.totals} total={insights.units.total} />
          </>
        )}
      </section>

      <section aria-labelledby="inzicht" className="space-y-4">
        <h2 id="inzicht" className="text-2xl font-bold">
          Wat vinden inwoners van de hulpmiddelen?
        </h2>
        <p className="max-w-prose">
          Bij het terugnemen legt de balie vast wat er met het hulpmiddel gebeurt en waarom, ook bij uitlenen zonder reservering. De inwoner kan het ook zelf laten weten via de link in de herinnering, en na een proefperiode vraagt de consulent of het hielp. Een teruggebracht hulpmiddel is niet altijd mislukt: het kan ook voor even nodig zijn geweest (positief). Alleen uitkomsten waarvan bekend is waarvoor het geleend werd, tellen mee bij het leren (zie Leren van uitkomsten). U ziet alleen aantallen, geen namen. Minder dan 10 tonen wij als {"„< 10”"}, en soms nog een getal ernaast, zodat niemand is terug te rekenen.
        </p>
        {insights.outcomes.length === 0 ? (
          <p className="font-semibold">Er zijn nog geen resultaten vastgelegd.</p>
        ) : (
          <OutcomesTable rows={insights.outcomes} />
        )}
        <p className="text-base text-muted">
          Gesprekken: {insights.cases.open} open, {insights.cases.followUp} in nazorg, {insights.cases.closed} afgesloten. Bij {insights.cases.withApplication} gesprekken is een aanvraag gedaan.
        </p>
      </section>

      <section aria-labelledby="privacy" className="space-y-4">
        <h2 id="privacy" className="text-2xl font-bold">
          Privacy en veiligheid
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {LINKS.map((l) => (
            <li key={l.href} className={card}>
              <Link className={`${link} inline-flex min-h-11 items-center text-lg`} href={l.href}>
                {l.title}
              </Link>
              <p className="mt-1">{l.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
