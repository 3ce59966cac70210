import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/consultant/action-button";
import { CaseHeader } from "@/components/consultant/case-header";
import { PrintButton } from "@/components/consultant/print-button";
import { ReportView } from "@/components/consultant/report-view";
import { bigButton, pageHeading, sectionHeading } from "@/components/consultant/styles";
import { card } from "@/components/ui/styles";
import { appUrl } from "@/lib/server/app-url";
import { AppError } from "@/lib/errors";
import { formatReportCode } from "@/lib/report/report-code";
import { getCaseReport } from "@/lib/server/cases/get-case-report";
import { requireConsultant } from "../../_lib/load";
import { shareReport } from "../actions";

export const metadata: Metadata = { title: "Verslag van het gesprek", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string }> };

/** The report: on screen, printable on A4, as PDF, and as a copy for the resident through a secret code. */
export default async function CaseReportPage({ params }: Props) {
  const { case: reference } = await params;
  const actor = await requireConsultant();
  let result;
  try {
    result = await getCaseReport({ actor, reference, format: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { kase, report } = result;
  const ref = kase.reference;
  const residentLink = kase.reportCode ? `${await appUrl()}/verslag/${kase.reportCode}` : null;

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="verslag" />
      <div className="no-print space-y-3">
        <h1 className={pageHeading}>Verslag</h1>
        <p className="max-w-prose text-xl">Lees het verslag samen door. Klopt iets niet? Pas het aan bij Notities of Afspraken.</p>
        <div className="flex flex-wrap gap-3">
          <a href={`/consulent/${ref}/verslag/pdf`} download className={bigButton}>
            Download als pdf
          </a>
          <PrintButton />
        </div>
      </div>

      <section aria-labelledby="kopie" className={`no-print ${card} space-y-3`}>
        <h2 id="kopie" className={sectionHeading}>
          Kopie voor de inwoner
        </h2>
        {kase.reportCode && residentLink ? (
          <div className="space-y-2 text-lg">
            <p>Geef de inwoner deze code. Met de code leest de inwoner het verslag en kan hij of zij reageren.</p>
            <p className="text-3xl font-bold tracking-wider" aria-label={`Code: ${kase.reportCode.split("").join(" ")}`}>
              {formatReportCode(kase.reportCode)}
            </p>
            <p>
              Op internet: <span className="break-all font-semibold">{residentLink}</span>
            </p>
            <p className="text-base text-muted">Of ga naar de pagina Verslag lezen (/verslag) en vul de code in.</p>
          </div>
        ) : (
          <>
            <p className="text-lg">De inwoner krijgt een code. Daarmee leest hij of zij het verslag thuis en kan reageren.</p>
            <ActionButton action={shareReport.bind(null, ref)}>Maak een code voor de inwoner</ActionButton>
          </>
        )}
        {kase.residentResponse ? (
          <div className="space-y-1 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
            <p className="text-lg font-bold">Reactie van de inwoner</p>
            <p className="whitespace-pre-line text-lg">{kase.residentResponse}</p>
          </div>
        ) : kase.reportCode ? (
          <p className="text-lg">De inwoner heeft nog niet gereageerd.</p>
        ) : null}
      </section>

      <ReportView report={report} />
    </div>
  );
}
