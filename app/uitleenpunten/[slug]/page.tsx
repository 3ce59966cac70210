import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCentreBySlug } from "@/lib/server/public/list-centres";
import { OpeningHours } from "@/components/lending/opening-hours";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const centre = await getCentreBySlug((await params).slug);
  return { title: centre?.name ?? (await getTranslations("reservation.centres"))("centreFallback") };
}

export default async function CentrePage({ params }: Props) {
  const centre = await getCentreBySlug((await params).slug);
  if (!centre) notFound();
  const t = await getTranslations("reservation");
  return (
    <div className="space-y-6">
      <p className="no-print">
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/uitleenpunten">
          {t("centres.allCentres")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{centre.name}</h1>
      <p className="max-w-prose text-lg">{centre.description}</p>
      <section aria-labelledby="adres" className="space-y-1">
        <h2 id="adres" className="text-xl font-bold">
          {t("centres.addressTitle")}
        </h2>
        <p>
          {centre.street}
          <br />
          {centre.postcode} {centre.city}
          <br />
          <bdi>{t("centres.district", { district: centre.district })}</bdi>
        </p>
        <p>
          {t("centres.phone")}{" "}
          <a dir="ltr" className="text-brand-800 underline" href={`tel:${centre.phone.replaceAll(" ", "")}`}>
            {centre.phone}
          </a>
          <br />
          {t("centres.email")}{" "}
          <a dir="ltr" className="text-brand-800 underline" href={`mailto:${centre.email}`}>
            {centre.email}
          </a>
        </p>
      </section>
      <section aria-labelledby="open" className="space-y-2">
        <h2 id="open" className="text-xl font-bold">
          {t("openingHours")}
        </h2>
        <OpeningHours hours={centre.hours} />
      </section>
      <section aria-labelledby="meenemen" className="space-y-2">
        <h2 id="meenemen" className="text-xl font-bold">
          {t("centres.bringTitle")}
        </h2>
        <ul className="list-disc ps-6">
          <li>{t("bring.id")}</li>
          <li>{t("bring.codeIfReserved")}</li>
          <li>{t("bring.bag")}</li>
        </ul>
      </section>
    </div>
  );
}
