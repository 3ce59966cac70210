import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonPrimary, card, link } from "@/components/ui/styles";
import { isolate, moment } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";
import { loadMunicipalitySettingsForCentre } from "@/lib/server/municipalities/settings";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";
import { formatCode } from "@/lib/util/codes";
import { formTexts, pickupDayOptions } from "../../reserveren/_components/texts";
import { acceptOfferAction } from "../actions";
import { AcceptForm } from "./accept-form";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waitlist"))("metaTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WaitlistPage({ params, searchParams }: Props) {
  const { reference } = await params;
  const query = await searchParams;
  const entry = await lookupByCode(() => getWaitlistEntryByReference({ reference }), { mode: "page" });
  if (!entry) {
    notFound();
  }
  const e = entry;
  const hours = (await loadMunicipalitySettingsForCentre(e.centre.slug)).waitlistOfferHours;
  const openOffer = e.status === "OFFERED" && e.offer && !e.offer.expired ? e.offer : null;
  const locale = await getRequestLocale();
  const t = await getTranslations("waitlist");
  const v = (value: string) => isolate(value, locale);

  let body: React.ReactNode;
  if (openOffer) {
    const texts = await formTexts(locale);
    body = (
      <section aria-labelledby="aanbod" className="space-y-6">
        <div className="space-y-2 rounded-xl border-2 border-good-700 bg-good-50 p-4">
          <h2 id="aanbod" className="text-2xl font-bold">
            {t("offerTitle", { product: v(e.product.name) })}
          </h2>
          <p className="text-lg">{t.rich("offerHeld", { until: moment(openOffer.expiresAt, locale), strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <p className="text-lg">{t("offerHow")}</p>
        </div>
        <AcceptForm action={acceptOfferAction.bind(null, e.reference)} pickupDays={pickupDayOptions(openOffer.pickupDays, locale)} texts={texts} accept={t("accept")} />
      </section>
    );
  } else if (e.status === "WAITING") {
    const position = e.position ?? 1;
    body = (
      <section aria-labelledby="plek" className={`${card} space-y-3`}>
        <h2 id="plek" className="text-2xl font-bold">
          {t("positionTitle", { position })}
        </h2>
        <p className="text-lg">
          {position === 1 ? t("youAreNext") : t("peopleBefore", { count: position - 1 })} {t("offerRule", { product: v(e.product.name), centre: v(e.centre.name), hours })}
        </p>
        {e.contact ? (
          <p className="text-lg" dir="auto">
            {t("messageTo", { contact: v(e.contact) })}
          </p>
        ) : null}
      </section>
    );
  } else if (e.status === "ACCEPTED") {
    body = (
      <section aria-labelledby="gelukt" className={`${card} space-y-3`}>
        <h2 id="gelukt" className="text-2xl font-bold">
          {t("acceptedTitle")}
        </h2>
        <p className="text-lg">{t("acceptedText")}</p>
        {e.reservationReference ? (
          <Link href={`/reservering/${e.reservationReference}`} className={buttonPrimary}>
            {t("seeReservation")}
          </Link>
        ) : null}
      </section>
    );
  } else {
    body = (
      <section aria-labelledby="afgelopen" className={`${card} space-y-3`}>
        <h2 id="afgelopen" className="text-2xl font-bold">
          {e.status === "CANCELLED" ? t("cancelledTitle") : t("expiredTitle")}
        </h2>
        <p className="text-lg">{e.status === "CANCELLED" ? t("cancelledText") : t("expiredText")}</p>
        <p className="text-lg">
          {t("stillWant")}{" "}
          <Link className={link} href={`/reserveren/${e.product.slug}/${e.centre.slug}`}>
            {t("again")}
          </Link>
          .
        </p>
      </section>
    );
  }

  return (
    <div className="space-y-8">
      {query.nieuw === "1" && e.status === "WAITING" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">{t("joinedTitle")}</p>
          <p>{t("keepCode")}</p>
        </div>
      ) : null}
      {query.afgemeld === "1" && e.status === "CANCELLED" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">{t("leftTitle")}</p>
        </div>
      ) : null}
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title", { product: v(e.product.name) })}</h1>
        <p className="text-lg">
          {t("where", { centre: v(e.centre.name), address: v(`${e.centre.street}, ${e.centre.postcode} ${e.centre.city}`) })} {t("yourCode")}{" "}
          <strong className="font-mono text-2xl tracking-widest" dir="ltr">
            {formatCode(e.reference)}
          </strong>
        </p>
      </div>
      {body}
      {e.status === "WAITING" || e.status === "OFFERED" ? (
        <p>
          <Link className={`${link} inline-flex min-h-11 items-center`} href={`/wachtlijst/${e.reference}/afmelden`}>
            {openOffer ? t("declineOffer") : t("leave")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
