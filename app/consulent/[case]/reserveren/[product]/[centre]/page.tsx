import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseHeader, casePath } from "@/components/consultant/case-header";
import { ReserveForm } from "@/components/consultant/reserve-form";
import { bigButton, pageHeading } from "@/components/consultant/styles";
import { link } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { reservationConsentText } from "@/lib/server/lending/consent-text";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { formatDayLong } from "@/lib/util/dates";
import { loadCase } from "../../../../_lib/load";
import { reserve } from "../../../actions";

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

  let body: React.ReactNode;
  if (!choice?.wantsToTry) {
    body = <p className="text-xl">Kies eerst bij het advies dat de inwoner {options.product.name} wil proberen.</p>;
  } else if (options.available === 0) {
    body = (
      <p className="text-xl">
        Er is nu geen {options.product.name} vrij bij {options.centre.name}.
        {options.nextAvailableDate ? ` Naar verwachting weer vanaf ${formatDayLong(options.nextAvailableDate)}.` : ""}
      </p>
    );
  } else {
    body = (
      <ReserveForm
        action={reserve.bind(null, ref, productSlug, centreSlug)}
        pickupDays={options.pickupDays}
        defaultPhone={isEmail ? "" : contact}
        defaultEmail={isEmail ? contact : ""}
        consent={reservationConsentText(env().RETENTION_DAYS)}
      />
    );
  }

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="advies" />
      <div className="space-y-2">
        <h1 className={pageHeading}>
          {options.product.name} reserveren bij {options.centre.name}
        </h1>
        <p className="text-xl">
          Voor {kase.residentName}. {options.centre.street}, {options.centre.postcode} {options.centre.city}. Lenen duurt {options.product.loanPeriodDays} dagen.
        </p>
        {options.available > 0 ? <p className="text-lg font-semibold text-good-700">Nu vrij: {options.available}</p> : null}
      </div>
      {body}
      {!choice?.wantsToTry || options.available === 0 ? (
        <Link href={back} className={bigButton}>
          Terug naar het advies
        </Link>
      ) : (
        <p>
          <Link href={back} className={link}>
            Terug naar het advies zonder te reserveren
          </Link>
        </p>
      )}
    </div>
  );
}
