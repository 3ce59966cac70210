import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PrintButton } from "@/components/consultant/print-button";
import { ReportView } from "@/components/consultant/report-view";
import { ResponseForm } from "@/components/consultant/response-form";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { AppError } from "@/lib/errors";
import { getReportByCode } from "@/lib/server/cases/get-report-by-code";
import { formatMoment } from "@/lib/util/dates";
import { respondToReport } from "../actions";
import { lookupByCode } from "@/lib/api/rate-limit";

export const metadata: Metadata = { title: "Uw gespreksverslag", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ reactie?: string }> };

/** The resident's copy of the report, opened with the secret code; with a response form. */
export default async function ResidentReportPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { reactie } = await searchParams;
  let copy;
  try {
    copy = await lookupByCode(() => getReportByCode({ code }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (copy.code !== code) redirect(`/verslag/${copy.code}`);

  return (
    <div className="space-y-8">
      <div className="no-print flex flex-wrap gap-3">
        <a href={`/verslag/${copy.code}/pdf`} download className={`${buttonPrimary} text-lg`}>
          Download als pdf
        </a>
        <PrintButton className={`${buttonSecondary} text-lg`} />
        <a href="#reactie" className={`${buttonSecondary} text-lg`}>
          Reageren
        </a>
      </div>
      <ReportView report={copy.report} titleAsH1 />
      <section id="reactie" aria-labelledby="reactie-titel" className={`no-print ${card} space-y-4`}>
        <h2 id="reactie-titel" className="text-2xl font-bold">
          Reageren op dit verslag
        </h2>
        {reactie === "ontvangen" && copy.residentResponse ? (
          <p role="status" className="rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">
            Dank u wel. Uw reactie is ontvangen. Uw Wmo-consulent leest het.
          </p>
        ) : null}
        {copy.residentResponse && copy.residentRespondedAt ? (
          <p className="text-lg">U reageerde op {formatMoment(copy.residentRespondedAt)}. U kunt uw reactie nog aanpassen.</p>
        ) : (
          <p className="text-lg">Klopt er iets niet? Of wilt u iets toevoegen? Schrijf het hieronder.</p>
        )}
        <ResponseForm action={respondToReport.bind(null, copy.code)} current={copy.residentResponse} />
      </section>
    </div>
  );
}
