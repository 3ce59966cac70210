import type { Metadata } from "next";
import { redirect, notFound } from "next/navigation";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong } from "@/lib/util/dates";
import { ConfirmForm } from "../../../reserveren/_components/confirm-form";
import { cancelAction } from "../../actions";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reservering annuleren", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }> };

export default async function CancelReservationPage({ params }: Props) {
  const { reference } = await params;
  const r = await lookupByCode(() => getReservationByReference({ reference }), { mode: "page" });
  if (!r) {
    notFound();
  }
  if (!r.canCancel) redirect(`/reservering/${r.reference}`);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Reservering annuleren?</h1>
      <p className="max-w-prose text-lg">
        U annuleert de reservering <strong className="font-mono">{formatCode(r.reference)}</strong>: {r.product.name} bij {r.centre.name}, ophalen op{" "}
        {formatDayLong(r.pickupDate)}.
      </p>
      <p className="max-w-prose text-lg">Daarna kan iemand anders het hulpmiddel lenen. Wilt u het later toch? Dan moet u opnieuw reserveren.</p>
      <ConfirmForm action={cancelAction.bind(null, r.reference)} confirm="Ja, annuleren" back="Nee, terug" backHref={`/reservering/${r.reference}`} />
    </div>
  );
}
