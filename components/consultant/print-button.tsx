"use client";

import { bigButtonSecondary } from "./styles";

/** Prints the page (the print styles keep only the report, on A4). */
export function PrintButton({ className = bigButtonSecondary }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      Afdrukken
    </button>
  );
}
