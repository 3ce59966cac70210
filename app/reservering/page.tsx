import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formTexts } from "../reserveren/_components/texts";
import { CodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservation.find"))("metaTitle") };
}

export default async function FindReservationPage() {
  const t = await getTranslations("reservation.find");
  const texts = await formTexts();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("lead")}</p>
      <CodeForm texts={{ ...texts, label: t("label"), hint: t("hint"), submit: t("submit") }} />
    </div>
  );
}
