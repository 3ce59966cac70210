import type { Metadata } from "next";
import Link from "next/link";
import { CaseDetailsForm } from "@/components/consultant/case-details-form";
import { CaseHeader, casePath } from "@/components/consultant/case-header";
import { OutcomeForm } from "@/components/consultant/outcome-form";
import { badge, pageHeading, sectionHeading, warnBox } from "@/components/consultant/styles";
import { card, link } from "@/components/ui/styles";
import { HELPED_LABELS, RESULT_LABELS } from "@/lib/schemas/case";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong, formatMoment, isoDateInAmsterdam } from "@/lib/util/dates";
import { loadCase } from "../_lib/load";
import { saveCaseDetails, saveOutcome } from "./actions";
import { AssessmentChangesSection, ReassessForm } from "@/components/resident/assessment-changes";
import { getCurrentUser } from "@/lib/auth/session";
import { getCaseAssessmentHistory } from "@/lib/server/assessments/reassess";
import { reassessCaseAction } from "./reassess-actions";

export const metadata: Metadata = { title: "Gesprek", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string }> };

const RESERVATION_STATUS = { RESERVED: "Gereserveerd", PICKED_UP: "Opgehaald", CANCELLED: "Geannuleerd", EXPIRED: "Niet opgehaald" } as const;

