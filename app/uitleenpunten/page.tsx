import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NearestForm } from "@/components/lending/nearest-form";
import { OpeningHours } from "@/components/lending/opening-hours";
import { link } from "@/components/ui/styles";
import { INTL_TAGS, type Locale } from "@/lib/i18n/config";
import { isolate } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";
import { byDutchName, distanceKm, PC4_ATTRIBUTION, sortByNearest } from "@/lib/geo/postcode";
import { pc4ParamSchema } from "@/lib/schemas/nearest";
import { listCentres, type PublicCentre } from "@/lib/server/public/list-centres";
import { sortCentresByPostcode } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservation.centres"))("metaTitle") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type T = Awaited<ReturnType<typeof getTranslations<"reservation.centres">>>;

function CentreCard({ centre, distance, showMunicipality, t, locale }: { centre: PublicCentre; distance?: number | null; showMunicipality?: boolean; t: T; locale: Locale }) {
  const km = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1, numberingSystem: "latn" });
  return (
    <li className="rounded-xl border border-gray-300 bg-white p-5">
      <h3 className="text-xl font-bold">
        <Link className="text-brand-800 underline" href={`/uitleenpunten/${centre.slug}`}>
          {centre.name}
        </Link>
      </h3>
      {distance !== undefined ? (
        <p className="mt-1 font-semibold">{distance === null ? t("distanceUnknown") : t("distance", { km: km.format(distance) })}</p>
      ) : null}
      <p className="mt-1">
        {centre.street}, {centre.postcode} {centre.city} ({centre.district}){showMunicipality ? `, ${t("municipality", { name: isolate(centre.municipality.name, locale) })}` : ""}
      </p>
      <div className="mt-3">
        <OpeningHours hours={centre.hours} />
      </div>
    </li>
  );
}

/**
 * Every lending centre with its address and opening hours. By name (Dutch order: "iZi" sorts with the i), grouped
 * per municipality; or, after the resident gave a postcode, nearest first. Only the 4 digits of the postcode area are
 * in the address (?pc4=2514): the full postcode is posted, never put in a URL.
 */
export default async function CentresPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = Array.isArray(params.pc4) ? params.pc4[0] : params.pc4;
  const parsedPc4 = pc4ParamSchema.safeParse(raw ?? "");
  const pc4 = parsedPc4.success ? parsedPc4.data : null;
  const centres = await listCentres();
  const locale = await getRequestLocale();
  const t = await getTranslations("reservation.centres");

  let list: React.ReactNode;
  if (pc4) {
    const nearest = sortByNearest(centres, pc4);
    const anyKnown = nearest.some((c) => distanceKm(pc4, c.postcode) !== null);
    list = (
      <section aria-labelledby="dichtbij" className="space-y-4">
        <h2 id="dichtbij" className="text-2xl font-bold">
          {t("near", { pc4: isolate(pc4, locale) })}
        </h2>
        {anyKnown ? null : <p>{t("unknownArea", { pc4: isolate(pc4, locale) })}</p>}
        <ol className="grid gap-4 md:grid-cols-2">
          {nearest.map((c) => (
            <CentreCard key={c.slug} centre={c} distance={distanceKm(pc4, c.postcode)} showMunicipality t={t} locale={locale} />
          ))}
        </ol>
        <p className="text-base">
          <Link className={link} href="/uitleenpunten">
            {t("showAll")}
          </Link>
        </p>
        <p className="text-sm text-muted">{PC4_ATTRIBUTION}</p>
      </section>
    );
  } else {
    const municipalities = [...new Map(centres.map((c) => [c.municipality.slug, c.municipality.name])).entries()].sort((a, b) => byDutchName.compare(a[1], b[1]));
    list = municipalities.map(([slug, name]) => (
      <section key={slug} aria-labelledby={`gemeente-${slug}`} className="space-y-4">
        <h2 id={`gemeente-${slug}`} className="text-2xl font-bold">
          {name}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {sortByNearest(
            centres.filter((c) => c.municipality.slug === slug),
            null,
          ).map((c) => (
            <CentreCard key={c.slug} centre={c} t={t} locale={locale} />
          ))}
        </ul>
      </section>
    ));
  }

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("lead")}</p>
      <NearestForm action={sortCentresByPostcode} pc4={pc4} texts={{ label: t("postcodeLabel"), hint: t("postcodeHint"), search: t("search") }} />
      {list}
    </div>
  );
}
