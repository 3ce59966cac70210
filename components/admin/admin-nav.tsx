"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/beheer", label: "Overzicht" },
  { href: "/beheer/mensen", label: "Mensen" },
  { href: "/beheer/uitleenpunten", label: "Uitleenpunten" },
  { href: "/beheer/aanbod", label: "Aanbod" },
  { href: "/beheer/instellingen", label: "Instellingen" },
  { href: "/beheer/leren", label: "Leren van uitkomsten" },
  { href: "/beheer/audit", label: "Auditlog" },
  { href: "/beheer/sessies", label: "Sessies" },
  { href: "/beheer/wissen", label: "Gegevens wissen" },
  { href: "/beheer/opruimen", label: "Oude gegevens opruimen" },
] as const;

/** Only for platform administrators: the municipalities and the shared catalogue. */
const PLATFORM_ITEMS = [
  { href: "/beheer/gemeenten", label: "Gemeenten" },
  { href: "/beheer/catalogus", label: "Catalogus" },
] as const;

/** The administration's own menu; the page you are on is marked for screen readers and by its look. */
export function AdminNav({ platform = false, catalogueOnly = false }: { platform?: boolean; catalogueOnly?: boolean }) {
  const pathname = usePathname();
  const items: readonly { href: string; label: string }[] = catalogueOnly
    ? [{ href: "/beheer/catalogus", label: "Catalogus" }]
    : platform
      ? [...ITEMS.slice(0, 1), ...PLATFORM_ITEMS, ...ITEMS.slice(1)]
      : ITEMS;
  return (
    <nav aria-label="Beheer" className="no-print border-b border-gray-300 pb-3">
      <ul className="flex flex-wrap gap-x-2 gap-y-2">
        {items.map((item) => {
          const current = item.href === "/beheer" ? pathname === "/beheer" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold text-white no-underline"
                    : "inline-flex min-h-11 items-center rounded-lg px-3 font-semibold text-brand-800 underline underline-offset-2 hover:bg-brand-50"
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