export default async function CaseOverviewPage({ params }: Props) {
  const { case: reference } = await params;
  const { kase } = await loadCase(reference, "overzicht");
  const ref = kase.reference;
  // reassessment: what changed since the last filling-in, and what was tried (lib/server/assessments/reassess.ts)
  const history = await getCaseAssessmentHistory(await getCurrentUser(), ref);
  const outcomeProducts = [
    ...new Map([...kase.choices.filter((c) => c.wantsToTry).map((c) => c.product), ...kase.reservations.map((r) => r.product)].map((p) => [p.slug, p])).values(),
  ];

  return (
    <div className="space-y-10">
      <CaseHeader kase={kase} current="overzicht" />
      <h1 className={pageHeading}>Overzicht van het gesprek</h1>

      {kase.residentResponse ? (
        <section aria-labelledby="reactie" className="space-y-2 rounded-xl border-2 border-brand-700 bg-brand-50 p-5">
          <h2 id="reactie" className={sectionHeading}>
            Reactie van de inwoner
          </h2>
          {kase.residentRespondedAt ? <p className="text-base text-muted">Ontvangen op {formatMoment(kase.residentRespondedAt)}</p> : null}
          <p className="whitespace-pre-line text-xl">{kase.residentResponse}</p>
        </section>
      ) : null}

      <section aria-labelledby="verder" className="space-y-3">
        <h2 id="verder" className={sectionHeading}>
          Verder met het gesprek
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {[
            { href: casePath(ref, "vragen"), title: "Vragen", text: kase.answers.difficulties.length ? `${kase.answers.difficulties.length} ${kase.answers.difficulties.length === 1 ? "moeilijkheid" : "moeilijkheden"} gekozen.` : "Nog niet ingevuld." },
            { href: casePath(ref, "notities"), title: "Notities", text: `${kase.notes.length} ${kase.notes.length === 1 ? "notitie" : "notities"}.` },
            { href: casePath(ref, "advies"), title: "Advies", text: `${kase.choices.filter((c) => c.wantsToTry).length} gekozen om te proberen.` },
            { href: casePath(ref, "afspraken"), title: "Afspraken", text: `${kase.steps.filter((s) => !s.done).length} open.` },
            { href: casePath(ref, "verslag"), title: "Verslag", text: kase.reportCode ? "Gedeeld met de inwoner." : "Nog niet gedeeld." },
          ].map((item) => (
            <li key={item.title} className={card}>
              <Link href={item.href} className="text-xl font-bold text-brand-800 underline underline-offset-2">
                {item.title}
              </Link>
              <p className="mt-1 text-lg">{item.text}</p>
            </li>
          ))}
        </ul>
      </section>

      {history ? <AssessmentChangesSection history={history} locale="nl" /> : null}
      {kase.answers.difficulties.length > 0 ? <ReassessForm action={reassessCaseAction.bind(null, ref)} /> : null}

      {kase.outcomeQuestions.length > 0 ? (
        <section aria-labelledby="hielp-het" className="space-y-4">
          <h2 id="hielp-het" className={sectionHeading}>
            Het lenen is voorbij. Hielp het?
          </h2>
          {kase.outcomeQuestions.map((p) => (
            <div key={p.slug} className={`${warnBox} space-y-3`}>
              <h3 className="text-xl font-bold">{p.name} is teruggebracht</h3>
              <OutcomeForm action={saveOutcome.bind(null, ref)} idPrefix={`uitkomst-${p.slug}`} product={{ slug: p.slug, name: p.name }} />
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="reserveringen" className="space-y-3">
        <h2 id="reserveringen" className={sectionHeading}>
          Reserveringen
        </h2>
        {kase.reservations.length === 0 ? (
          <p className="text-lg">
            Nog niets gereserveerd. Reserveren doet u bij het{" "}
            <Link className={link} href={casePath(ref, "advies")}>
              advies
            </Link>
            .
          </p>
        ) : (
          <ul className="space-y-3">
            {kase.reservations.map((r) => (
              <li key={r.reference} className={card}>
                <p className="text-xl font-bold">{r.product.name}</p>
                <p className="text-lg">
                  {r.centre.name}. Ophalen op {formatDayLong(r.pickupDate)}. Code {formatCode(r.reference)}.
                </p>
                <p className="mt-2 flex flex-wrap gap-2">
                  <span className={`${badge} bg-gray-100`}>{RESERVATION_STATUS[r.status]}</span>
                  {r.loan ? (
                    <span className={`${badge} ${r.loan.status === "ACTIVE" ? "bg-brand-50 text-brand-800" : "bg-good-50 text-good-700"}`}>
                      {r.loan.status === "ACTIVE" ? `Geleend tot ${formatDayLong(isoDateInAmsterdam(r.loan.dueAt))}` : "Teruggebracht"}
                    </span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="uitkomsten" className="space-y-3">
        <h2 id="uitkomsten" className={sectionHeading}>
          Wat kwam eruit?
        </h2>
        {kase.outcomes.length ? (
          <ul className="space-y-3">
            {kase.outcomes.map((o) => (
              <li key={o.id} className={card}>
                <p className="text-xl font-bold">{o.product.name}</p>
                <p className="text-lg">
                  {o.helped ? `Hielp het? ${HELPED_LABELS[o.helped]}. ` : ""}
                  {RESULT_LABELS[o.result]}.
                </p>
                {o.why ? <p className="text-lg">Waarom: {o.why}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-lg">Nog niets bekend.</p>
        )}
        {outcomeProducts.length ? (
          <details className={`${card} space-y-3`}>
            <summary className="min-h-11 cursor-pointer text-lg font-semibold text-brand-800">Zelf een uitkomst invullen</summary>
            <div className="mt-3">
              <OutcomeForm action={saveOutcome.bind(null, ref)} idPrefix="uitkomst-zelf" products={outcomeProducts.map((p) => ({ slug: p.slug, name: p.name }))} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="gegevens" className="space-y-3">
        <h2 id="gegevens" className={sectionHeading}>
          Gegevens en status
        </h2>
        <CaseDetailsForm
          action={saveCaseDetails.bind(null, ref)}
          values={{ residentName: kase.residentName, residentContact: kase.residentContact, status: kase.status, followUpDue: kase.followUpDue, hasApplication: kase.hasApplication }}
        />
      </section>

      <section aria-labelledby="privacy" className="space-y-2">
        <h2 id="privacy" className={sectionHeading}>
          Toestemming en bewaren
        </h2>
        <p className="text-lg">
          {kase.consent ? `Toestemming gegeven op ${formatMoment(kase.consent.at)} (tekst ${kase.consent.textVersion}).` : "Er is geen toestemming vastgelegd."}
        </p>
        <p className="text-lg">
          {kase.hasApplication
            ? "Er is een aanvraag: de gemeente bewaart dit gesprek zo lang als de wet zegt."
            : `Zonder nieuw contact wissen wij dit gesprek na ${formatDayLong(isoDateInAmsterdam(kase.eraseAfter))}.`}
        </p>
      </section>
    </div>
  );
}
