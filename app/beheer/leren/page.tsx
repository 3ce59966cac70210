import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MunicipalityFilter } from "@/components/admin/municipality-filter";
import { TableScroll } from "@/components/admin/insight-tables";
import { card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { listAdministeredMunicipalities } from "@/lib/server/admin/list-municipalities";
import { getLearningOverview, type LearningOverviewRow } from "@/lib/server/outcomes/learning-settings";
import { setLearningAction } from "./actions";
import { LearningSwitchForm } from "./switch-form";

export const metadata: Metadata = { title: "Leren van uitkomsten" };
export const dynamic = "force-dynamic";

const pct = (p: number) => `${Math.round(p * 100)}%`;
const points = (p: number) => (p > 0 ? `+${p.toFixed(1)}` : p.toFixed(1)).replace(".", ",");
const FIT_WORDS: Record<1 | 2 | 3, string> = { 3: "past goed", 2: "past", 1: "past een beetje" };
const CONTEXT_WORDS: Record<string, [string, string]> = {
  "household.lives_alone": ["woont alleen", "woont niet alleen"],
  "network.carer_nearby": ["mantelzorger dichtbij", "geen mantelzorger dichtbij"],
};

function ChangesTable({ rows, caption, showPoints }: { rows: LearningOverviewRow[]; caption: string; showPoints: boolean }) {
  return (
    <TableScroll label={caption}>
      <table className="w-full min-w-[40rem] text-left text-base">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100">
          <tr>
            <th scope="col" className="p-2">Hulpmiddel</th>
            <th scope="col" className="p-2">Vraag</th>
            {showPoints ? <th scope="col" className="p-2">Verschuiving</th> : null}
            <th scope="col" className="p-2">Uitkomsten</th>
            <th scope="col" className="p-2">Positief</th>
            <th scope="col" className="p-2">Verwacht (experts)</th>
            <th scope="col" className="p-2">Geleerd (90%-marge)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.productSlug}|${r.difficulty}`} className="border-t border-gray-300 align-top">
              <th scope="row" className="p-2 font-semibold">{r.productName}</th>
              <td className="p-2">{r.difficultyLabel}</td>
              {showPoints ? (
                <td className="p-2">
                  <span className={r.points > 0 ? "font-semibold text-good-700" : r.points < 0 ? "font-semibold text-bad-700" : ""}>
                    {r.points > 0 ? "omhoog " : r.points < 0 ? "omlaag " : ""}
                    {points(r.points)} punten
                  </span>
                  {r.contexts.length ? (
                    <ul className="mt-1 text-sm">
                      {r.contexts.map((c) => (
                        <li key={`${c.code}=${c.value}`}>
                          {CONTEXT_WORDS[c.code]?.[c.value ? 0 : 1] ?? c.code}: {points(c.points)} ({c.positives} van {c.n})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              ) : null}
              <td className="p-2">
                {r.n} <span className="text-sm">(uit {r.municipalities} {r.municipalities === 1 ? "gemeente" : "gemeenten"})</span>
              </td>
              <td className="p-2">
                {r.positives} <span className="text-sm">(blijven gebruiken: {r.continued})</span>
              </td>
              <td className="p-2">
                {pct(r.priorMean)} <span className="text-sm">({FIT_WORDS[r.fit]})</span>
              </td>
              <td className="p-2">
                {pct(r.mean)} <span className="text-sm">({pct(r.interval[0])}–{pct(r.interval[1])})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default async function LearningPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const requested = recordIdSchema.safeParse(firstParam(params.gemeente) ?? "");
  const municipalityId = isPlatform ? (requested.success ? requested.data : null) : actor.municipalityId;
  if (!municipalityId) {
    const municipalities = await listAdministeredMunicipalities({ actor });
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">Leren van uitkomsten</h1>
        <p className="text-lg">Kies een gemeente.</p>
        <MunicipalityFilter municipalities={municipalities} action="/beheer/leren" />
      </div>
    );
  }
  let view;
  try {
    view = await getLearningOverview({ actor, municipalityId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Leren van uitkomsten: {view.municipality.name}</h1>
        <p className="text-lg">
          Na elke uitleen legt het uitleenpunt vast wat er van kwam: de inwoner blijft het gebruiken, brengt het terug, gaat het kopen of kocht het ergens anders. Met die
          uitkomsten van alle gemeenten samen schat het advies per hulpmiddel en per vraag de kans dat het past. De score van de experts is het beginpunt.
        </p>
        <ul className="list-disc space-y-1 pl-6 text-lg">
          <li>Een hulpmiddel schuift hoogstens {view.capPoints} punten omhoog of omlaag. Een hulpmiddel dat de experts een stap beter vinden, blijft erboven.</li>
          <li>Pas vanaf {view.threshold} uitkomsten voor hetzelfde hulpmiddel en dezelfde vraag verandert er iets.</li>
          <li>De regels blijven altijd gelden: wat niet past, komt er nooit bij.</li>
          <li>
            Bij het advies staat &quot;Van de … mensen met dezelfde vraag die dit leenden, bleven … het gebruiken&quot; alleen vanaf {view.threshold} uitkomsten uit meer dan één
            gemeente, en nooit als eerste reden.
          </li>
        </ul>
      </div>

      <section aria-labelledby="schakelaar" className={`${card} max-w-prose space-y-3`}>
        <h2 id="schakelaar" className="text-xl font-bold">
          Aan of uit
        </h2>
        <p>
          Nu staat het <strong>{view.enabled ? "aan" : "uit"}</strong>. Wie het wanneer veranderde, staat bij{" "}
          <Link className={link} href={`/beheer/instellingen?instelling=learningEnabled${isPlatform ? `&gemeente=${view.municipality.id}` : ""}`}>
            de geschiedenis van de instellingen
          </Link>
          .
        </p>
        <LearningSwitchForm action={setLearningAction.bind(null, isPlatform ? view.municipality.id : null)} enabled={view.enabled} />
      </section>

      <section aria-labelledby="cijfers" className="space-y-2">
        <h2 id="cijfers" className="text-2xl font-bold">
          De uitkomsten
        </h2>
        <p className="text-lg">
          {view.pooledOutcomes} uitkomsten tellen mee (alle gemeenten), waarvan {view.ownOutcomes} uit {view.municipality.name}. Ze komen van het advies dat inwoners zelf
          kregen ({view.pooledBySource.advice}), van gesprekken met een consulent ({view.pooledBySource.consultant}) en van uitlenen zonder reservering waarbij de balie
          koos waarvoor het was ({view.pooledBySource.desk}).
          {view.ownUnlinked > 0
            ? ` ${view.ownUnlinked} uitkomsten uit ${view.municipality.name} tellen niet mee: daarbij is niet bekend waarvoor het hulpmiddel geleend werd (bijvoorbeeld uitlenen zonder reservering zonder gekozen moeilijkheid). Ze staan wel in het overzicht op de beginpagina.`
            : ""}
        </p>
      </section>

      <section aria-labelledby="verschoven" className="space-y-3">
        <h2 id="verschoven" className="text-2xl font-bold">
          Wat het verandert
        </h2>
        {!view.enabled ? <p className="text-lg">Leren staat uit: dit zou het veranderen als het aan stond.</p> : null}
        {view.active.length ? (
          <ChangesTable rows={view.active} caption="Hulpmiddelen die omhoog of omlaag schuiven, per vraag" showPoints />
        ) : (
          <p className="text-lg">Nog niets: geen hulpmiddel heeft al {view.threshold} uitkomsten voor dezelfde vraag.</p>
        )}
      </section>

      {view.waiting.length ? (
        <section aria-labelledby="wachten" className="space-y-3">
          <h2 id="wachten" className="text-2xl font-bold">
            Nog te weinig uitkomsten
          </h2>
          <p className="text-lg">Deze tellen pas mee vanaf {view.threshold} uitkomsten. Tot die tijd blijft het advies zoals de experts het maakten.</p>
          <ChangesTable rows={view.waiting} caption="Hulpmiddelen met minder dan de drempel aan uitkomsten" showPoints={false} />
        </section>
      ) : null}
    </div>
  );
}
