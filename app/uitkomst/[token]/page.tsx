import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { getOutcomeRequest } from "@/lib/server/outcomes/resident-outcome";
import { residentOutcomeAction } from "../actions";
import { ResidentOutcomeForm } from "./outcome-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hoe ging het?", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * "How did it go?" for a resident without an account, from the link in the return message. The URL holds only a
 * random token; the page shows the product and the centre, never a name.
 */
export default async function OutcomePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { bedankt } = await searchParams;
  const request = await lookupByCode(
    () =>
      getOutcomeRequest({ token }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      }),
    { mode: "page" },
  );
  if (!request) notFound();
  return (
    <div className="max-w-prose space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Hoe ging het met de {request.productName}?</h1>
        <p className="text-lg">
          U leende dit hulpmiddel bij {request.centreName}. Wilt u vertellen wat u ermee doet? Dat helpt ons om anderen beter advies te geven. Wij bewaren uw antwoord
          zonder uw naam.
        </p>
      </div>
      {bedankt === "1" && request.answered ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">Dank u wel! Uw antwoord is bewaard.</p>
          <p>U kunt het hieronder nog veranderen.</p>
        </div>
      ) : null}
      <ResidentOutcomeForm action={residentOutcomeAction.bind(null, token)} initial={request.answered} />
    </div>
  );
}
