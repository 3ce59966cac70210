import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "Thuis Technologie Verkenner", template: "%s | Thuis Technologie Verkenner" },
  description: "Ontdek welke hulpmiddelen en slimme techniek u helpen om zelfstandig thuis te wonen. Leen ze eerst en probeer ze uit.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The header shows who is signed in, so every page is rendered per request.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:font-semibold"
        >
          Ga direct naar de inhoud
        </a>
        <SiteHeader signedInName={user?.name} />
        <main id="inhoud" className="mx-auto w-full max-w-5xl flex-1 px-[min(1rem,5vw)] py-6 sm:py-10" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
