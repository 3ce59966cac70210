import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/desk/action-form";
import { capitalDayLabel } from "@/components/desk/day-label";
import { DoneNotice } from "@/components/desk/done-notice";
import { StackTable } from "@/components/desk/stack-table";
import { StatusBadge } from "@/components/desk/status-badge";
import { TakeBackForm } from "@/components/desk/take-back-form";
import { OutcomeForm } from "@/components/desk/outcome-form";
import { DESK_RESULTS, OUTCOME_RESULT_LABELS, outcomeReasonLabel, type DeskResult } from "@/lib/learning/outcome-codes";
import { getLastReturnedLoan } from "@/lib/server/outcomes/record-loan-outcome";
import { recordOutcomeAction } from "../../../outcome-actions";
import { buttonSecondary, card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { loadMunicipalitySettingsForCentre } from "@/lib/server/municipalities/settings";
import { getUnit } from "@/lib/server/desk/get-unit";
import { UNIT_STATUS_LABELS, eventLabel } from "@/lib/server/desk/unit-transitions";
import { formatCode } from "@/lib/util/codes";
import { formatMoment, isoDateInAmsterdam } from "@/lib/util/dates";
import { finishCleaningAction, finishRepairAction, retireUnitAction, sendToRepairAction, takeBackAction } from "../../../actions";
import { orNotFound } from "../../../_lib/or-not-found";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Exemplaar" };

type Props = { params: Promise<{ centre: string; unitId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnitPage({ params, searchParams }: Props) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug, unitId } = await params;
  const { gedaan } = await searchParams;
  const unit = await orNotFound(getUnit({ actor, unitId }));
  if (unit.centre.slug !== centreSlug) notFound();
  const base = `/balie/${unit.centre.slug}`;
  const today = isoDateInAmsterdam();
  const hidden = { centreSlug: unit.centre.slug, unitId: unit.id };
  // right after take-back: what came of the loan (two clicks); also while it is still unanswered
  const lastReturned = await getLastReturnedLoan({ actor, unitId: unit.id });
  const askOutcome = lastReturned && (!lastReturned.recorded || gedaan === "teruggenomen" || gedaan === "terug-schade" || gedaan === "uitkomst");
  const recordedResult = lastReturned?.recorded && (DESK_RESULTS as readonly string[]).includes(lastReturned.recorded.result) ? (lastReturned.recorded.result as DeskResult) : null;

  return (
    <div className="space-y-8">
      <BackLink href={`${base}/voorraad`}>Terug naar de voorraad</BackLink>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold break-all">Exemplaar {unit.code}</h1>
        <p className="text-lg">{unit.product.name}</p>
      </div>
      <DoneNotice done={gedaan} />

      {askOutcome && lastReturned ? (
        <section aria-labelledby="uitkomst" className={`${card} space-y-3`}>
          <h2 id="uitkomst" className="text-xl font-bold">
            Hoe ging het met de {lastReturned.productName}?
          </h2>
          {lastReturned.recorded ? (
            <p>
              Bewaard: {OUTCOME_RESULT_LABELS[lastReturned.recorded.result as DeskResult] ?? lastReturned.recorded.result}
              {lastReturned.recorded.reason ? ` (${outcomeReasonLabel(lastReturned.recorded.reason).toLowerCase()})` : ""}
              {lastReturned.recorded.source === "resident" ? ", door de inwoner zelf" : ""}. U kunt het hieronder aanpassen.
            </p>
          ) : (
            <p>Vraag de inwoner wat er met het hulpmiddel gebeurt. Er wordt geen naam bewaard bij het antwoord.</p>
          )}
          <OutcomeForm action={recordOutcomeAction} centreSlug={unit.centre.slug} loanId={lastReturned.loanId} unitId={unit.id} recorded={recordedResult} />
        </section>
      ) : null}

      <section aria-labelledby="nu" className={`${card} space-y-3`}>
        <h2 id="nu" className="text-xl font-bold">
          Zo staat het nu
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd>
            <StatusBadge status={unit.status} />
          </dd>
          {unit.untilDay && (unit.status === "CLEANING" || unit.status === "REPAIR") ? (
            <>
              <dt className="font-semibold">Verwacht klaar</dt>
              <dd>{capitalDayLabel(unit.untilDay, today)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Uitleenpunt</dt>
          <dd>{unit.centre.name}</dd>
          <dt className="font-semibold">Notities</dt>
          <dd className="whitespace-pre-line">{unit.notes || "geen"}</dd>
          <dt className="font-semibold">Van dit hulpmiddel hier</dt>
          <dd>nu beschikbaar: {unit.productAvailable}</dd>
        </dl>
        {unit.status === "RESERVED" ? (
          unit.openReservation ? (
            <p>
              Gereserveerd, ophalen: {capitalDayLabel(unit.openReservation.pickupDay, today).toLowerCase()}.{" "}
              <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/reserveringen/${unit.openReservation.id}`}>
                Open reservering {formatCode(unit.openReservation.reference)}
              </Link>
            </p>
          ) : (
            <p>Vastgehouden voor iemand van de wachtlijst. Zie de wachtlijst op de pagina Vandaag.</p>
          )
        ) : null}
        {unit.activeLoan ? (
          <p>
            Uitgeleend tot {capitalDayLabel(unit.activeLoan.dueDay, today).toLowerCase()}.{" "}
            {unit.activeLoan.reservationId ? (
              <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/reserveringen/${unit.activeLoan.reservationId}`}>
                Open de uitleen om terug te nemen of te verlengen
              </Link>
            ) : null}
          </p>
        ) : null}
        {unit.status === "AVAILABLE" ? (
          <p>
            <Link className={buttonSecondary} href={`${base}/voorraad/${unit.id}/uitlenen`}>
              Uitlenen zonder reservering
            </Link>
          </p>
        ) : null}
        {unit.canEdit ? (
          <p>
            <Link className={buttonSecondary} href={`${base}/voorraad/${unit.id}/bewerken`}>
              Code of notities aanpassen
            </Link>
          </p>
        ) : null}
      </section>

      {unit.activeLoan && !unit.activeLoan.reservationId ? (
        <section aria-labelledby="terugnemen" className={`${card} space-y-3`}>
          <h2 id="terugnemen" className="text-xl font-bold">
            Terugnemen
          </h2>
          <TakeBackForm action={takeBackAction} centreSlug={unit.centre.slug} loanId={unit.activeLoan.id} cleaningDays={(await loadMunicipalitySettingsForCentre(unit.centre.slug)).cleaningDays} items={unit.product.checklist} />
        </section>
      ) : null}

      {unit.actions.length ? (
        <section aria-labelledby="doen" className="space-y-4">
          <h2 id="doen" className="text-2xl font-bold">
            Wat wilt u doen?
          </h2>
          {unit.actions.includes("finish_cleaning") ? (
            <div className={`${card} space-y-2`}>
              <h3 className="text-xl font-semibold">Schoonmaak</h3>
              <ActionForm
                action={finishCleaningAction}
                hidden={hidden}
                variant="primary"
                submitLabel="Schoonmaak klaar"
                description="Is het exemplaar schoon, compleet en getest? Dan kan het weer worden uitgeleend."
              />
            </div>
          ) : null}
          {unit.actions.includes("finish_repair") ? (
            <div className={`${card} space-y-2`}>
              <h3 className="text-xl font-semibold">Reparatie</h3>
              <ActionForm
                action={finishRepairAction}
                hidden={hidden}
                variant="primary"
                submitLabel="Reparatie klaar"
                description="Werkt het exemplaar weer goed? Dan kan het weer worden uitgeleend."
                note={{ label: "Wat is er gedaan?" }}
              />
            </div>
          ) : null}
          {unit.actions.includes("send_to_repair") ? (
            <div className={`${card} space-y-2`}>
              <h3 className="text-xl font-semibold">Naar reparatie</h3>
              <ActionForm
                action={sendToRepairAction}
                hidden={hidden}
                submitLabel="Naar reparatie"
                description="Zolang het in reparatie is, kan niemand het lenen."
                note={{ label: "Wat is er kapot?", required: true }}
                until={{ label: "Verwacht klaar op", min: today }}
              />
            </div>
          ) : null}
          {unit.actions.includes("retire") ? (
            <div className={`${card} space-y-2`}>
              <h3 className="text-xl font-semibold">Afschrijven</h3>
              <ActionForm
                action={retireUnitAction}
                hidden={hidden}
                variant="danger"
                submitLabel="Afschrijven"
                description="Versleten, kwijt of niet meer te maken? Schrijf het exemplaar dan af. De geschiedenis blijft bewaard."
                note={{ label: "Waarom?" }}
                confirmLabel="Ik weet het zeker: dit exemplaar wordt nooit meer uitgeleend."
              />
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="geschiedenis" className="space-y-3">
        <h2 id="geschiedenis" className="text-2xl font-bold">
          Geschiedenis
        </h2>
        <StackTable
          caption={`Geschiedenis van exemplaar ${unit.code}, nieuwste eerst`}
          columns={[
            { key: "at", label: "Wanneer" },
            { key: "what", label: "Wat" },
            { key: "status", label: "Status" },
            { key: "who", label: "Door" },
            { key: "note", label: "Notitie" },
          ]}
          rows={unit.history.map((e) => ({
            key: e.id,
            cells: {
              at: formatMoment(e.at),
              what: eventLabel(e.action),
              status: e.fromStatus && e.fromStatus !== e.toStatus ? `${UNIT_STATUS_LABELS[e.fromStatus]} → ${UNIT_STATUS_LABELS[e.toStatus]}` : UNIT_STATUS_LABELS[e.toStatus],
              who: e.actorName ?? "automatisch",
              note: e.note,
            },
          }))}
        />
      </section>
    </div>
  );
}
