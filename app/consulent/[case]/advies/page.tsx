import type { Metadata } from "next";
import Link from "next/link";
import { AdviceCard } from "@/components/advice/advice-card";
import { ExclusionList } from "@/components/advice/exclusion-list";
import { TipsList } from "@/components/advice/tips-list";
import { WmoDeskContact } from "@/components/advice/wmo-desk";
import { CaseHeader, casePath } from "@/components/consultant/case-header";
import { ChoicePanel } from "@/components/consultant/choice-panel";
import { bigButton, okBox, pageHeading, sectionHeading } from "@/components/consultant/styles";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import { buildCaseAdvice } from "@/lib/server/cases/build-case-advice";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong } from "@/lib/util/dates";
import { loadCase } from "../../_lib/load";
import { markChoice } from "../actions";

export const metadata: Metadata = { title: "Advies", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string }>; searchParams: Promise<{ gereserveerd?: string; wachtlijst?: string }> };

/** The advice for the case's answers (same engine and cards as the resident's), with the resident's choices. */
export default async function CaseAdvicePage({ params, searchParams }: Props) {
  const { case: reference } = await params;
  const { gereserveerd, wachtlijst } = await searchParams;
  const { kase } = await loadCase(reference, "advies");
  const ref = kase.reference;

  const advice = await buildCaseAdvice({ kase });
  const wmoDesk = (
    <WmoDeskContact
      municipalityName={advice.municipality.name}
      desk={advice.wmoDesk}
      lead={`Voor de inwoner: zo bereikt u het Wmo-loket van de gemeente ${advice.municipality.name} later zelf.`}
    />
  );

  if (kase.answers.difficulties.length === 0) {
    return (
      <div className="space-y-8">
        <CaseHeader kase={kase} current="advies" />
        <h1 className={pageHeading}>Advies</h1>
        <p className="text-xl">Er is nog niets gekozen bij de vragen. Vul eerst samen in wat moeilijk gaat.</p>
        <Link href={casePath(ref, "vragen")} className={bigButton}>
          Naar de vragen
        </Link>
        {wmoDesk}
      </div>
    );
  }

  const choiceBySlug = new Map(kase.choices.map((c) => [c.product.slug, c]));
  const justReserved = gereserveerd ? kase.reservations.find((r) => r.reference === gereserveerd) : undefined;
  const justWaiting = wachtlijst ? kase.waitlist.find((w) => w.reference === wachtlijst) : undefined;
  const nearestKnown = !!(kase.postcode || kase.district);
  const recommendedSlugs = new Set(advice.recommendations.map((r) => r.product.slug));
  const chosenDifficulties = ALL_DIFFICULTIES.filter((d) => kase.answers.difficulties.includes(d.code));
  const otherChoices = kase.choices.filter((c) => (c.wantsToTry || c.monitoringDecision) && !recommendedSlugs.has(c.product.slug));

  return (
    <div className="space-y-10">
      <CaseHeader kase={kase} current="advies" />
      <div className="space-y-3">
        <h1 className={pageHeading}>Advies</h1>
        <p className="max-w-prose text-xl">
          Bekijk samen wat past, en waarom. De inwoner beslist zelf wat hij of zij wil proberen.
        </p>
      </div>

      {justReserved ? (
        <div role="status" className={okBox}>
          <p className="font-bold">Gereserveerd: {justReserved.product.name}</p>
          <p>
            Bij {justReserved.centre.name}. Ophalen op {formatDayLong(justReserved.pickupDate)}. Reserveringscode {formatCode(justReserved.reference)}.
          </p>
        </div>
      ) : null}
      {justWaiting ? (
        <div role="status" className={okBox}>
          <p className="font-bold">Op de wachtlijst: {justWaiting.product.name}</p>
          <p>
            Bij {justWaiting.centre.name}. De inwoner krijgt een bericht als er een klaarstaat. Wachtlijstcode {formatCode(justWaiting.reference)}.
          </p>
        </div>
      ) : null}

      <section aria-labelledby="moeilijk-codes" className="space-y-2">
        <h2 id="moeilijk-codes" className="text-xl font-bold">
          Wat moeilijk gaat, met ICF-codes
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-lg">
          {chosenDifficulties.map((d) => (
            <li key={d.code}>
              {d.label}
              {d.icf.length ? <span className="text-muted"> · ICF {d.icf.join(", ")}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="past" className="space-y-6">
        <h2 id="past" className={sectionHeading}>
          Wat past bij {kase.residentName}
        </h2>
        {advice.recommendations.length === 0 ? <p className="text-xl">Wij vinden geen hulpmiddel dat past. Kijk bij de tips hieronder.</p> : null}
        <ol className="space-y-8">
          {advice.recommendations.map((item, index) => (
            <li key={item.product.slug}>
              <div className="text-lg [&>article]:rounded-b-none">
                <AdviceCard
                  item={item}
                  rank={index + 1}
                  municipalityName={advice.municipality.name}
                  nearestKnown={nearestKnown}
                  headingLevel={3}
                  reservePath={null}
                  showCodes
                />
              </div>
              <ChoicePanel
                reference={ref}
                product={item.product}
                choice={choiceBySlug.get(item.product.slug)}
                reservations={kase.reservations}
                waitlist={kase.waitlist}
                lending={item.lending}
                mark={markChoice.bind(null, ref, item.product.slug, true)}
                unmark={markChoice.bind(null, ref, item.product.slug, false)}
              />
            </li>
          ))}
        </ol>
      </section>

      {otherChoices.length > 0 ? (
        <section aria-labelledby="eerder" className="space-y-4">
          <h2 id="eerder" className={sectionHeading}>
            Eerder besproken
          </h2>
          <p className="text-lg">Deze hulpmiddelen zijn eerder besproken, maar staan nu niet meer in het advies.</p>
          <ul className="space-y-6">
            {otherChoices.map((c) => (
              <li key={c.product.slug}>
                <p className="rounded-t-xl border-2 border-b-0 border-brand-700 bg-white p-4 text-xl font-bold">{c.product.name}</p>
                <ChoicePanel
                  reference={ref}
                  product={c.product}
                  choice={c}
                  reservations={kase.reservations}
                  waitlist={kase.waitlist}
                  lending={[]}
                  mark={markChoice.bind(null, ref, c.product.slug, true)}
                  unmark={markChoice.bind(null, ref, c.product.slug, false)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="tips" className="space-y-4">
        <h2 id="tips" className={sectionHeading}>
          Tips zonder hulpmiddel
        </h2>
        <TipsList tips={advice.tips} />
      </section>

      <section aria-labelledby="niet" className="space-y-4">
        <h2 id="niet" className={sectionHeading}>
          Wat niet past, en waarom
        </h2>
        <ExclusionList items={advice.notRecommended} headingLevel={3} />
      </section>

      {wmoDesk}

      <p>
        <Link href={casePath(ref, "afspraken")} className={bigButton}>
          Verder: afspraken maken
        </Link>
      </p>
    </div>
  );
}
