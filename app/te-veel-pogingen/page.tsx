import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary } from "@/components/ui/styles";
import { codeLookupWait } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.tooManyAttempts");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Where a page or form sends a client that typed too many codes we do not know (lib/api/rate-limit.ts); in the resident's language. */
export default async function TooManyAttemptsPage() {
  const seconds = await codeLookupWait();
  const t = await getTranslations("common.tooManyAttempts");
  return (
    <div className="max-w-prose space-y-5">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{seconds ? t("textLater", { minutes: Math.max(1, Math.ceil(seconds / 60)) }) : t("textNow")}</p>
      <p className="text-lg">{t("check")}</p>
      <Link href="/" className={buttonPrimary}>
        {t("home")}
      </Link>
    </div>
  );
}
