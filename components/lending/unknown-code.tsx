import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonSecondary } from "@/components/ui/styles";

/** The resident typed or followed a reservation or waiting-list code that does not exist (anymore). */
export async function UnknownCode() {
  const t = await getTranslations("reservation.unknown");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("text")}</p>
      <Link href="/reservering" className={buttonSecondary}>
        {t("again")}
      </Link>
    </div>
  );
}
