import type { Metadata } from "next";
import Link from "next/link";
import { capitalDayLabel } from "@/components/desk/day-label";
import { DoneNotice } from "@/components/desk/done-notice";
import { StatusBadge } from "@/components/desk/status-badge";
import { buttonPrimary, card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { listUnits, type StockUnit } from "@/lib/server/desk/list-units";
import { formatDayShort, isoDateInAmsterdam } from "@/lib/util/dates";
import { orNotFound } from "../../_lib/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Voorraad" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function UnitList({ units, base, today }: { units: StockUnit[]; base: string; today: string }) {
  return (
    <ul className="divide-y divide-gray-200">
      {units.map((u) => (
        <li key={u.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-1">
          <Link className={`${link} inline-flex min-h-11 items-center break-all`} href={`${base}/voorraad/${u.id}`}>
            {u.code}
          </Link>
          <StatusBadge status={u.status} />
          {u.untilDay && (u.status === "CLEANING" || u.status === "REPAIR") ? <span className="text-base text-muted">verwacht klaar: {capitalDayLabel(u.untilDay, today).toLowerCase()}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function StockPage({ params, searchParams }: Props) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug } = await params;
  const { gedaan } = await searchParams;
  const stock = await orNotFound(listUnits({ actor, centreSlug }));
  const base = `/balie/${stock.centre.slug}`;
  const today = isoDateInAmsterdam();
  const total = stock.products.reduce((n, p) => n + p.units.length, 0);
  const available = stock.products.reduce((n, p) => n + p.available, 0);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Voorraad {stock.centre.name}</h1>
      <DoneNotice done={gedaan} />
      <p className="max-w-prose text-lg">
        {total} exemplaren van {stock.products.length} hulpmiddelen. Nu beschikbaar: {available}. Het aantal &quot;nu beschikbaar&quot; is hetzelfde als inwoners in hun advies zien.
      </p>
      <p>
        <Link className={buttonPrimary} href={`${base}/voorraad/nieuw`}>
          Exemplaar toevoegen
        </Link>
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {stock.products.map((p) => (
          <section key={p.productId} aria-labelledby={`product-${p.productId}`} className={card}>
            <h2 id={`product-${p.productId}`} className="text-xl font-bold">
              {p.productName}
            </h2>
            <p className="text-base">
              <span className="font-semibold" data-availability>
                nu beschikbaar: {p.available}
              </span>
              {p.available === 0 && p.nextAvailableDate ? <span className="text-muted"> (verwacht weer vanaf {formatDayShort(p.nextAvailableDate)})</span> : null}
            </p>
            <UnitList units={p.units} base={base} today={today} />
          </section>
        ))}
      </div>
      {stock.retired.length ? (
        <section aria-labelledby="afgeschreven" className="space-y-2">
          <h2 id="afgeschreven" className="text-2xl font-bold">
            Afgeschreven
          </h2>
          <p className="max-w-prose text-base">Deze exemplaren worden niet meer uitgeleend. Hun geschiedenis blijft bewaard.</p>
          <ul className="divide-y divide-gray-200">
            {stock.retired.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-x-4 py-1">
                <Link className={`${link} inline-flex min-h-11 items-center break-all`} href={`${base}/voorraad/${u.id}`}>
                  {u.code}
                </Link>
                <span>{u.productName}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
