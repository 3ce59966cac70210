"use client";

import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/** Shown when a page fails unexpectedly: a calm Dutch message, never technical details. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-prose space-y-5" role="alert">
      <h1 className="text-3xl font-bold">Er ging iets mis</h1>
      <p className="text-lg">Het lukte ons niet om deze pagina te laten zien. Uw gegevens zijn niet kwijt. Probeer het nog een keer.</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonPrimary} onClick={() => reset()}>
          Probeer opnieuw
        </button>
        <Link href="/" className={buttonSecondary}>
          Naar de startpagina
        </Link>
      </div>
    </div>
  );
}
