import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/layout/language-picker";
import type { Locale } from "@/lib/i18n/config";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  const common = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  return (
    <footer className="no-print mt-16 border-t border-gray-300 bg-white">
      <div className="mx-auto max-w-5xl px-[min(1rem,5vw)] pt-6">
        <LanguagePicker current={locale} label={common("language")} />
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-[min(1rem,5vw)] py-6 text-base">
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/inloggen">
          {common("staffSignIn")}
        </Link>
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
