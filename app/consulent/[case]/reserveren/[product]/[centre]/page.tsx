import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseHeader, casePath } from "@/components/consultant/case-header";
import { ReserveForm } from "@/components/consultant/reserve-form";
import { bigButton, pageHeading } from "@/components/consultant/styles";
import { link } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { reservationConsentText, waitlistConsentText } from "@/lib/server/lending/consent-text";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong } from "@/lib/util/dates";
import { loadCase } from "../../../../_lib/load";
import { joinWaitlistFromCase, reserve } from "../../../actions";

export const metadata: Metadata = { title: "Reserveren voor de inwoner", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string; product: string; centre: string }> };

export default async function CaseReservePage({ params }: Props) {
  const { case: reference, product: productSlug, centre: centreSlug } = await params;
  const { kase } = await loadCase(reference, "reserveren");
  const options = await getReserveOptions({ productSlug, centreSlug });
  if (!options || options.centre.municipality.slug !== kase.municipality.slug) notFound();
  const ref = kase.reference;
  const choice = kase.choices.find((c) => c.product.slug === productSlug);
  const back = `${casePath(ref, "advies")}#keuze-${productSlug}`;
  const contact = kase.residentContact ?? "";
  const isEmail = contact.includes("@");

  // One open reservation and one open waiting-list place per product per case (lib/server/cases/case-product-holds.ts).
  const openReservation = kase.reservations.find((r) => r.product.slug === productSlug && r.status === "RESERVED");
  const openWaitlist = kase.waitlist.find((w) => w.product.slug === productSlug);
  const retention = env().RETENTION_DAYS;

  let body: React.ReactNode;
  let showForm = false;
  if (!choice?.wantsToTry) {
    body = <p className="text-xl">Kies eerst bij het advies dat de inwoner {options.product.name} wil proberen.</p>;
  } else if (openReservation) {
    body = (
      <p className="text-xl">
        {options.product.name} is al gereserveerd voor {kase.residentName}: ophalen op {formatDayLong(openReservation.pickupDate)} bij {openReservation.centre.name}, code{" "}
        {formatCode(openReservation.reference)}. Eén reservering per hulpmiddel is genoeg.
      </p>
    );
  } else if (openWaitlist && (openWaitlist.status === "OFFERED" || options.available === 0)) {
    body = (
      <p className="text-xl">
        {openWaitlist.status === "OFFERED"
          ? `Er staat al een ${options.product.name} klaar voor ${kase.residentName} bij ${openWaitlist.centre.name} (wachtlijstcode ${formatCode(openWaitlist.reference)}). Neem dat aanbod aan.`
          : `${kase.residentName} staat al op de wachtlijst voor ${options.product.name} bij ${openWaitlist.centre.name}, code ${formatCode(openWaitlist.reference)}.`}
      </p>
    );
  } else if (options.available === 0) {
    showForm = true;
    body = (
      <div className="space-y-6">
        <p className="text-xl">
          Er is nu geen {options.product.name} vrij bij {options.centre.name}.
          {options.nextAvailableDate ? ` Naar verwachting weer vanaf ${formatDayLong(options.nextAvailableDate)}.` : ""} Zet de inwoner op de wachtlijst: wie het eerst op de lijst
          staat, krijgt het eerst een bericht als er een vrij is.
        </p>
        <h2 className="text-2xl font-bold">Op de wachtlijst zetten</h2>
        <ReserveForm
          action={joinWaitlistFromCase.bind(null, ref, productSlug, centreSlug)}
          mode="waitlist"
          defaultPhone={isEmail ? "" : contact}
          defaultEmail={isEmail ? contact : ""}
          consent={waitlistConsentText(retention)}
        />
      </div>
    );
  } else {
    showForm = true;
    body = (
      <ReserveForm
        action={reserve.bind(null, ref, productSlug, centreSlug)}
        pickupDays={options.pickupDays}
        defaultPhone={isEmail ? "" : contact}
        defaultEmail={isEmail ? contact : ""}
        consent={reservationConsentText(retention)}
      />
    );
  }

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="advies" />
      <div className="space-y-2">
        <h1 className={pageHeading}>
          {options.available === 0 ? `${options.product.name} bij ${options.centre.name}: wachtlijst` : `${options.product.name} reserveren bij ${options.centre.name}`}
        </h1>
        <p className="text-xl">
          Voor {kase.residentName}. {options.centre.street}, {options.centre.postcode} {options.centre.city}. Lenen duurt {options.product.loanPeriodDays} dagen.
        </p>
        {options.available > 0 ? <p className="text-lg font-semibold text-good-700">Nu vrij: {options.available}</p> : null}
      </div>
      {body}
      {!showForm ? (
        <Link href={back} className={bigButton}>
          Terug naar het advies
        </Link>
      ) : (
        <p>
          <Link href={back} className={link}>
            Terug naar het advies zonder {options.available === 0 ? "wachtlijst" : "te reserveren"}
          </Link>
        </p>
      )}
    </div>
  );
}
