import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StartForm } from "@/components/questionnaire/start-form";
import { link } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { listMunicipalities } from "@/lib/server/assessments/list-place-options";
import { startAssessment } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("questionnaire.start"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function StartPage() {
  const municipalities = await listMunicipalities();
  const t = await getTranslations("questionnaire.start");
  const texts = { municipality: t("municipality"), togetherQuestion: t("togetherQuestion"), alone: t("alone"), together: t("together"), togetherHint: t("togetherHint"), begin: t("begin") };
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="max-w-prose text-lg">{t("intro")}</p>
        <ul className="max-w-prose list-disc space-y-2 ps-6 text-lg">
          <li>{t("time")}</li>
          <li>{t("noAccount")}</li>
          <li>
            {t("kept", { days: env().RETENTION_DAYS })}{" "}
            <Link className={link} href="/privacy">
              {t("privacy")}
            </Link>
          </li>
        </ul>
      </div>
      <StartForm action={startAssessment} municipalities={municipalities} texts={texts} />
      <p className="text-lg">
        {t("haveCode")}{" "}
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/advies/hervatten">
          {t("continueCode")}
        </Link>
      </p>
    </div>
  );
}
