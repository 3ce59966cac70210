import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { getCurrentUser } from "@/lib/auth/session";
import { localeDirection } from "@/lib/i18n/config";
import { getRequestLocale } from "@/lib/i18n/server";
import { cookies } from "next/headers";
import { ReadingTools } from "@/components/resident/reading-tools";
import { parseTextSize, TEXT_SIZE_COOKIE } from "@/components/resident/text-size";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  const name = t("siteName");
  return { title: { default: name, template: `%s | ${name}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The header shows who is signed in, so every page is rendered per request.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const locale = await getRequestLocale();
  const t = await getTranslations("common");
  // the resident's text size (cookie, so the first paint already has it; globals.css sizes html by data-tekst)
  const textSize = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <html lang={locale} dir={localeDirection(locale)} data-tekst={textSize}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:font-semibold"
        >
          {t("skipLink")}
        </a>
        <SiteHeader signedInName={user?.name} locale={locale} />
        <ReadingTools lang={locale} />
        <main id="inhoud" className="mx-auto w-full max-w-5xl flex-1 px-[min(1rem,5vw)] py-6 sm:py-10" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
