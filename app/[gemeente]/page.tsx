import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WmoDeskContact } from "@/components/advice/wmo-desk";
import { buttonPrimary, buttonSecondary, link } from "@/components/ui/styles";
import { getRequestLocale } from "@/lib/i18n/server";
import { getMunicipalityLook } from "@/lib/server/theme/public-look";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const look = await getMunicipalityLook((await params).gemeente);
  if (!look) return { title: "Deze pagina bestaat niet" };
  const t = await getTranslations("home");
  return { title: t("municipalityMetaTitle", { municipality: look.name }) };
}


/** The home of one municipality: its welcome text, the start of the questionnaire for it, its Wmo desk. */
export default async function MunicipalityHomePage({ params }: Props) {
  const look = await getMunicipalityLook((await params).gemeente);
  if (!look) notFound();
  const t = await getTranslations("home");
  const locale = await getRequestLocale();
  return (
    <div className="space-y-10">
      <section className="space-y-5" aria-labelledby="welkom">
        <h1 id="welkom" className="text-3xl font-bold leading-tight sm:text-4xl">
          {t("municipalityTitle", { municipality: look.name })}
        </h1>
        {look.welcomeText.trim() ? (
          // the municipality's own welcome text is Dutch: marked so for screen readers and right-to-left pages
          <div className="max-w-prose space-y-3 text-lg" lang="nl" dir="auto">
            {look.welcomeText
              .split(/\n\s*\n/)
              .map((p) => p.trim())
              .filter(Boolean)
              .map((p, i) => (
                <p key={i} className="whitespace-pre-line">
                  {p}
                </p>
              ))}
          </div>
        ) : (
          <p className="max-w-prose text-lg">{t("intro")}</p>
        )}
        <p className="max-w-prose text-lg">{t("free")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/${look.slug}/advies`} className={`${buttonPrimary} text-lg`}>
            {t("start")}
          </Link>
          <Link href="/advies/hervatten" className={buttonSecondary}>
            {t("haveCode")}
          </Link>
        </div>
      </section>

      <WmoDeskContact
        municipalityName={look.name}
        desk={look.wmoDesk}
        lead={t("municipalityDeskLead", { municipality: look.name })}
        locale={locale}
      />

      <p className="text-lg">
        <Link href="/uitleenpunten" className={`${link} inline-flex min-h-11 items-center`}>
          {t("allCentres")}
        </Link>
      </p>
    </div>
  );
}
