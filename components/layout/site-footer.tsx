import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="no-print mt-16 border-t border-gray-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-[min(1rem,5vw)] py-6 text-base">
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/privacy">
          {t("privacy")}
        </Link>
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/toegankelijkheid">
          {t("accessibility")}
        </Link>
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/uitleenpunten">
          {t("allCentres")}
        </Link>
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/verslag">
          {t("readReport")}
        </Link>
        <p className="inline-flex min-h-11 items-center text-muted">{t("service")}</p>
      </div>
    </footer>
  );
}
