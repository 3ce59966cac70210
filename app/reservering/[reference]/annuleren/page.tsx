import type { Metadata } from "next";
import { redirect, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { dayLong, isolate } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { formatCode } from "@/lib/util/codes";
import { ConfirmForm } from "../../../reserveren/_components/confirm-form";
import { formTexts } from "../../../reserveren/_components/texts";
import { cancelAction } from "../../actions";
import { lookupByCode } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservation.cancel"))("metaTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ reference: string }> };

export default async function CancelReservationPage({ params }: Props) {
  const { reference } = await params;
  const r = await lookupByCode(() => getReservationByReference({ reference }), { mode: "page" });
  if (!r) {
    notFound();
  }
  if (!r.canCancel) redirect(`/reservering/${r.reference}`);
  const locale = await getRequestLocale();
  const t = await getTranslations("reservation.cancel");
  const texts = await formTexts(locale);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-lg">
        {t("what", {
          code: isolate(formatCode(r.reference), locale),
          product: isolate(r.product.name, locale),
          centre: isolate(r.centre.name, locale),
          day: dayLong(r.pickupDate, locale),
        })}
      </p>
      <p className="max-w-prose text-lg">{t("after")}</p>
      <ConfirmForm action={cancelAction.bind(null, r.reference)} confirm={t("confirm")} back={t("back")} backHref={`/reservering/${r.reference}`} texts={texts} />
    </div>
  );
}
