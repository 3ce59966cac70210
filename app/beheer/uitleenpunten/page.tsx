import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MunicipalityFilter } from "@/components/admin/municipality-filter";
import { buttonPrimary, card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { listAdministeredMunicipalities } from "@/lib/server/admin/list-municipalities";
import { listAdminCentres } from "@/lib/server/centres/list-admin-centres";
import { formatMoment, weekdayName } from "@/lib/util/dates";

export const metadata: Metadata = { title: "Uitleenpunten" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { ok: boolean; text: string }> = {
  gesloten: { ok: true, text: "Het uitleenpunt is gesloten. Inwoners zien het niet meer en kunnen er niet meer reserveren. Wat uitgeleend is, kan nog terug." },
  "niet-gevonden": { ok: false, text: "Dit uitleenpunt bestaat niet (meer), of het hoort niet bij uw gemeente." },
};

export default async function CentresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const requested = recordIdSchema.safeParse(firstParam(params.gemeente) ?? "");
  const municipalityId = isPlatform && requested.success ? requested.data : undefined;
  let centres;
  try {
    centres = await listAdminCentres({ actor, municipalityId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const municipalities = isPlatform ? await listAdministeredMunicipalities({ actor }) : [];
  const message = MESSAGES[firstParam(params.klaar) ?? ""];
  const canAdd = !isPlatform || !!municipalityId;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Uitleenpunten</h1>
        <p className="max-w-prose text-lg">De plekken waar inwoners hulpmiddelen lenen. Houd adres, openingstijden en sluitingsdagen hier bij; inwoners zien ze meteen.</p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer/uitleenpunten" /> : null}
        {canAdd ? (
          <Link className={buttonPrimary} href={`/beheer/uitleenpunten/nieuw${municipalityId ? `?gemeente=${municipalityId}` : ""}`}>
            Nieuw uitleenpunt
          </Link>
        ) : (
          <p>Kies eerst een gemeente om een uitleenpunt toe te voegen.</p>
        )}
      </div>
      <div role="status">
        {message ? (
          <p className={`rounded-lg border-2 p-4 font-semibold ${message.ok ? "border-good-700 bg-good-50 text-good-700" : "border-bad-700 bg-bad-50 text-bad-700"}`}>{message.text}</p>
        ) : null}
      </div>
      {centres.length === 0 ? <p className="text-lg">Er is nog geen uitleenpunt. Inwoners krijgen wel advies; als volgende stap noemen wij het Wmo-loket.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {centres.map((c) => (
          <li key={c.id} className={`${card} space-y-2`}>
            <h2 className="text-xl font-bold">
              <Link className={`${link} inline-flex min-h-11 items-center`} href={`/beheer/uitleenpunten/${c.id}`}>
                {c.name}
              </Link>
            </h2>
            {c.closedAt ? <p className="font-semibold text-warn-700">Gesloten sinds {formatMoment(c.closedAt)}</p> : null}
            <p>
              {c.street}, {c.postcode} {c.city} ({c.district}){isPlatform && !municipalityId ? ` · ${c.municipalityName}` : ""}
            </p>
            <p className="text-muted">
              {c.hours.length ? `Open op ${[...new Set(c.hours.map((h) => weekdayName(h.weekday)))].join(", ")}` : "Nog geen openingstijden"}
              {c.upcomingClosedDays ? ` · ${c.upcomingClosedDays} sluitingsdag${c.upcomingClosedDays === 1 ? "" : "en"} gepland` : ""}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
