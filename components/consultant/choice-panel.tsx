import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { CaseDetail } from "@/lib/server/cases/get-case";
import type { LendingOption } from "@/lib/server/advice/build-advice";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong, formatMoment } from "@/lib/util/dates";
import { ActionButton } from "./action-button";
import type { CaseFormAction } from "./form-state";
import { bigButton, bigButtonSecondary } from "./styles";

export interface ChoicePanelProps {
  reference: string;
  product: { slug: string; name: string; isMonitoring: boolean; lendable: boolean };
  choice: CaseDetail["choices"][number] | undefined;
  reservations: CaseDetail["reservations"];
  /** the case's open places on waiting lists */
  waitlist?: CaseDetail["waitlist"];
  lending: LendingOption[];
  mark: CaseFormAction;
  unmark: CaseFormAction;
}

/**
 * Under each advice card: what the resident decides. A monitoring product first needs the explanation
 * (what it records, who sees it, how to stop) and the resident's agreement; only then can it be chosen.
 * A chosen product can be reserved on the resident's behalf at a centre that has one free (once: one open
 * reservation per product per case), or, when none is free, the resident can be put on a centre's waiting list.
 */
export function ChoicePanel({ reference, product, choice, reservations, waitlist = [], lending, mark, unmark }: ChoicePanelProps) {
  const explained = !!choice?.monitoringExplainedAt;
  const agreed = explained && choice?.monitoringDecision === "agreed";
  const declined = explained && choice?.monitoringDecision === "declined";
  const canChoose = !product.isMonitoring || agreed;
  const wanted = !!choice?.wantsToTry && canChoose;
  const explainHref = `/consulent/${reference}/advies/${product.slug}/uitleg`;
  const ownReservations = reservations.filter((r) => r.product.slug === product.slug && r.status === "RESERVED");
  const ownWaitlist = waitlist.filter((w) => w.product.slug === product.slug);
  const free = lending.filter((l) => l.available > 0);

  return (
    <div id={`keuze-${product.slug}`} className="space-y-4 rounded-b-xl border-2 border-t-0 border-brand-700 bg-brand-50 p-4 sm:p-6">
      <p className="text-xl font-bold">Keuze van de inwoner</p>

      {product.isMonitoring && !explained ? (
        <div className="space-y-3">
          <p className="text-lg">Dit hulpmiddel houdt iets bij. Leg eerst samen uit wat het opslaat en wie dat ziet. Daarna kiest de inwoner.</p>
          <Link href={explainHref} className={bigButton}>
            Uitleg geven over {product.name}
          </Link>
        </div>
      ) : null}

      {declined ? (
        <div className="space-y-3">
          <p className="text-lg">
            De inwoner wil dit niet. Uitleg gegeven op {formatMoment(choice!.monitoringExplainedAt!)}.
          </p>
          <Link href={explainHref} className={buttonSecondary}>
            Opnieuw uitleggen<span className="sr-only">: {product.name}</span>
          </Link>
        </div>
      ) : null}

      {agreed ? <p className="text-lg">Uitleg gegeven op {formatMoment(choice!.monitoringExplainedAt!)}. De inwoner vindt het goed.</p> : null}

      {canChoose && !wanted ? (
        <ActionButton action={mark}>
          De inwoner wil dit proberen<span className="sr-only">: {product.name}</span>
        </ActionButton>
      ) : null}

      {wanted ? (
        <div className="space-y-4">
          <p className="text-xl font-semibold text-good-700">
            <span aria-hidden="true">✓ </span>De inwoner wil {product.name} proberen.
          </p>
          {ownReservations.map((r) => (
            <p key={r.reference} className="text-lg">
              Gereserveerd bij {r.centre.name}. Ophalen op {formatDayLong(r.pickupDate)}. Code {formatCode(r.reference)}.
            </p>
          ))}
          {ownWaitlist.map((w) => (
            <p key={w.reference} className="text-lg">
              {w.status === "OFFERED"
                ? `Van de wachtlijst: er staat er een klaar bij ${w.centre.name}. Wachtlijstcode ${formatCode(w.reference)}.`
                : `Op de wachtlijst bij ${w.centre.name}. Wachtlijstcode ${formatCode(w.reference)}.`}
            </p>
          ))}
          {!product.lendable ? (
            <p className="text-lg">Dit hulpmiddel is niet te leen. Spreek af wie het regelt bij Afspraken.</p>
          ) : ownReservations.length > 0 || ownWaitlist.some((w) => w.status === "OFFERED") ? null : free.length > 0 ? (
            <div className="space-y-2">
              <p className="text-lg font-semibold">Reserveren voor de inwoner bij:</p>
              <ul className="flex flex-wrap gap-3">
                {free.map((l) => (
                  <li key={l.centre.slug}>
                    <Link href={`/consulent/${reference}/reserveren/${product.slug}/${l.centre.slug}`} className={buttonPrimary}>
                      {l.centre.name}
                      <span className="sr-only">: {product.name} reserveren</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : ownWaitlist.length > 0 ? null : lending.length > 0 ? (
            <div className="space-y-2">
              <p className="text-lg">Nu nergens vrij. Zet de inwoner op de wachtlijst bij:</p>
              <ul className="flex flex-wrap gap-3">
                {lending.map((l) => (
                  <li key={l.centre.slug}>
                    <Link href={`/consulent/${reference}/reserveren/${product.slug}/${l.centre.slug}`} className={buttonSecondary}>
                      {l.centre.name}
                      <span className="sr-only">: wachtlijst voor {product.name}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-lg">Nu nergens te leen in uw gemeente. Spreek af wie het regelt bij Afspraken.</p>
          )}
          <ActionButton action={unmark} className={bigButtonSecondary}>
            Toch niet proberen<span className="sr-only">: {product.name}</span>
          </ActionButton>
        </div>
      ) : null}
    </div>
  );
}
