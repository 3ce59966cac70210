import type { Metadata } from "next";
import Link from "next/link";
import { redirect, notFound } from "next/navigation";
import { buttonDanger, card, link } from "@/components/ui/styles";
import { WHAT_TO_BRING } from "@/lib/server/lending/consent-text";
import { findReference } from "@/lib/server/lending/find-reference";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { formatCode } from "@/lib/util/codes";
import { capitalize, holdUntilText, loanPeriodText } from "../../reserveren/_components/format";
import { formatDayLong, isoDateInAmsterdam } from "@/lib/util/dates";
import { betweenTimes } from "@/lib/util/opening-times";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Uw reservering", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReservationPage({ params, searchParams }: Props) {
  const { reference } = await params;
  const query = await searchParams;
  const reservation = await lookupByCode(() => getReservationByReference({ reference }), { mode: "page" });
  if (!reservation) {
    const other = await findReference({ code: reference });
    if (other?.kind === "waitlist") redirect(`/wachtlijst/${other.reference}`);
    notFound();
  }
  const r = reservation;

  return (
    <div className="space-y-8">
      {query.nieuw === "1" && r.status === "RESERVED" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">Gelukt! U hebt gereserveerd.</p>
          <p>Schrijf uw code op, of bewaar de bevestiging die wij u sturen.</p>
        </div>
      ) : null}
      {query.geannuleerd === "1" && r.status === "CANCELLED" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">Uw reservering is geannuleerd.</p>
          <p>Iemand anders kan het hulpmiddel nu lenen.</p>
        </div>
      ) : null}

      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Uw reservering</h1>
        <p className="text-lg">
          Uw code: <strong className="font-mono text-2xl tracking-widest">{formatCode(r.reference)}</strong>
        </p>
      </div>

      <section aria-labelledby="gegevens" className={`${card} space-y-4`}>
        <h2 id="gegevens" className="text-xl font-bold">
          {r.product.name}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-lg sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd>{r.residentStatus.text}</dd>
          <dt className="font-semibold">Uitleenpunt</dt>
          <dd>
            {r.centre.name}
            <br />
            {r.centre.street}, {r.centre.postcode} {r.centre.city}
            <br />
            Telefoon: {r.centre.phone}
          </dd>
          {r.residentStatus.state === "reserved" ? (
            <>
              <dt className="font-semibold">Ophalen</dt>
              <dd>
                {capitalize(formatDayLong(r.pickupDate))}, {betweenTimes(r.pickupSlots)}
              </dd>
              <dt className="font-semibold">Ligt klaar</dt>
              <dd>
                {capitalize(holdUntilText(r.holdUntil))}. Komt u niet op tijd, dan vervalt de reservering.
              </dd>
              <dt className="font-semibold">Lenen</dt>
              <dd>U mag het hulpmiddel {loanPeriodText(r.product.loanPeriodDays)} lenen.</dd>
            </>
          ) : null}
          {r.loan ? (
            <>
              <dt className="font-semibold">{r.loan.returned ? "Teruggebracht" : "Terugbrengen"}</dt>
              <dd>{r.loan.returned ? "Ja, dank u wel." : `Uiterlijk ${formatDayLong(isoDateInAmsterdam(r.loan.dueAt))}.`}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Naam</dt>
          <dd>{r.name}</dd>
          {r.contact ? (
            <>
              <dt className="font-semibold">Berichten naar</dt>
              <dd>{r.contact}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {r.residentStatus.state === "reserved" ? (
        <section aria-labelledby="meenemen" className="space-y-2">
          <h2 id="meenemen" className="text-xl font-bold">
            Wat neemt u mee?
          </h2>
          <ul className="list-disc space-y-1 pl-6 text-lg">
            {WHAT_TO_BRING.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="text-lg">Grote hulpmiddelen? Neem een tas mee, of iemand die helpt dragen.</p>
        </section>
      ) : null}

      {r.canCancel ? (
        <section aria-labelledby="annuleren" className="space-y-3">
          <h2 id="annuleren" className="text-xl font-bold">
            Kunt u niet komen?
          </h2>
          <p className="text-lg">Annuleer dan de reservering. Dan kan iemand anders het hulpmiddel lenen.</p>
          <Link href={`/reservering/${r.reference}/annuleren`} className={buttonDanger}>
            Reservering annuleren
          </Link>
        </section>
      ) : null}

      <p>
        <Link className={`${link} inline-flex min-h-11 items-center`} href={`/uitleenpunten/${r.centre.slug}`}>
          Openingstijden van {r.centre.name}
        </Link>
      </p>
    </div>
  );
}
