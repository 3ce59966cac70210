"use client";

import { buttonPrimary } from "@/components/ui/styles";

/** Something unexpected went wrong on a desk page: a calm message and a way to try again. */
export default function DeskError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Er ging iets mis</h1>
      <p className="max-w-prose text-lg">Deze pagina kon niet worden geladen. Probeer het opnieuw. Lukt het dan nog niet? Vraag een collega of de beheerder.</p>
      <button type="button" className={buttonPrimary} onClick={() => reset()}>
        Opnieuw proberen
      </button>
    </div>
  );
}
