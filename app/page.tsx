import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/layout/language-picker";
import { getRequestLocale } from "@/lib/i18n/server";
import { getHomeOverview } from "@/lib/server/public/get-home-overview";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

export const dynamic = "force-dynamic";

const STEPS = ["tell", "advice", "borrow"] as const;

export default async function HomePage() {
  const overview = await getHomeOverview();
  const locale = await getRequestLocale();
  const t = await getTranslations("home");
  const tc = await getTranslations("common");
  const centres = overview.municipalities.reduce((sum, m) => sum + m.centreCount, 0);
  return (
    <div className="space-y-12">
      <LanguagePicker current={locale} label={tc("chooseLanguage")} variant="home" />
      <section className="space-y-5" aria-labelledby="welkom">
        <h1 id="welkom" className="text-3xl font-bold leading-tight sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-prose text-lg">{t("intro")}</p>
        <p className="max-w-prose text-lg">{t("free")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/advies" className={`${buttonPrimary} text-lg`}>
            {t("start")}
          </Link>
          <Link href="/advies/hervatten" className={buttonSecondary}>
            {t("haveCode")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="hoe" className="space-y-4">
        <h2 id="hoe" className="text-2xl font-bold">
          {t("howTitle")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, i) => (
            <li key={step} className="rounded-xl border border-gray-300 bg-white p-5">
              <p className="text-lg font-bold">
                <span className="me-2 inline-flex h-[1.75em] w-[1.75em] items-center justify-center rounded-full bg-brand-700 text-white" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`steps.${step}.title`)}
              </p>
              <p className="mt-2">{t(`steps.${step}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="aanbod" className="space-y-3">
        <h2 id="aanbod" className="text-2xl font-bold">
          {t("offerTitle")}
        </h2>
        <p className="max-w-prose">
          {t("offer", { products: overview.productCount, centres, places: overview.municipalities.map((m) => m.name).join(` ${t("and")} `) })}
        </p>
        <Link href="/uitleenpunten" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          {t("allCentres")}
        </Link>
      </section>

      <section aria-labelledby="samen" className="rounded-xl bg-brand-50 p-5 sm:p-6">
        <h2 id="samen" className="text-2xl font-bold">
          {t("togetherTitle")}
        </h2>
        <p className="mt-2 max-w-prose">{t("together")}</p>
      </section>

      <section aria-labelledby="medewerkers" className="space-y-3">
        <h2 id="medewerkers" className="text-2xl font-bold">
          {t("staffTitle")}
        </h2>
        <p>{t("staffText")}</p>
        <Link href="/inloggen" className={buttonSecondary}>
          {t("staffSignIn")}
        </Link>
      </section>
    </div>
  );
}
