import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { card } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getDeskToday } from "@/lib/server/desk/get-desk-today";
import { listMyCentres } from "@/lib/server/desk/list-my-centres";
import { formatDayLong, isoDateInAmsterdam } from "@/lib/util/dates";
import { orNotFound } from "./_lib/or-not-found";

export const metadata: Metadata = { title: "Balie" };
export const dynamic = "force-dynamic";

/**
 * The desk's start: staff of one centre go straight to its desk; staff of several centres see today per centre
 * and choose (the centre is a path segment: /balie/<centre>).
 */
export default async function DeskStartPage() {
  const actor = await requireRole("CENTRE_STAFF");
  const centres = await orNotFound(listMyCentres({ actor }));
  if (centres.length === 1) redirect(`/balie/${centres[0]?.slug}`);
  const days = await Promise.all(centres.map((c) => getDeskToday({ actor, centreSlug: c.slug })));
  const today = isoDateInAmsterdam();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Balie</h1>
      <p className="text-lg">
        Vandaag is het {formatDayLong(today)}. U werkt bij {centres.length} uitleenpunten. Kies het uitleenpunt waar u nu bent.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {days.map((d) => {
          const pickupsToday = d.pickups.filter((p) => p.pickupDay <= d.today).length;
          const returnsToday = d.returnsDue.filter((l) => l.dueDay === d.today).length;
          return (
            <li key={d.centre.id} className={card}>
              <h2 className="text-xl font-bold">
                <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href={`/balie/${d.centre.slug}`}>
                  {d.centre.name}
                </Link>
              </h2>
              <ul className="mt-2 space-y-1 text-base">
                <li>Vandaag ophalen: {pickupsToday}</li>
                <li>Vandaag terugbrengen: {returnsToday}</li>
                <li>Te laat terug: {d.overdue.length}</li>
                <li>In schoonmaak of reparatie: {d.outOfService.length}</li>
                <li>Op de wachtlijst: {d.waitlist.length}</li>
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
