import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default async function ReportNotFound() {
  const t = await getTranslations("report.page");
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="max-w-prose text-lg">{t("notFoundText")}</p>
      <Link href="/verslag" className={buttonPrimary}>
        {t("retry")}
      </Link>
    </div>
  );
}
