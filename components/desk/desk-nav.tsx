"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const navLink =
  "inline-flex min-h-11 items-center rounded-lg px-3 font-semibold text-brand-800 underline-offset-2 hover:underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:no-underline";

/** The desk's own menu: today / stock / messages for this centre, and a switch to the other centres of this person. */
export function DeskNav({ centres, currentSlug }: { centres: { slug: string; name: string }[]; currentSlug: string }) {
  const pathname = usePathname();
  const base = `/balie/${currentSlug}`;
  const sections = [
    { href: base, label: "Vandaag", active: pathname === base || pathname.startsWith(`${base}/reserveringen`) },
    { href: `${base}/uitlenen`, label: "Uitlenen", active: pathname.startsWith(`${base}/uitlenen`) || /\/voorraad\/[^/]+\/uitlenen$/.test(pathname) },
    { href: `${base}/voorraad`, label: "Voorraad", active: pathname.startsWith(`${base}/voorraad`) && !/\/uitlenen$/.test(pathname) },
    { href: `${base}/berichten`, label: "Berichten", active: pathname.startsWith(`${base}/berichten`) },
  ];
  return (
    <div className="no-print mb-6 space-y-3 border-b border-gray-300 pb-3">
      {centres.length > 1 ? (
        <nav aria-label="Uitleenpunt kiezen">
          <p className="text-base text-muted" id="uitleenpunt-kiezen">
            U werkt bij meer uitleenpunten. Kies er een:
          </p>
          <ul className="flex flex-wrap gap-2" aria-labelledby="uitleenpunt-kiezen">
            {centres.map((c) => (
              <li key={c.slug}>
                <Link
                  href={`/balie/${c.slug}`}
                  aria-current={c.slug === currentSlug ? "true" : undefined}
                  className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-3 font-semibold text-brand-800 no-underline hover:bg-brand-50 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <nav aria-label="Balie">
        <ul className="flex flex-wrap gap-2">
          {sections.map((s) => (
            <li key={s.href}>
              <Link href={s.href} aria-current={s.active ? "page" : undefined} className={navLink}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
