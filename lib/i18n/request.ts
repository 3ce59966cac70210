/**
 * next-intl's request configuration (wired in next.config.ts with createNextIntlPlugin). No locale routing: the
 * language comes from the link's ?taal= (the proxy passes it in a header and sets the cookie) or the cookie.
 * Server components use getTranslations(); client components get the few strings they need as props, so resident
 * pages ship no message catalogue to the browser.
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, LOCALE_HEADER, resolveLocale } from "./config";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit)
    ? explicit
    : resolveLocale({ header: (await headers()).get(LOCALE_HEADER), cookie: (await cookies()).get(LOCALE_COOKIE)?.value });
  return { locale, messages: loadMessages(locale), timeZone: "Europe/Amsterdam" };
});
