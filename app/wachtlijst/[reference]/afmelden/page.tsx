import type { Metadata } from "next";
import { redirect, notFound } from "next/navigation";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";
import { ConfirmForm } from "../../../reserveren/_components/confirm-form";
import { leaveWaitlistAction } from "../../actions";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Van de wachtlijst af", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }> };

export default async function LeaveWaitlistPage({ params }: Props) {
  const { reference } = await params;
  const e = await lookupByCode(() => getWaitlistEntryByReference({ reference }), { mode: "page" });
  if (!e) {
    notFound();
  }
  if (e.status !== "WAITING" && e.status !== "OFFERED") redirect(`/wachtlijst/${e.reference}`);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Van de wachtlijst af?</h1>
      <p className="max-w-prose text-lg">
        U wacht op een {e.product.name} bij {e.centre.name}.
        {e.status === "OFFERED" ? " Het hulpmiddel dat voor u klaarligt, gaat dan naar de volgende op de lijst." : " U verliest dan uw plek op de lijst."}
      </p>
      <ConfirmForm action={leaveWaitlistAction.bind(null, e.reference)} confirm="Ja, haal mij van de lijst" back="Nee, terug" backHref={`/wachtlijst/${e.reference}`} />
    </div>
  );
}
