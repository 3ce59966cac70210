import { getTranslations } from "next-intl/server";
import { getRequestLocale } from "@/lib/i18n/server";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdviceCard } from "@/components/advice/advice-card";
import { AdvicePrintDetails, AdviceSummary } from "@/components/advice/advice-summary";
import { ExclusionList } from "@/components/advice/exclusion-list";
import { TipsList } from "@/components/advice/tips-list";
import { WmoDeskContact } from "@/components/advice/wmo-desk";
import { buttonPrimary, buttonSecondary, link } from "@/components/ui/styles";
import { appUrl } from "@/lib/server/app-url";
import { getAdviceForAssessment } from "@/lib/server/assessments/get-advice-for-assessment";
import { latestSnapshotCode } from "@/lib/server/assessments/save-advice-snapshot";
import { formatCode } from "@/lib/util/codes";
import { formatMomentIn } from "@/components/advice/texts";
import { loadAssessment } from "../load";
import { AnswersSummary } from "./answers-summary";
import { PrintButton } from "./print-button";
import { AssessmentChangesSection, ReassessForm } from "@/components/resident/assessment-changes";
import { getAssessmentHistory } from "@/lib/server/assessments/reassess";
import { reassessAction } from "./reassess-actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("advice"))("title"), robots: { index: false, follow: false } };
}

/** How many suggestions count as "the best" (the summary on the first screen); the rest are "Dit kan ook helpen". */
const TOP = 3;

/**
 * Printing: the root's data-print is "short" (the summary, the best suggestions in brief, tips, the Wmo desk: at most
 * 3 A4 pages) or "all" (the same plus every detail as an appendix). The print buttons switch it; ?afdruk=alles starts
 * with "all". Parts marked APPENDIX only print in "all"; PRINT_SHORT_ONLY only in "short".
 */
const APPENDIX = "print:hidden group-data-[print=all]/page:print:block";
const PRINT_SHORT_ONLY = "hidden print:block group-data-[print=all]/page:print:hidden";

