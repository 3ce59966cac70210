import type { Metadata } from "next";
import Link from "next/link";
import { listCentres } from "@/lib/server/public/list-centres";
import { OpeningHours } from "@/components/lending/opening-hours";

export const metadata: Metadata = { title: "Uitleenpunten" };
export const dynamic = "force-dynamic";

export default async function CentresPage() {
  const centres = await listCentres();
  const municipalities = [...new Map(centres.map((c) => [c.municipality.slug, c.municipality.name])).entries()];
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Uitleenpunten</h1>
      <p className="max-w-prose text-lg">Bij een uitleenpunt leent u een hulpmiddel en probeert u het thuis uit. Kom langs tijdens de openingstijden.</p>
      {municipalities.map(([slug, name]) => (
        <section key={slug} aria-labelledby={`gemeente-${slug}`} className="space-y-4">
          <h2 id={`gemeente-${slug}`} className="text-2xl font-bold">
            {name}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {centres
              .filter((c) => c.municipality.slug === slug)
              .map((c) => (
                <li key={c.slug} className="rounded-xl border border-gray-300 bg-white p-5">
                  <h3 className="text-xl font-bold">
                    <Link className="text-brand-800 underline" href={`/uitleenpunten/${c.slug}`}>
                      {c.name}
                    </Link>
                  </h3>
                  <p className="mt-1">
                    {c.street}, {c.postcode} {c.city} ({c.district})
                  </p>
                  <div className="mt-3">
                    <OpeningHours hours={c.hours} />
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
