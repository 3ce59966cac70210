"use client";

import { useSyncExternalStore } from "react";
import { buttonSecondary } from "@/components/ui/styles";

const subscribe = () => () => {};

/** The element whose data-print attribute chooses the printout: "short" (default) or "all" (with the appendix). */
const PRINT_ROOT_ID = "advies-pagina"; // the advice page's root element (app/advies/[code]/advies/page.tsx)

function printWith(mode: "short" | "all") {
  const root = document.getElementById(PRINT_ROOT_ID);
  const before = root?.dataset.print;
  if (root) root.dataset.print = mode;
  const restore = () => {
    if (root && before) root.dataset.print = before;
    window.removeEventListener("afterprint", restore);
  };
  window.addEventListener("afterprint", restore);
  window.print();
}

const icon = (
  <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
    <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h16a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" />
  </svg>
);

/**
 * "Afdrukken" prints the short advice (at most 3 A4 pages); "Print met alle details" adds every detail as an
 * appendix. They open the browser's print dialog, so they need JavaScript and only appear when that runs.
 */
export function PrintButton({ labels = { print: "Afdrukken", printAll: "Print met alle details" } }: { labels?: { print: string; printAll: string } }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <>
      <button type="button" className={`${buttonSecondary} no-print`} onClick={() => printWith("short")}>
        {icon}
        {labels.print}
      </button>
      <button type="button" className={`${buttonSecondary} no-print`} onClick={() => printWith("all")}>
        {icon}
        {labels.printAll}
      </button>
    </>
  );
}
