import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ResumeForm } from "@/components/questionnaire/resume-form";
import { link } from "@/components/ui/styles";
import { resumeAssessment } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("questionnaire.resume"))("title") };
}

export default async function ResumePage() {
  const t = await getTranslations("questionnaire.resume");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro")}</p>
      <ResumeForm action={resumeAssessment} texts={{ failed: t("failed"), label: t("label"), hint: t("hint"), submit: t("submit") }} />
      <p className="text-lg">
        {t("noCode")}{" "}
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/advies">
          {t("restart")}
        </Link>
      </p>
    </div>
  );
}
