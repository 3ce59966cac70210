import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { formatMomentIn } from "@/components/advice/texts";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";
import { getReportByCode } from "@/lib/server/cases/get-report-by-code";
import { respondToReport } from "../actions";
import { lookupByCode } from "@/lib/api/rate-limit";
import { ResidentPrintButton, ResidentResponseForm } from "../_components/report-forms";
import { ReportView } from "@/components/consultant/report-view";
import { reportFormTexts } from "../_components/texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report.page"))("metaTitle"), robots: { index: false, follow: false } };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ reactie?: string }> };

/** The resident's copy of the report in their language, opened with the secret code; with a response form. */
export default async function ResidentReportPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { reactie } = await searchParams;
  const locale = await getRequestLocale();
  let copy;
  try {
    copy = await lookupByCode(() => getReportByCode({ code, locale }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (copy.code !== code) redirect(`/verslag/${copy.code}`);
  const t = translatorFor(locale, "report");
  const texts = await reportFormTexts();

  return (
    <div className="space-y-8">
      <div className="no-print flex flex-wrap gap-3">
        <a href={`/verslag/${copy.code}/pdf`} download className={`${buttonPrimary} text-lg`}>
          {t("page.download")}
        </a>
        <ResidentPrintButton label={texts.print} />
        <a href="#reactie" className={`${buttonSecondary} text-lg`}>
          {t("page.respond")}
        </a>
      </div>
      <ReportView report={copy.report} titleAsH1 />
      <section id="reactie" aria-labelledby="reactie-titel" className={`no-print ${card} space-y-4`}>
        <h2 id="reactie-titel" className="text-2xl font-bold">
          {t("page.respondHeading")}
        </h2>
        {reactie === "ontvangen" && copy.residentResponse ? (
          <p role="status" className="rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">
            {t("page.thanks")}
          </p>
        ) : null}
        {copy.residentResponse && copy.residentRespondedAt ? (
          <p className="text-lg">{t("page.responded", { moment: formatMomentIn(copy.residentRespondedAt, locale) })}</p>
        ) : (
          <p className="text-lg">{t("page.respondIntro")}</p>
        )}
        <ResidentResponseForm action={respondToReport.bind(null, copy.code)} current={copy.residentResponse} texts={texts} />
      </section>
    </div>
  );
}
