"use client";

import "./globals.css";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/**
 * Shown when even the page's frame (app/layout.tsx) fails, e.g. while the database cannot be reached: a calm Dutch
 * message with its own <html> and <body> instead of Next.js's English default, never technical details. Small on
 * purpose: it is part of what every page loads.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="font-sans antialiased">
        <main className="mx-auto max-w-prose space-y-5 p-4 sm:p-8" role="alert">
          <h1 className="text-3xl font-bold">Er ging iets mis</h1>
          <p className="text-lg">Het lukte ons niet om deze pagina te laten zien. Uw gegevens zijn niet kwijt. Probeer het over een paar minuten nog een keer.</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonPrimary} onClick={() => reset()}>
              Probeer opnieuw
            </button>
            {/* a full page load, not the router: the frame that failed is loaded again */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className={buttonSecondary}>
              Naar de startpagina
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