export default async function AdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ afdruk?: string | string[] }>;
}) {
  const { code } = await params;
  const { afdruk } = await searchParams;
  const assessment = await loadAssessment(code);
  if (code !== assessment.code) redirect(`/advies/${assessment.code}/advies`);
  const locale = await getRequestLocale();
  const { advice } = await getAdviceForAssessment({ code: assessment.code, locale });
  // after a reassessment: what changed since the last time, and what was tried (lib/server/assessments/reassess.ts)
  const history = await getAssessmentHistory({ code: assessment.code });

  const adviceUrl = `${await appUrl()}/advies/${assessment.code}/advies`;
  const nearestKnown = Boolean(assessment.postcode || assessment.district);
  const best = advice.recommendations.slice(0, TOP);
  const more = advice.recommendations.slice(TOP);
  const nothingChosen = assessment.answers.difficulties.length === 0;
  const cardProps = { municipalityName: advice.municipality.name, nearestKnown, adviceCode: await latestSnapshotCode({ code: assessment.code }), locale };
  const printAll = afdruk === "alles";
  const t = await getTranslations("advice");

  return (
    <div id="advies-pagina" data-print={printAll ? "all" : "short"} className="group/page space-y-8 sm:space-y-10 print:space-y-6">
      <p className="hidden text-base print:block">{t("page.printHeader", { municipality: advice.municipality.name })}</p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="max-w-prose text-lg">
          {nothingChosen ? t("nothingChosen") : t("youDecide")}
        </p>
      </header>

      <AssessmentChangesSection history={history} locale={locale} />

      {nothingChosen ? (
        <section aria-labelledby="geen-keuze" className="space-y-3 rounded-xl bg-warn-50 p-4 sm:p-6">
          <h2 id="geen-keuze" className="text-2xl font-bold">
            {t("page.nothingChosenHeading")}
          </h2>
          <p className="max-w-prose text-lg">{t("page.nothingChosenText")}</p>
          <div className="no-print flex flex-wrap gap-3">
            <Link className={buttonPrimary} href={`/advies/${assessment.code}/stap/1`}>
              {t("page.chooseDifficulties")}
            </Link>
            <Link className={buttonSecondary} href="/uitleenpunten">
              {t("page.seeCentres")}
            </Link>
          </div>
          <WmoDeskContact
            municipalityName={advice.municipality.name}
            desk={advice.wmoDesk}
            headingLevel={3}
            id="wmo-loket-geen-keuze"
            lead={t("page.nothingChosenDesk", { municipality: advice.municipality.name })}
            locale={locale}
          />
        </section>
      ) : (
        <section aria-labelledby="beste" className="space-y-2">
          <h2 id="beste" className="text-2xl font-bold sm:text-3xl">
            {t("best")}
          </h2>
          {best.length === 0 ? (
            <p className="max-w-prose text-lg">{t("page.noneFound")}</p>
          ) : (
            <AdviceSummary items={best} nearestKnown={nearestKnown} locale={locale} />
          )}
          <nav aria-label={t("onThisPage")} className="no-print">
            <ul className="flex flex-wrap gap-x-6 gap-y-1 text-lg">
              {best.length > 0 ? (
                <li>
                  <a className={`${link} inline-flex min-h-11 items-center`} href="#details">
                    {t("moreAbout")}
                  </a>
                </li>
              ) : null}
              <li>
                <a className={`${link} inline-flex min-h-11 items-center`} href="#niet">
                  {t("notForYou")}
                </a>
              </li>
              <li>
                <a className={`${link} inline-flex min-h-11 items-center`} href="#tips">
                  {t("tips")}
                </a>
              </li>
              <li>
                <a className={`${link} inline-flex min-h-11 items-center`} href="#wmo-loket">
                  {t("municipalityHelp")}
                </a>
              </li>
            </ul>
          </nav>
        </section>
      )}

      <div className="print-avoid-break space-y-3 rounded-xl border-2 border-brand-700 bg-white p-4 sm:p-5">
        <p className="text-lg">
          {t("yourCode")} <strong className="inline-block font-mono text-2xl tracking-wider">{formatCode(assessment.code)}</strong>
        </p>
        <p>
          {t("page.keepCode")}{" "}
          <a className={`${link} [overflow-wrap:anywhere]`} href={`/advies/${assessment.code}/advies`} dir="ltr">
            {adviceUrl}
          </a>
        </p>
        <div className="no-print flex flex-wrap gap-3">
          <PrintButton labels={{ print: t("page.print"), printAll: t("page.printAll") }} />
          <Link className={buttonSecondary} href={`/advies/${assessment.code}/stap/1`}>
            {t("changeAnswers")}
          </Link>
        </div>
      </div>

      {nothingChosen ? null : (
        <>
          {best.length > 0 ? (
            <section aria-labelledby="kort-afdruk" className={`${PRINT_SHORT_ONLY} space-y-3`}>
              <h2 id="kort-afdruk" className="text-2xl font-bold">
                {t("page.printShortHeading")}
              </h2>
              <AdvicePrintDetails items={best} nearestKnown={nearestKnown} locale={locale} />
              <p>{t("page.printShortMore", { printAll: t("page.printAll") })}</p>
            </section>
          ) : null}

          {best.length > 0 ? (
            <section id="details" aria-labelledby="details-kop" className={`${APPENDIX} space-y-4`}>
              <h2 id="details-kop" className="text-2xl font-bold sm:text-3xl">
                <span className="hidden group-data-[print=all]/page:print:inline">{t("page.appendix")} </span>{t("moreAbout")}
              </h2>
              <p className="max-w-prose">
                {nearestKnown ? t("page.whereNearest") : t("page.where")} {t("page.asOf", { moment: formatMomentIn(new Date(), locale) })}
              </p>
              <ol className="space-y-6">
                {best.map((item, i) => (
                  <li key={item.product.slug}>
                    <AdviceCard item={item} rank={i + 1} {...cardProps} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {more.length > 0 ? (
            <section aria-labelledby="ook" className={`${APPENDIX} space-y-4`}>
              <h2 id="ook" className="text-2xl font-bold sm:text-3xl">
                {t("alsoHelps")}
              </h2>
              <ol className="space-y-6" start={TOP + 1}>
                {more.map((item, i) => (
                  <li key={item.product.slug}>
                    <AdviceCard item={item} rank={TOP + i + 1} {...cardProps} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          <section id="niet" aria-labelledby="niet-kop" className={`${APPENDIX} space-y-4`}>
            <h2 id="niet-kop" className="text-2xl font-bold sm:text-3xl">
              {t("notForYou")}
            </h2>
            <p className="max-w-prose">{t("notForYouText")}</p>
            <ExclusionList items={advice.notRecommended} locale={locale} />
          </section>

          <section id="tips" aria-labelledby="tips-kop" className="space-y-4">
            <h2 id="tips-kop" className="text-2xl font-bold sm:text-3xl">
              {t("tipsHeading")}
            </h2>
            <TipsList tips={advice.tips} locale={locale} />
          </section>
        </>
      )}

      <section aria-labelledby="verder" className="print-avoid-break space-y-3">
        <h2 id="verder" className="text-2xl font-bold sm:text-3xl">
          {t("next")}
        </h2>
        {advice.municipality.openCentres === 0 ? (
          <p className="max-w-prose text-lg font-semibold">{t("page.noCentre", { municipality: advice.municipality.name })}</p>
        ) : null}
        <ul className="max-w-prose list-disc space-y-2 ps-6 text-lg">
          {advice.municipality.openCentres > 0 ? (
            <>
              <li>{t("reserveStep")}</li>
              <li>{t("tryStep")}</li>
            </>
          ) : null}
          <li>{t("consultantStep", { municipality: advice.municipality.name })}</li>
        </ul>
        <WmoDeskContact municipalityName={advice.municipality.name} desk={advice.wmoDesk} headingLevel={3} locale={locale} />
      </section>

      <section aria-labelledby="ingevuld" className={`${APPENDIX} print-avoid-break space-y-3`}>
        <h2 id="ingevuld" className="text-2xl font-bold sm:text-3xl">
          {t("page.filledIn")}
        </h2>
        <AnswersSummary assessment={assessment} locale={locale} />
        <p className="no-print">
          <Link className={`${link} inline-flex min-h-11 items-center`} href={`/advies/${assessment.code}/stap/1`}>
            {t("changeAnswers")}
          </Link>
        </p>
      </section>

      {nothingChosen ? null : <ReassessForm action={reassessAction.bind(null, assessment.code)} />}
    </div>
  );
}
