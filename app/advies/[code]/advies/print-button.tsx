"use client";

import { useSyncExternalStore } from "react";
import { buttonSecondary } from "@/components/ui/styles";

const subscribe = () => () => {};

/** "Afdrukken" opens the browser's print dialog. It needs JavaScript, so it only appears when that runs. */
export function PrintButton() {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" className={`${buttonSecondary} no-print`} onClick={() => window.print()}>
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h16a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" />
      </svg>
      Afdrukken
    </button>
  );
}
