import type { Metadata } from "next";
import Link from "next/link";
import { redirect, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonDanger, card, link } from "@/components/ui/styles";
import { betweenTimes, capitalize, dayLong, holdUntil, isolate, loanPeriod } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";
import { findReference } from "@/lib/server/lending/find-reference";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { formatCode } from "@/lib/util/codes";
import { isoDateInAmsterdam } from "@/lib/util/dates";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservation.page"))("metaTitle"), robots: { index: false, follow: false } };
}

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
  const locale = await getRequestLocale();
  const t = await getTranslations("reservation");

  return (
    <div className="space-y-8">
      {query.nieuw === "1" && r.status === "RESERVED" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">{t("page.doneTitle")}</p>
          <p>{t("page.keepCode")}</p>
        </div>
      ) : null}
      {query.geannuleerd === "1" && r.status === "CANCELLED" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">{t("page.cancelledTitle")}</p>
          <p>{t("page.cancelledText")}</p>
        </div>
      ) : null}

      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("page.title")}</h1>
        <p className="text-lg">
          {t("page.yourCode")}{" "}
          <strong className="font-mono text-2xl tracking-widest" dir="ltr">
            {formatCode(r.reference)}
          </strong>
        </p>
      </div>

      <section aria-labelledby="gegevens" className={`${card} space-y-4`}>
        <h2 id="gegevens" className="text-xl font-bold">
          {r.product.name}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-lg sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("page.status")}</dt>
          <dd>{t(`status.${r.residentStatus.state}`)}</dd>
          <dt className="font-semibold">{t("page.centre")}</dt>
          <dd>
            <bdi>{r.centre.name}</bdi>
            <br />
            <bdi>
              {r.centre.street}, {r.centre.postcode} {r.centre.city}
            </bdi>
            <br />
            {t("page.phone", { phone: isolate(r.centre.phone, locale) })}
          </dd>
          {r.residentStatus.state === "reserved" ? (
            <>
              <dt className="font-semibold">{t("page.pickup")}</dt>
              <dd>
                {capitalize(dayLong(r.pickupDate, locale), locale)}, {betweenTimes(r.pickupSlots, locale)}
              </dd>
              <dt className="font-semibold">{t("page.ready")}</dt>
              <dd>{t("page.readyText", { until: capitalize(holdUntil(r.holdUntil, locale), locale) })}</dd>
              <dt className="font-semibold">{t("page.loan")}</dt>
              <dd>{t("page.loanText", { period: loanPeriod(r.product.loanPeriodDays, locale) })}</dd>
            </>
          ) : null}
          {r.loan ? (
            <>
              <dt className="font-semibold">{r.loan.returned ? t("page.returned") : t("page.returnBy")}</dt>
              <dd>{r.loan.returned ? t("page.returnedYes") : t("page.returnByText", { day: dayLong(isoDateInAmsterdam(r.loan.dueAt), locale) })}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("page.name")}</dt>
          <dd dir="auto">{r.name}</dd>
          {r.contact ? (
            <>
              <dt className="font-semibold">{t("page.messagesTo")}</dt>
              <dd dir="auto">{r.contact}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {r.residentStatus.state === "reserved" ? (
        <section aria-labelledby="meenemen" className="space-y-2">
          <h2 id="meenemen" className="text-xl font-bold">
            {t("page.bringTitle")}
          </h2>
          <ul className="list-disc space-y-1 ps-6 text-lg">
            <li>{t("bring.id")}</li>
            <li>{t("bring.code")}</li>
          </ul>
          <p className="text-lg">{t("page.bringBag")}</p>
        </section>
      ) : null}

      {r.canCancel ? (
        <section aria-labelledby="annuleren" className="space-y-3">
          <h2 id="annuleren" className="text-xl font-bold">
            {t("page.cantComeTitle")}
          </h2>
          <p className="text-lg">{t("page.cantComeText")}</p>
          <Link href={`/reservering/${r.reference}/annuleren`} className={buttonDanger}>
            {t("page.cancelButton")}
          </Link>
        </section>
      ) : null}

      <p>
        <Link className={`${link} inline-flex min-h-11 items-center`} href={`/uitleenpunten/${r.centre.slug}`}>
          {t("page.hoursOf", { centre: isolate(r.centre.name, locale) })}
        </Link>
      </p>
    </div>
  );
}
