import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/lending-format";
import { loadMessages } from "@/lib/i18n/messages";
import { getOutcomeRequest } from "@/lib/server/outcomes/resident-outcome";
import { formTexts } from "../../reserveren/_components/texts";
import { residentOutcomeAction } from "../actions";
import { ResidentOutcomeForm } from "./outcome-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservation.outcome"))("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * "How did it go?" for a resident without an account, from the link in the return message (in the resident's
 * language: the link carries ?taal=). The URL holds only a random token; the page shows the product and the centre,
 * never a name.
 */
export default async function OutcomePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { bedankt } = await searchParams;
  const request = await lookupByCode(
    () =>
      getOutcomeRequest({ token }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      }),
    { mode: "page" },
  );
  if (!request) notFound();
  const locale = await getRequestLocale();
  const t = await getTranslations("reservation.outcome");
  const outcome = (loadMessages(locale).reservation as { outcome: { results: Record<string, string>; reasons: Record<string, string> } }).outcome;
  return (
    <div className="max-w-prose space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title", { product: isolate(request.productName, locale) })}</h1>
        <p className="text-lg">{t("lead", { centre: isolate(request.centreName, locale) })}</p>
      </div>
      {bedankt === "1" && request.answered ? (
        <div className="rounded-xl border-2 border-good-700 bg-good-50 p-4 text-lg" role="status">
          <p className="font-bold">{t("thanksTitle")}</p>
          <p>{t("thanksText")}</p>
        </div>
      ) : null}
      <ResidentOutcomeForm
        action={residentOutcomeAction.bind(null, token)}
        initial={request.answered}
        texts={{ ...(await formTexts(locale)), resultLegend: t("resultLegend"), reasonLegend: t("reasonLegend"), submit: t("submit"), results: outcome.results, reasons: outcome.reasons }}
      />
    </div>
  );
}
