/**
 * The language choice: one plain link per language ("?taal=tr" on the current page), each named in its own language
 * and marked with its own lang/dir so screen readers pronounce it right. No JavaScript: the proxy keeps the choice in a
 * cookie and the next page speaks it. A server component: it ships nothing to the browser.
 */
import { LOCALE_NAMES, LOCALE_QUERY, LOCALES, localeDirection, type Locale } from "@/lib/i18n/config";

export function LanguagePicker({ current, label, variant = "header" }: { current: Locale; label: string; variant?: "header" | "home" }) {
  const big = variant === "home";
  return (
    <nav aria-label={label} className={big ? "" : "text-base"}>
      {big ? <h2 className="mb-2 text-lg font-bold">{label}</h2> : null}
      <ul className={`flex flex-wrap ${big ? "gap-3" : "gap-x-4 gap-y-1"}`}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`?${LOCALE_QUERY}=${locale}`}
              hrefLang={locale}
              lang={locale}
              dir={localeDirection(locale)}
              aria-current={locale === current ? "true" : undefined}
              className={
                big
                  ? `inline-flex min-h-11 items-center rounded-lg border-2 px-4 font-semibold no-underline ${
                      locale === current ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"
                    }`
                  : `inline-flex min-h-11 items-center text-brand-800 underline-offset-2 hover:underline ${locale === current ? "font-bold underline" : ""}`
              }
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
