import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/desk/action-form";
import { capitalDayLabel } from "@/components/desk/day-label";
import { DoneNotice } from "@/components/desk/done-notice";
import { HandOverForm } from "@/components/desk/hand-over-form";
import { StatusBadge } from "@/components/desk/status-badge";
import { TakeBackForm } from "@/components/desk/take-back-form";
import { card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { loadMunicipalitySettingsForCentre } from "@/lib/server/municipalities/settings";
import { getReservation } from "@/lib/server/desk/get-reservation";
import { formatCode } from "@/lib/util/codes";
import { holdUntilText } from "@/lib/server/lending/calendar";
import { capitalize } from "@/app/reserveren/_components/format";
import { formatDayLong, formatMoment, isoDateInAmsterdam } from "@/lib/util/dates";
import { cancelReservationAction, confirmReservationAction, extendLoanAction, handOverAction, takeBackAction } from "../../../actions";
import { orNotFound } from "../../../_lib/or-not-found";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reservering" };

type Props = { params: Promise<{ centre: string; reservationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const CHECKOUT_TEXT: Record<string, string> = { complete: "Compleet", explained: "Uitleg gegeven", idChecked: "Legitimatie gezien" };
const CHECKIN_TEXT: Record<string, string> = { complete: "Compleet terug", needsCleaning: "Schoonmaken nodig", damage: "Schade" };

/** A stored checklist: the product's points (items: [{ text, ok }]) and the general points (older loans: only those). */
function Checklist({ title, items, texts }: { title: string; items: Record<string, unknown>; texts: Record<string, string> }) {
  const points = Array.isArray(items.items)
    ? (items.items as unknown[]).filter((p): p is { text: string; ok: boolean } => !!p && typeof (p as { text?: unknown }).text === "string")
    : [];
  return (
    <div>
      <h3 className="text-lg font-semibold">{title}</h3>
      <ul className="list-disc pl-6">
        {points.map((p) => (
          <li key={p.text}>
            {p.text}: {p.ok ? "ja" : "nee"}
          </li>
        ))}
        {Object.entries(texts)
          .filter(([key]) => typeof items[key] === "boolean")
          .map(([key, text]) => (
            <li key={key}>
              {text}: {items[key] === true ? "ja" : "nee"}
            </li>
          ))}
        {typeof items.note === "string" && items.note ? <li>Notitie: {items.note}</li> : null}
      </ul>
    </div>
  );
}

export default async function ReservationPage({ params, searchParams }: Props) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug, reservationId } = await params;
  const { gedaan } = await searchParams;
  const r = await orNotFound(getReservation({ actor, reservationId }));
  if (r.centre.slug !== centreSlug) notFound();
  const base = `/balie/${r.centre.slug}`;
  const today = isoDateInAmsterdam();
  const hidden = { centreSlug: r.centre.slug, reservationId: r.id };
  const loan = r.loan;

  return (
    <div className="space-y-8">
      <BackLink href={base}>Terug naar vandaag</BackLink>
      <h1 className="text-3xl font-bold">Reservering {formatCode(r.reference)}</h1>
      <DoneNotice done={gedaan} />

      <section aria-labelledby="gegevens" className={`${card} space-y-3`}>
        <h2 id="gegevens" className="text-xl font-bold">
          Gegevens
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Stand</dt>
          <dd>{r.residentStatus.label}</dd>
          <dt className="font-semibold">De inwoner ziet</dt>
          <dd>{r.residentStatus.text}</dd>
          <dt className="font-semibold">Hulpmiddel</dt>
          <dd>{r.product.name}</dd>
          <dt className="font-semibold">Exemplaar</dt>
          <dd className="flex flex-wrap items-center gap-3">
            <Link className={`${link} inline-flex min-h-11 items-center break-all`} href={`${base}/voorraad/${r.unit.id}`}>
              {r.unit.code}
            </Link>
            <StatusBadge status={r.unit.status} />
          </dd>
          <dt className="font-semibold">Ophaaldag</dt>
          <dd>{capitalDayLabel(r.pickupDay, today)}</dd>
          {r.status === "RESERVED" ? (
            <>
              <dt className="font-semibold">Laatste moment van ophalen</dt>
              <dd>{capitalize(holdUntilText(r.holdUntil))}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Naam</dt>
          <dd>{r.resident.name}</dd>
          <dt className="font-semibold">Telefoon</dt>
          <dd>{r.resident.phone ?? "niet opgegeven"}</dd>
          <dt className="font-semibold">E-mail</dt>
          <dd className="break-all">{r.resident.email ?? "niet opgegeven"}</dd>
          <dt className="font-semibold">Bevestigd</dt>
          <dd>{r.confirmedAt ? formatMoment(r.confirmedAt) : "nee"}</dd>
        </dl>
      </section>

      {r.status === "RESERVED" ? (
        <>
          <section aria-labelledby="meegeven" className={`${card} space-y-3`}>
            <h2 id="meegeven" className="text-xl font-bold">
              Meegeven
            </h2>
            <p className="max-w-prose text-base">
              De uitleen duurt {r.product.loanPeriodDays} dagen vanaf vandaag. Loop de checklist samen met de inwoner door.
            </p>
            <HandOverForm action={handOverAction} centreSlug={r.centre.slug} reservationId={r.id} items={r.product.checklist} />
          </section>
          {!r.confirmedAt ? (
            <section aria-labelledby="bevestigen" className={`${card} space-y-3`}>
              <h2 id="bevestigen" className="text-xl font-bold">
                Bevestigen
              </h2>
              <ActionForm action={confirmReservationAction} hidden={hidden} submitLabel="Reservering bevestigen" description="Ligt het exemplaar klaar om op te halen? Bevestig dan de reservering." />
            </section>
          ) : null}
          <section aria-labelledby="annuleren" className={`${card} space-y-3`}>
            <h2 id="annuleren" className="text-xl font-bold">
              Annuleren
            </h2>
            <ActionForm
              action={cancelReservationAction}
              hidden={hidden}
              variant="danger"
              submitLabel="Reservering annuleren"
              description="Komt de inwoner niet, of wil hij of zij het niet meer? Dan komt het exemplaar weer vrij, of het gaat naar de eerste op de wachtlijst."
              confirmLabel="Ja, annuleer deze reservering."
            />
          </section>
        </>
      ) : null}

      {loan ? (
        <section aria-labelledby="uitleen" className={`${card} space-y-4`}>
          <h2 id="uitleen" className="text-xl font-bold">
            Uitleen
          </h2>
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Meegegeven</dt>
            <dd>{formatMoment(loan.startedAt)}</dd>
            <dt className="font-semibold">Terug op</dt>
            <dd>
              {capitalDayLabel(loan.dueDay, today)}
              {loan.overdue ? <strong className="text-bad-700"> (te laat)</strong> : null}
            </dd>
            <dt className="font-semibold">Verlengd</dt>
            <dd>{loan.extensions === 0 ? "nee" : `${loan.extensions} keer`}</dd>
            {loan.returnedAt ? (
              <>
                <dt className="font-semibold">Teruggebracht</dt>
                <dd>{formatMoment(loan.returnedAt)}</dd>
              </>
            ) : null}
          </dl>
          {loan.checkout ? <Checklist title="Checklist bij meegeven" items={loan.checkout} texts={CHECKOUT_TEXT} /> : null}
          {loan.checkin ? <Checklist title="Checklist bij terugnemen" items={loan.checkin} texts={CHECKIN_TEXT} /> : null}
          {loan.status === "ACTIVE" ? (
            <>
              <div className="space-y-3 border-t border-gray-300 pt-4">
                <h3 className="text-lg font-semibold">Terugnemen</h3>
                <TakeBackForm action={takeBackAction} centreSlug={r.centre.slug} loanId={loan.id} cleaningDays={(await loadMunicipalitySettingsForCentre(r.centre.slug)).cleaningDays} items={r.product.checklist} />
              </div>
              <div className="space-y-3 border-t border-gray-300 pt-4">
                <h3 className="text-lg font-semibold">Verlengen</h3>
                {loan.extension.allowed ? (
                  <ActionForm
                    action={extendLoanAction}
                    hidden={{ ...hidden, loanId: loan.id }}
                    submitLabel="Uitleen verlengen"
                    description={`Na verlengen moet het hulpmiddel terug op ${formatDayLong(loan.extension.newDueDay)}. ${
                      loan.extension.extensionsLeftAfter === 0 ? "Daarna kan het niet nog eens verlengd worden." : `Daarna kan het nog ${loan.extension.extensionsLeftAfter} keer verlengd worden.`
                    }`}
                  />
                ) : (
                  <p className="max-w-prose rounded-lg border-2 border-gray-400 bg-gray-50 p-3 text-base" id="verlengen-kan-niet">
                    <strong>Verlengen kan niet.</strong> {loan.extension.message}
                  </p>
                )}
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
