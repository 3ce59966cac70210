import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buttonSecondary } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam } from "@/lib/schemas/admin";
import { getAdminCentre } from "@/lib/server/centres/manage-centre";
import { formatDayLong, formatMoment } from "@/lib/util/dates";
import { addClosedDayAction, closeCentreAction, removeClosedDayAction, saveCentreAction } from "../actions";
import { CentreForm } from "../centre-form";
import { CloseCentreForm } from "../close-form";
import { ClosedDayForm } from "../closed-day-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Uitleenpunt bewerken" };
export const dynamic = "force-dynamic";

export default async function CentrePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const { id } = await params;
  let centre;
  try {
    centre = await getAdminCentre({ actor, centreId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const klaar = firstParam((await searchParams).klaar);
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <BackLink href="/beheer/uitleenpunten">Terug naar de uitleenpunten</BackLink>
        <h1 className="text-3xl font-bold">{centre.name}</h1>
        <p className="text-muted">Gemeente {centre.municipalityName}</p>
        <div role="status">
          {klaar === "nieuw" ? <p className="rounded-lg border-2 border-good-700 bg-good-50 p-4 font-semibold text-good-700">Het uitleenpunt is toegevoegd. Inwoners zien het nu.</p> : null}
          {klaar === "dag-weg" ? <p className="rounded-lg border-2 border-good-700 bg-good-50 p-4 font-semibold text-good-700">De sluitingsdag is weggehaald.</p> : null}
        </div>
        {centre.closedAt ? <p className="rounded-lg border-2 border-warn-700 bg-warn-50 p-4 font-semibold">Dit uitleenpunt is gesloten sinds {formatMoment(centre.closedAt)}.</p> : null}
      </div>

      <section aria-labelledby="gegevens-kop" className="space-y-4">
        <h2 id="gegevens-kop" className="sr-only">
          Gegevens en openingstijden
        </h2>
        <CentreForm
          action={saveCentreAction.bind(null, centre.id, null)}
          initial={{ naam: centre.name, straat: centre.street, postcode: centre.postcode, plaats: centre.city, wijk: centre.district, telefoon: centre.phone, email: centre.email, beschrijving: centre.description, hours: centre.hours }}
          submitText="Opslaan"
        />
      </section>

      <section aria-labelledby="dicht" className="space-y-4">
        <h2 id="dicht" className="text-2xl font-bold">
          Sluitingsdagen en feestdagen
        </h2>
        <p className="max-w-prose">Op deze dagen kunnen inwoners niets ophalen, ook al is het een gewone openingsdag.</p>
        {centre.closedDays.length ? (
          <ul className="space-y-2">
            {centre.closedDays.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <span>
                  <strong className="capitalize">{formatDayLong(d.date)}</strong>
                  {d.reason ? `: ${d.reason}` : ""}
                </span>
                <form action={removeClosedDayAction}>
                  <input type="hidden" name="uitleenpunt" value={centre.id} />
                  <input type="hidden" name="dag" value={d.id} />
                  <button type="submit" className={buttonSecondary}>
                    Weghalen<span className="sr-only"> ({formatDayLong(d.date)})</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>Er zijn geen sluitingsdagen gepland.</p>
        )}
        <ClosedDayForm action={addClosedDayAction.bind(null, centre.id)} />
      </section>

      {centre.closedAt ? null : (
        <section aria-labelledby="sluiten" className="space-y-4">
          <h2 id="sluiten" className="text-2xl font-bold">
            Uitleenpunt sluiten
          </h2>
          <p className="max-w-prose">Stopt dit uitleenpunt? Dan zien inwoners het niet meer en kunnen ze er niet meer reserveren. Wat nu uitgeleend is, kan gewoon terug.</p>
          <CloseCentreForm action={closeCentreAction.bind(null, centre.id)} name={centre.name} />
        </section>
      )}
    </div>
  );
}
