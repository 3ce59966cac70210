import Link from "next/link";
import { buttonPrimary, buttonSecondary, link } from "@/components/ui/styles";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { LendingOption } from "@/lib/server/advice/build-advice";
import { adviceTexts } from "./texts";

export interface AvailabilityListProps {
  productSlug: string;
  productName: string;
  lendable: boolean;
  /** centres nearest first (as buildAdvice returns them) */
  lending: LendingOption[];
  municipalityName: string;
  /** true when the order is by the resident's postcode or district: the first centre is marked "dichtstbij" */
  nearestKnown: boolean;
  /** base path of the reserve page ("/reserveren", which also offers the waiting list); null shows no buttons */
  reservePath?: string | null;
  /** the advice snapshot's code, passed on as ?advies= so a reservation knows which advice it came from */
  adviceCode?: string | null;
  locale?: Locale;
}

/** Where the product can be borrowed, with live availability per centre: now (with the count), from a date, or not now. */
export function AvailabilityList({ productSlug, productName, lendable, lending, municipalityName, nearestKnown, reservePath = "/reserveren", adviceCode = null, locale = DEFAULT_LOCALE }: AvailabilityListProps) {
  const t = adviceTexts(locale);
  const query = adviceCode ? `?advies=${encodeURIComponent(adviceCode)}` : "";
  if (!lendable) {
    return <p>{t("availability.notLendable")}</p>;
  }
  if (lending.length === 0) {
    return <p>{t("availability.nowhere", { municipality: municipalityName })}</p>;
  }
  return (
    <ul className="divide-y divide-gray-300 rounded-lg border border-gray-300">
      {lending.map((option, index) => (
        <li key={option.centre.slug} className="print-avoid-break flex flex-wrap items-center justify-between gap-3 p-3">
          <div className="min-w-0 space-y-1">
            <p className="font-semibold">
              <Link className={link} href={`/uitleenpunten/${option.centre.slug}`}>
                {option.centre.name}
              </Link>
              {nearestKnown && index === 0 ? <span className="ms-2 rounded bg-brand-100 px-2 py-0.5 text-base font-semibold text-brand-800">{t("availability.nearest")}</span> : null}
            </p>
            <p className="text-base text-muted" dir="auto">
              {option.centre.address}
            </p>
            <p className="font-semibold">
              {option.available > 0 ? (
                <span className="text-good-700">{t("availability.available", { count: option.available })}</span>
              ) : option.nextAvailableDate ? (
                <span className="text-warn-700">{t("availability.from", { date: formatDate(option.nextAvailableDate, locale) })}</span>
              ) : (
                <span className="text-muted">{t("availability.notNow")}</span>
              )}
            </p>
          </div>
          {reservePath && option.available > 0 ? (
            <Link className={`${buttonPrimary} no-print`} href={`${reservePath}/${productSlug}/${option.centre.slug}${query}`}>
              {t("availability.reserve")}
              <span className="sr-only">: {t("availability.at", { product: productName, centre: option.centre.name })}</span>
            </Link>
          ) : reservePath ? (
            <Link className={`${buttonSecondary} no-print`} href={`${reservePath}/${productSlug}/${option.centre.slug}${query}`}>
              {t("availability.waitlist")}
              <span className="sr-only">: {t("availability.at", { product: productName, centre: option.centre.name })}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
