import type { Metadata } from "next";
import Link from "next/link";
import { capitalDayLabel } from "@/components/desk/day-label";
import { CodeLookupForm } from "@/components/desk/code-lookup-form";
import { DoneNotice } from "@/components/desk/done-notice";
import { StackTable } from "@/components/desk/stack-table";
import { StatusBadge } from "@/components/desk/status-badge";
import { link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getDeskToday, UPCOMING_PICKUP_DAYS, type DeskLoan } from "@/lib/server/desk/get-desk-today";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong, formatDayShort, formatMoment } from "@/lib/util/dates";
import { findCodeAction } from "../actions";
import { orNotFound } from "../_lib/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Balie vandaag" };

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg border border-dashed border-gray-400 p-3 text-base text-muted">{children}</p>;
}

export default async function DeskTodayPage({ params, searchParams }: Props) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug } = await params;
  const { gedaan } = await searchParams;
  const desk = await orNotFound(getDeskToday({ actor, centreSlug }));
  const { today } = desk;
  const base = `/balie/${desk.centre.slug}`;
  const reservationLink = (id: string, reference: string) => (
    <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/reserveringen/${id}`}>
      {formatCode(reference)}
    </Link>
  );
  const unitLink = (id: string, code: string) => (
    <Link className={`${link} inline-flex min-h-11 items-center break-all`} href={`${base}/voorraad/${id}`}>
      {code}
    </Link>
  );
  const loanRows = (loans: DeskLoan[]) =>
    loans.map((l) => ({
      key: l.loanId,
      cells: {
        due: capitalDayLabel(l.dueDay, today),
        reservation: l.reservationId && l.reference ? reservationLink(l.reservationId, l.reference) : "geen",
        product: l.productName,
        unit: unitLink(l.unitId, l.unitCode),
        name: l.residentName ?? "onbekend",
      },
    }));
  const pickupsToday = desk.pickups.filter((p) => p.pickupDay <= today);
  const pickupsLater = desk.pickups.filter((p) => p.pickupDay > today);
  const pickupColumns = [
    { key: "day", label: "Ophaaldag" },
    { key: "reservation", label: "Reservering" },
    { key: "product", label: "Hulpmiddel" },
    { key: "unit", label: "Exemplaar" },
    { key: "name", label: "Naam" },
    { key: "confirmed", label: "Bevestigd" },
  ];
  const pickupRows = (list: typeof desk.pickups) =>
    list.map((p) => ({
      key: p.reservationId,
      cells: {
        day: p.late ? `${capitalDayLabel(p.pickupDay, today)} (te laat)` : capitalDayLabel(p.pickupDay, today),
        reservation: reservationLink(p.reservationId, p.reference),
        product: p.productName,
        unit: unitLink(p.unitId, p.unitCode),
        name: p.residentName,
        confirmed: p.confirmed ? "Ja" : "Nee",
      },
    }));
  const loanColumns = (dueLabel: string) => [
    { key: "due", label: dueLabel },
    { key: "reservation", label: "Reservering" },
    { key: "product", label: "Hulpmiddel" },
    { key: "unit", label: "Exemplaar" },
    { key: "name", label: "Naam" },
  ];
  const summary = [
    { href: "#ophalen", label: "Vandaag ophalen", count: pickupsToday.length },
    { href: "#terugbrengen", label: "Terugbrengen (vandaag en de komende dagen)", count: desk.returnsDue.length },
    { href: "#te-laat", label: "Te laat terug", count: desk.overdue.length },
    { href: "#buiten-gebruik", label: "In schoonmaak of reparatie", count: desk.outOfService.length },
    { href: "#wachtlijst", label: "Op de wachtlijst", count: desk.waitlist.length },
  ];

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Balie {desk.centre.name}</h1>
        <p className="text-lg">Vandaag is het {formatDayLong(today)}.</p>
      </div>
      <DoneNotice done={gedaan} />

      <section aria-labelledby="code-zoeken" className="space-y-3 rounded-xl border border-gray-300 bg-white p-4">
        <h2 id="code-zoeken" className="text-xl font-bold">
          Code zoeken
        </h2>
        <CodeLookupForm action={findCodeAction} centreSlug={desk.centre.slug} />
        <p>
          Komt iemand zonder reservering?{" "}
          <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/uitlenen`}>
            Uitlenen zonder reservering
          </Link>
        </p>
      </section>

      <nav aria-label="Overzicht van vandaag">
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {summary.map((s) => (
            <li key={s.href}>
              <a href={s.href} className="flex min-h-11 items-center justify-between gap-3 rounded-lg border border-gray-300 bg-white px-3 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-50">
                <span>{s.label}</span>
                <span className="rounded-full bg-brand-700 px-2.5 py-0.5 text-white">{s.count}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="ophalen" className="space-y-3">
        <h2 id="ophalen" className="text-2xl font-bold">
          Ophalen
        </h2>
        <h3 className="text-xl font-semibold">Vandaag (en te laat)</h3>
        {pickupsToday.length ? (
          <StackTable caption="Vandaag ophalen" columns={pickupColumns} rows={pickupRows(pickupsToday)} />
        ) : (
          <Empty>Vandaag komt niemand iets ophalen.</Empty>
        )}
        <h3 className="text-xl font-semibold">De komende {UPCOMING_PICKUP_DAYS} dagen</h3>
        {pickupsLater.length ? (
          <StackTable caption={`Ophalen in de komende ${UPCOMING_PICKUP_DAYS} dagen`} columns={pickupColumns} rows={pickupRows(pickupsLater)} />
        ) : (
          <Empty>Er zijn geen reserveringen voor de komende dagen.</Empty>
        )}
      </section>

      <section aria-labelledby="terugbrengen" className="space-y-3">
        <h2 id="terugbrengen" className="text-2xl font-bold">
          Terugbrengen
        </h2>
        {desk.returnsDue.length ? (
          <StackTable caption="Terugbrengen vandaag en de komende dagen" columns={loanColumns("Terug op")} rows={loanRows(desk.returnsDue)} />
        ) : (
          <Empty>Vandaag en de komende dagen hoeft niets terug te komen.</Empty>
        )}
      </section>

      <section aria-labelledby="te-laat" className="space-y-3">
        <h2 id="te-laat" className="text-2xl font-bold">
          Te laat terug
        </h2>
        {desk.overdue.length ? (
          <StackTable caption="Te laat terug" columns={loanColumns("Had terug moeten zijn")} rows={loanRows(desk.overdue)} />
        ) : (
          <Empty>Niets is te laat. Mooi!</Empty>
        )}
      </section>

      <section aria-labelledby="buiten-gebruik" className="space-y-3">
        <h2 id="buiten-gebruik" className="text-2xl font-bold">
          In schoonmaak of reparatie
        </h2>
        <p className="max-w-prose text-base">Zo lang een exemplaar in de schoonmaak of reparatie is, kan niemand het lenen. Klaar? Open het exemplaar en zet het terug.</p>
        {desk.outOfService.length ? (
          <StackTable
            caption="In schoonmaak of reparatie"
            columns={[
              { key: "unit", label: "Exemplaar" },
              { key: "product", label: "Hulpmiddel" },
              { key: "status", label: "Status" },
              { key: "until", label: "Verwacht klaar" },
            ]}
            rows={desk.outOfService.map((u) => ({
              key: u.unitId,
              cells: {
                unit: unitLink(u.unitId, u.code),
                product: u.productName,
                status: <StatusBadge status={u.status} />,
                until: u.untilDay ? `${capitalDayLabel(u.untilDay, today)}${u.late ? " (later dan verwacht)" : ""}` : "onbekend",
              },
            }))}
          />
        ) : (
          <Empty>Alle exemplaren zijn schoon en heel.</Empty>
        )}
      </section>

      <section aria-labelledby="wachtlijst" className="space-y-3">
        <h2 id="wachtlijst" className="text-2xl font-bold">
          Wachtlijst
        </h2>
        {desk.waitlist.length ? (
          <StackTable
            caption="Wachtlijst"
            columns={[
              { key: "since", label: "Sinds" },
              { key: "reference", label: "Code" },
              { key: "product", label: "Hulpmiddel" },
              { key: "name", label: "Naam" },
              { key: "status", label: "Stand" },
            ]}
            rows={desk.waitlist.map((w) => ({
              key: w.id,
              cells: {
                since: formatDayShort(w.sinceDay),
                reference: formatCode(w.reference),
                product: w.productName,
                name: w.residentName,
                status: w.status === "OFFERED" ? `Aangeboden${w.offerExpiresAt ? `, reageren kan tot ${formatMoment(w.offerExpiresAt)}` : ""}` : "Wacht",
              },
            }))}
          />
        ) : (
          <Empty>Niemand staat op de wachtlijst.</Empty>
        )}
      </section>

      <section aria-labelledby="beschikbaar" className="space-y-3">
        <h2 id="beschikbaar" className="text-2xl font-bold">
          Nu beschikbaar
        </h2>
        <p className="max-w-prose text-base">Dit zijn dezelfde aantallen als inwoners in hun advies zien.</p>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {desk.availability.map((a) => (
            <li key={a.productId} className="border-b border-gray-200 py-1">
              <span className="font-semibold">{a.productName}</span>: nu beschikbaar: {a.available}
              {a.available === 0 && a.nextAvailableDate ? <span className="text-muted"> (verwacht weer vanaf {formatDayShort(a.nextAvailableDate)})</span> : null}
            </li>
          ))}
        </ul>
        <p>
          <Link className={`${link} inline-flex min-h-11 items-center`} href={`${base}/voorraad`}>
            Naar de voorraad
          </Link>
        </p>
      </section>
    </div>
  );
}
