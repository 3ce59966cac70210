import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-gray-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-[min(1rem,5vw)] py-6 text-base">
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/privacy">
          Privacy
        </Link>
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/toegankelijkheid">
          Toegankelijkheid
        </Link>
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/uitleenpunten">
          Alle uitleenpunten
        </Link>
        <Link className="inline-flex min-h-11 items-center text-brand-800 underline" href="/verslag">
          Gespreksverslag lezen
        </Link>
        <p className="inline-flex min-h-11 items-center text-muted">Een dienst van uw gemeente.</p>
      </div>
    </footer>
  );
}
