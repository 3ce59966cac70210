import type { Metadata } from "next";
import { redirect, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isolate } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";
import { ConfirmForm } from "../../../reserveren/_components/confirm-form";
import { formTexts } from "../../../reserveren/_components/texts";
import { leaveWaitlistAction } from "../../actions";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waitlist"))("leaveMetaTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ reference: string }> };

export default async function LeaveWaitlistPage({ params }: Props) {
  const { reference } = await params;
  const e = await lookupByCode(() => getWaitlistEntryByReference({ reference }), { mode: "page" });
  if (!e) {
    notFound();
  }
  if (e.status !== "WAITING" && e.status !== "OFFERED") redirect(`/wachtlijst/${e.reference}`);
  const t = await getTranslations("waitlist");
  const locale = await getRequestLocale();
  const texts = await formTexts();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("leaveTitle")}</h1>
      <p className="max-w-prose text-lg">
        {t("leaveWaiting", { product: isolate(e.product.name, locale), centre: isolate(e.centre.name, locale) })} {e.status === "OFFERED" ? t("leaveOffered") : t("leaveLosePlace")}
      </p>
      <ConfirmForm action={leaveWaitlistAction.bind(null, e.reference)} confirm={t("leaveConfirm")} back={t("back")} backHref={`/wachtlijst/${e.reference}`} texts={texts} />
    </div>
  );
}
