import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OpeningHours } from "@/components/lending/opening-hours";
import { PausedNotice } from "@/components/lending/paused-notice";
import { link } from "@/components/ui/styles";
import { residentAccessForCentre } from "@/lib/server/municipalities/resident-access";
import { loadMunicipalitySettingsForCentre } from "@/lib/server/municipalities/settings";
import { reservationConsentText, waitlistConsentText } from "@/lib/server/lending/consent-text";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { formatDayLong } from "@/lib/util/dates";
import { loanPeriodText } from "../../_components/format";
import { ReserveForm } from "../../_components/reserve-form";
import { WaitlistForm } from "../../_components/waitlist-form";
import { joinWaitlistAction, reserveAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ product: string; centre: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product, centre } = await params;
  const options = await getReserveOptions({ productSlug: product, centreSlug: centre });
  return { title: options ? `${options.product.name} reserveren` : "Reserveren", robots: { index: false, follow: false } };
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

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{product.name} reserveren</h1>
        <p className="max-w-prose text-lg">{product.shortDescription}</p>
      </div>

      <section aria-labelledby="waar" className="space-y-2">
        <h2 id="waar" className="text-xl font-bold">
          Bij {centre.name}
        </h2>
        <p className="text-lg">
          {centre.street}, {centre.postcode} {centre.city}. Telefoon: {centre.phone}.
        </p>
        {canReserve ? (
          <p className="text-lg font-semibold text-good-700">
            Nu vrij: {options.available}. U mag het {loanPeriodText(product.loanPeriodDays)} lenen.
          </p>
        ) : null}
        <details className="text-lg">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800 underline">Openingstijden</summary>
          <OpeningHours hours={centre.hours} />
        </details>
      </section>

      {blocked ? (
        <PausedNotice municipalityName={access.municipalityName} state={blocked} wmoDesk={access.wmoDesk} headingLevel={2} />
      ) : canReserve ? (
        <ReserveForm
          action={reserveAction.bind(null, product.slug, centre.slug)}
          pickupDays={options.pickupDays}
          consent={reservationConsentText(RETENTION_DAYS)}
          waitlistConsent={waitlistConsentText(RETENTION_DAYS)}
          productName={product.name}
          monitoringProduct={product.isMonitoring ? { name: product.name, nameInSentence: product.nameInSentence, monitoring: product.monitoring } : null}
          adviceCode={adviceCode}
        />
      ) : canWait ? (
        <section aria-labelledby="wachtlijst" className="space-y-6">
          <div className="space-y-2 rounded-xl border-2 border-warn-700 bg-warn-50 p-4">
            <h2 id="wachtlijst" className="text-xl font-bold">
              Nu niet vrij: zet u op de wachtlijst
            </h2>
            <p className="text-lg">
              Alle exemplaren zijn uitgeleend of gereserveerd.
              {options.nextAvailableDate ? ` Naar verwachting is er vanaf ${formatDayLong(options.nextAvailableDate)} weer een vrij.` : ""}
            </p>
            <p className="text-lg">
              {options.waiting === 0
                ? "Er staat nog niemand op de wachtlijst. U bent dan de eerste."
                : `Er ${options.waiting === 1 ? "staat 1 persoon" : `staan ${options.waiting} mensen`} voor u op de wachtlijst.`}{" "}
              Komt er een terug, dan krijgt de eerste op de lijst een bericht. U hebt dan {WAITLIST_OFFER_HOURS} uur om ja te zeggen.
            </p>
          </div>
          <WaitlistForm
            action={joinWaitlistAction.bind(null, product.slug, centre.slug)}
            consent={waitlistConsentText(RETENTION_DAYS)}
            monitoringProduct={product.isMonitoring ? { name: product.name, nameInSentence: product.nameInSentence, monitoring: product.monitoring } : null}
          />
        </section>
      ) : (
        <section aria-labelledby="niet-hier" className="space-y-2 rounded-xl border-2 border-warn-700 bg-warn-50 p-4">
          <h2 id="niet-hier" className="text-xl font-bold">
            Hier kunt u dit niet lenen
          </h2>
          <p className="text-lg">
            {product.lendable ? `${centre.name} leent geen ${product.name} uit.` : `${product.name} wordt niet uitgeleend.`} Bekijk de andere uitleenpunten.
          </p>
        </section>
      )}

      <p>
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/uitleenpunten">
          Alle uitleenpunten en openingstijden
        </Link>
      </p>
    </div>
  );
}
