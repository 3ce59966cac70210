import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonPrimary, card, link } from "@/components/ui/styles";
import { loadMunicipalitySettingsForCentre } from "@/lib/server/municipalities/settings";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";
import { acceptOfferAction } from "../actions";
import { AcceptForm } from "./accept-form";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Uw plek op de wachtlijst", robots: { index: false, follow: false } };

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

  let body: React.ReactNode;
  if (openOffer) {
    body = (
      <section aria-labelledby="aanbod" className="space-y-6">
        <div className="space-y-2 rounded-xl border-2 border-good-700 bg-good-50 p-4">
          <h2 id="aanbod" className="text-2xl font-bold">
            Er is een {e.product.name} voor u
          </h2>
          <p className="text-lg">
            Wij houden het voor u vast tot <strong>{formatMoment(openOffer.expiresAt)}</strong>.
          </p>
          <p className="text-lg">Wilt u het lenen? Kies hieronder een dag om het op te halen en druk op de knop. Zegt u niet op tijd ja, dan gaat het naar de volgende op de lijst.</p>
        </div>
        <AcceptForm action={acceptOfferAction.bind(null, e.reference)} pickupDays={openOffer.pickupDays} />
      </section>
    );
  } else if (e.status === "WAITING") {
    body = (
      <section aria-labelledby="plek" className={`${card} space-y-3`}>
        <h2 id="plek" className="text-2xl font-bold">
          U bent nummer {e.position} op de wachtlijst
        </h2>
        <p className="text-lg">
          {e.position === 1 ? "U bent de volgende." : `Er ${e.position === 2 ? "staat 1 persoon" : `staan ${(e.position ?? 1) - 1} mensen`} voor u.`} Komt er
          een {e.product.name} terug bij {e.centre.name}, dan krijgt de eerste op de lijst een bericht. U hebt dan {hours} uur om ja te zeggen.
        </p>
        {e.contact ? <p className="text-lg">Het bericht gaat naar: {e.contact}.</p> : null}
      </section>
    );
  } else if (e.status === "ACCEPTED") {
    body = (
      <section aria-labelledby="gelukt" className={`${card} space-y-3`}>
        <h2 id="gelukt" className="text-2xl font-bold">
          U hebt ja gezegd
        </h2>
        <p className="text-lg">Het hulpmiddel ligt voor u klaar. Bekijk uw reservering voor de dag van ophalen.</p>
        {e.reservationReference ? (
          <Link href={`/reservering/${e.reservationReference}`} className={buttonPrimary}>
            Bekijk uw reservering
          </Link>
        ) : null}
      </section>
    );
  } else {
    const text =
      e.status === "CANCELLED"
        ? "U staat niet meer op de wachtlijst."
        : "Het aanbod is verlopen. U hebt niet op tijd ja gezegd. Het hulpmiddel is naar de volgende op de lijst gegaan.";
    body = (
      <section aria-labelledby="afgelopen" className={`${card} space-y-3`}>
        <h2 id="afgelopen" className="text-2xl font-bold">
          {e.status === "CANCELLED" ? "Afgemeld" : "Aanbod verlopen"}
        </h2>
        <p className="text-lg">{text}</p>
        <p className="text-lg">
          Wilt u het toch lenen?{" "}
          <Link className={link} href={`/reserveren/${e.product.slug}/${e.centre.slug}`}>
            Reserveer opnieuw of ga opnieuw op de wachtlijst
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
          <p className="font-bold">Gelukt! U staat op de wachtlijst.</p>
          <p>Schrijf uw code op, of bewaar de bevestiging die wij u sturen.</p>
        </div>
      ) : null}
      {query.afgemeld === "1" && e.status === "CANCELLED" ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">U bent van de wachtlijst af.</p>
        </div>
      ) : null}
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Wachtlijst: {e.product.name}</h1>
        <p className="text-lg">
          Bij {e.centre.name}, {e.centre.street}, {e.centre.postcode} {e.centre.city}. Uw code:{" "}
          <strong className="font-mono text-2xl tracking-widest">{formatCode(e.reference)}</strong>
        </p>
      </div>
      {body}
      {e.status === "WAITING" || e.status === "OFFERED" ? (
        <p>
          <Link className={`${link} inline-flex min-h-11 items-center`} href={`/wachtlijst/${e.reference}/afmelden`}>
            {openOffer ? "Nee, ik wil het niet meer lenen" : "Van de wachtlijst af"}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
