import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResidentReportCodeForm } from "./_components/report-forms";
import { reportFormTexts } from "./_components/texts";
import { openReport } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report.page"))("codeTitle") };
}

export default async function ReportCodePage() {
  const t = await getTranslations("report.page");
  const texts = await reportFormTexts();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("codeTitle")}</h1>
      <p className="max-w-prose text-lg">{t("codeIntro")}</p>
      <ResidentReportCodeForm action={openReport} texts={texts} />
    </div>
  );
}
