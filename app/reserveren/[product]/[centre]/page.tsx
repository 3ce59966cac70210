import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpeningHours } from "@/components/lending/opening-hours";
import { PausedNotice } from "@/components/lending/paused-notice";
import { link } from "@/components/ui/styles";
import { dayLong, isolate, loanPeriod } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";
import { residentAccessForCentre } from "@/lib/server/municipalities/resident-access";
import { loadMunicipalitySettingsForCentre } from "@/lib/server/municipalities/settings";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { ReserveForm } from "../../_components/reserve-form";
import { consentTextFor, formTexts, pickupDayOptions } from "../../_components/texts";
import { MonitoringExplanation } from "@/components/advice/monitoring-explanation";
import { WaitlistForm } from "../../_components/waitlist-form";
import { joinWaitlistAction, reserveAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ product: string; centre: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product, centre } = await params;
  const options = await getReserveOptions({ productSlug: product, centreSlug: centre });
  const t = await getTranslations("reservation.reserve");
  return { title: options ? t("metaTitle", { product: options.product.name }) : t("metaTitleGeneric"), robots: { index: false, follow: false } };
}

export default async function ReservePage({ params, searchParams }: Props) {
  const { product: productSlug, centre: centreSlug } = await params;
  // the advice it came from: a random snapshot code (checked when reserving; an odd value is simply dropped)
  const advies = (await searchParams)?.advies;
  const adviceCode = typeof advies === "string" && /^[A-Za-z0-9-]{4,20}$/.test(advies) ? advies : null;
  const options = await getReserveOptions({ productSlug, centreSlug });
  if (!options) notFound();
  const { product, centre } = options;
  // a paused municipality or a closed centre: a message instead of the forms
  const access = await residentAccessForCentre({ centreSlug: centre.slug });
  if (!access) notFound();
  const blocked = access.state === "open" ? null : access.state;
  const { retentionDays: RETENTION_DAYS, waitlistOfferHours: WAITLIST_OFFER_HOURS } = await loadMunicipalitySettingsForCentre(centre.slug);
  const canReserve = product.lendable && options.lendsHere && options.available > 0 && options.pickupDays.length > 0;
  const canWait = product.lendable && options.lendsHere && options.available === 0;

  const locale = await getRequestLocale();
  const t = await getTranslations("reservation");
  const v = (value: string) => isolate(value, locale);
  const texts = await formTexts(locale);
  // Dutch names the product in a sentence with its article ("de robotstofzuiger"); other languages use its name
  const inSentence = locale === "nl" ? product.nameInSentence : product.name;
  // rendered here, on the server, in the resident's language: the client form only places it
  const monitoringExplanation = product.isMonitoring ? <MonitoringExplanation productName={product.name} monitoring={product.monitoring} headingLevel={3} locale={locale} /> : null;
  const monitoringTexts = product.isMonitoring
    ? { heading: t("form.monitoringHeading", { product: v(inSentence) }), legend: t("form.monitoringLegend", { product: v(inSentence) }), lead: texts.monitoringLead, yes: texts.monitoringYes, no: texts.monitoringNo }
    : null;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("reserve.title", { product: v(product.name) })}</h1>
        {/* the catalogue's description is Dutch: marked so, for screen readers and right-to-left pages */}
        <p className="max-w-prose text-lg" lang={locale === "nl" ? undefined : "nl"} dir={locale === "nl" ? undefined : "auto"}>
          {product.shortDescription}
        </p>
      </div>

      <section aria-labelledby="waar" className="space-y-2">
        <h2 id="waar" className="text-xl font-bold">
          {t("reserve.at", { centre: v(centre.name) })}
        </h2>
        <p className="text-lg">{t("reserve.address", { address: v(`${centre.street}, ${centre.postcode} ${centre.city}`), phone: v(centre.phone) })}</p>
        {canReserve ? (
          <p className="text-lg font-semibold text-good-700">{t("reserve.available", { count: options.available, period: loanPeriod(product.loanPeriodDays, locale) })}</p>
        ) : null}
        <details className="text-lg">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800 underline">{t("openingHours")}</summary>
          <OpeningHours hours={centre.hours} />
        </details>
      </section>

      {blocked ? (
        <PausedNotice municipalityName={access.municipalityName} state={blocked} wmoDesk={access.wmoDesk} headingLevel={2} />
      ) : canReserve ? (
        <ReserveForm
          action={reserveAction.bind(null, product.slug, centre.slug)}
          pickupDays={pickupDayOptions(options.pickupDays, locale)}
          consent={consentTextFor("reservation", RETENTION_DAYS, locale)}
          waitlistConsent={consentTextFor("waitlist", RETENTION_DAYS, locale)}
          waitlistLead={t("form.waitlistLead", { product: v(product.name) })}
          texts={texts}
          monitoringExplanation={monitoringExplanation}
          monitoringTexts={monitoringTexts}
          adviceCode={adviceCode}
        />
      ) : canWait ? (
        <section aria-labelledby="wachtlijst" className="space-y-6">
          <div className="space-y-2 rounded-xl border-2 border-warn-700 bg-warn-50 p-4">
            <h2 id="wachtlijst" className="text-xl font-bold">
              {t("reserve.waitTitle")}
            </h2>
            <p className="text-lg">
              {t("reserve.allTaken")}
              {options.nextAvailableDate ? ` ${t("reserve.nextFree", { day: dayLong(options.nextAvailableDate, locale) })}` : ""}
            </p>
            <p className="text-lg">
              {options.waiting === 0 ? t("reserve.nobodyWaiting") : t("reserve.peopleWaiting", { count: options.waiting })} {t("reserve.offerRule", { hours: WAITLIST_OFFER_HOURS })}
            </p>
          </div>
          <WaitlistForm
            action={joinWaitlistAction.bind(null, product.slug, centre.slug)}
            consent={consentTextFor("waitlist", RETENTION_DAYS, locale)}
            texts={texts}
            monitoringExplanation={monitoringExplanation}
            monitoringTexts={monitoringTexts}
            adviceCode={adviceCode}
          />
        </section>
      ) : (
        <section aria-labelledby="niet-hier" className="space-y-2 rounded-xl border-2 border-warn-700 bg-warn-50 p-4">
          <h2 id="niet-hier" className="text-xl font-bold">
            {t("reserve.notHereTitle")}
          </h2>
          <p className="text-lg">
            {product.lendable ? t("reserve.centreDoesNotLend", { centre: v(centre.name), product: v(product.name) }) : t("reserve.notLendable", { product: v(product.name) })}{" "}
            {t("reserve.seeOtherCentres")}
          </p>
        </section>
      )}

      <p>
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/uitleenpunten">
          {t("reserve.allCentres")}
        </Link>
      </p>
    </div>
  );
}
