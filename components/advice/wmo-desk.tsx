import { link } from "@/components/ui/styles";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import type { WmoDesk } from "@/lib/server/advice/build-advice";
import { Heading, type HeadingLevel } from "./heading";
import { adviceTexts } from "./texts";

export interface WmoDeskContactProps {
  municipalityName: string;
  desk: WmoDesk;
  headingLevel?: HeadingLevel;
  id?: string;
  /** the lead sentence; the default fits every advice, an empty one too */
  lead?: string;
  /** the resident's language (Dutch by default) */
  locale?: Locale;
}

/** "tel:14070" for "14 070": a phone link dials digits only. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * The next step that is always there: the municipality's Wmo desk, with phone, website and opening times
 * (Municipality.wmoDeskPhone / wmoDeskUrl / wmoDeskHours). Shown on every advice, in print and on the consultant's screen.
 * The opening times are the municipality's own words (Dutch), marked lang="nl" on a page in another language.
 */
export function WmoDeskContact({ municipalityName, desk, headingLevel = 2, id = "wmo-loket", lead, locale = DEFAULT_LOCALE }: WmoDeskContactProps) {
  const t = adviceTexts(locale);
  const known = desk.phone !== null || desk.url !== null;
  const dutch = locale === "nl" ? {} : { lang: "nl", dir: "ltr" as const };
  return (
    <section aria-labelledby={id} className="print-avoid-break space-y-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4 sm:p-5">
      <Heading level={headingLevel} id={id} className="text-xl font-bold sm:text-2xl">
        {t("wmo.heading")}
      </Heading>
      <p className="max-w-prose text-lg">{lead ?? t("wmo.lead", { municipality: municipalityName })}</p>
      {known ? (
        <dl className="space-y-2 text-lg">
          {desk.phone ? (
            <div>
              <dt className="inline font-semibold">{t("wmo.call")}: </dt>
              <dd className="inline">
                <a className={`${link} inline-flex min-h-11 items-center`} href={telHref(desk.phone)} dir="ltr">
                  {desk.phone}
                </a>
              </dd>
            </div>
          ) : null}
          {desk.hours ? (
            <div>
              <dt className="inline font-semibold">{t("wmo.when")}: </dt>
              <dd className="inline" {...dutch}>
                {desk.hours}
              </dd>
            </div>
          ) : null}
          {desk.url ? (
            <div>
              <dt className="inline font-semibold">{t("wmo.website")}: </dt>
              <dd className="inline">
                <a className={`${link} inline-flex min-h-11 items-center [overflow-wrap:anywhere]`} href={desk.url} dir="ltr">
                  {desk.url.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="text-lg">{t("wmo.callMunicipality", { municipality: municipalityName })}</p>
      )}
      <p className="max-w-prose">{t("wmo.support")}</p>
    </section>
  );
}
