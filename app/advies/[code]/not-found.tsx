import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { env } from "@/lib/env";

export default async function AssessmentNotFound() {
  const t = await getTranslations("questionnaire.notFound");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("text", { days: env().RETENTION_DAYS })}</p>
      <div className="flex flex-wrap gap-3">
        <Link className={buttonPrimary} href="/advies/hervatten">
          {t("retry")}
        </Link>
        <Link className={buttonSecondary} href="/advies">
          {t("restart")}
        </Link>
      </div>
    </div>
  );
}
