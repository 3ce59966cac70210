import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Locale } from "@/lib/i18n/config";

/** The language choice is on the home page (large) and in the footer of every page (components/layout/site-footer.tsx). */
export async function SiteHeader({ signedInName }: { signedInName?: string | null; locale?: Locale }) {
  const t = await getTranslations("common");
  return (
    <header className="no-print border-b border-gray-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-[min(1rem,5vw)] py-3">
        {/* the name goes under the logo only when it does not fit beside it (large text on a small screen) */}
        <Link href="/" className="flex min-h-11 flex-wrap items-center gap-2 text-lg font-bold text-brand-800 no-underline">
          <svg aria-hidden="true" className="shrink-0" width="32" height="32" viewBox="0 0 32 32">
            <path d="M4 15 16 5l12 10v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1z" fill="#0a564f" />
            <path d="M12 28v-8h8v8" fill="#fff" />
          </svg>
          <span className="flex-[1_1_10em]">{t("siteName")}</span>
        </Link>
        <nav aria-label={t("mainMenu")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            <li>
              <Link className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline-offset-2 hover:underline" href="/advies">
                {t("getAdvice")}
              </Link>
            </li>
            <li>
              <Link className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline-offset-2 hover:underline" href="/reservering">
                {t("myReservation")}
              </Link>
            </li>
            {/* staff sign-in is in the footer: the header stays short so a resident's advice starts on the first screen */}
            {signedInName ? (
              <li>
                <Link className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline-offset-2 hover:underline" href="/werkplek">
                  {t("myWorkplace")}
                </Link>
              </li>
            ) : null}
            {signedInName ? (
              <li className="flex items-center gap-3">
                <span className="text-muted">{t("signedInAs", { name: signedInName })}</span>
                <SignOutButton />
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  );
}
